package org.quotestance.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.Quotestance;
import org.quotestance.corpus.CorpusOptions;
import org.quotestance.report.RenderedReport;
import org.quotestance.report.ReportRenderer;

/** Batch decisions that must not depend on threads or leftovers: duplicates, ids, reuse, report contents. */
class BatchDeterminismIT {
  static Quotestance one;
  static Quotestance four;

  @BeforeAll
  static void build() {
    one = Quotestance.builder().domain(Path.of("models/venezuela-2019")).threads(1).build();
    four = Quotestance.builder().domain(Path.of("models/venezuela-2019")).threads(4).build();
  }

  static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static Path corpus(Path root) throws Exception {
    String same = "\"We will not leave,\" Juan Guaidó said on Monday in Caracas.";
    write(root.resolve("a/x.txt"), same);
    write(root.resolve("b/x.txt"), same);
    write(root.resolve("c/y.txt"), "\"Talks will resume in Oslo,\" the Norwegian foreign ministry said.");
    write(root.resolve("d/y.txt"), "\"The border stays closed,\" Nicolás Maduro said at a rally.");
    return root;
  }

  @Test
  void duplicatesAndIdsAreDecidedInInputOrderWhateverTheThreads(@TempDir Path dir) throws Exception {
    Path in = corpus(dir.resolve("in"));
    for (int run = 0; run < 3; run++) {
      RunSummary a = new BatchRun(one, List.of(in), dir.resolve("one" + run), CorpusOptions.defaults()).run(Progress.none());
      RunSummary b = new BatchRun(four, List.of(in), dir.resolve("four" + run), CorpusOptions.defaults()).run(Progress.none());
      assertEquals(a.inputs(), b.inputs());
      InputStatus first = a.inputs().get(0);
      assertEquals("ok", first.status());
      assertTrue(first.source().contains("a"), first.source());
      assertEquals("duplicate", a.inputs().get(1).status());
      assertEquals("y", a.inputs().get(2).id());
      assertTrue(a.inputs().get(3).id().startsWith("y-"), a.inputs().get(3).id());
      assertEquals(Files.readString(dir.resolve("one" + run).resolve("quotes.csv")),
          Files.readString(dir.resolve("four" + run).resolve("quotes.csv")));
    }
  }

  @Test
  void changedMetadataIsNotReusedAndTheReportShowsOnlyThisRunsArticles(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in");
    write(in.resolve("p.txt"), "\"Aid must enter,\" Juan Guaidó said.");
    write(in.resolve("q.txt"), "\"No aid will enter,\" Nicolás Maduro said.");
    write(in.resolve("articles.csv"), "file,outlet\np.txt,First Outlet\nq.txt,Other Outlet\n");
    Path out = dir.resolve("out");
    new BatchRun(one, List.of(in), out, CorpusOptions.defaults()).run(Progress.none());
    write(in.resolve("articles.csv"), "file,outlet\np.txt,Renamed Outlet\nq.txt,Other Outlet\n");
    RunSummary again = new BatchRun(one, List.of(in.resolve("p.txt")), out, CorpusOptions.defaults()).run(Progress.none());
    assertEquals("ok", again.inputs().get(0).status(), "metadata changed, so not reused");
    String json = Files.readString(out.resolve("articles/p.json"));
    assertEquals("Renamed Outlet", JsonParser.parseString(json).getAsJsonObject().get("outlet").getAsString());
    RenderedReport report = ReportRenderer.render(out);
    assertEquals(1, report.articles(), "q.json from the first run is not part of this run");
  }
}
