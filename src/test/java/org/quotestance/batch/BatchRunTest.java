package org.quotestance.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.Quotestance;
import org.quotestance.corpus.CorpusOptions;

/** Batch behaviour that needs no CoreNLP model; the full runs are in {@code ResumeIT}. */
class BatchRunTest {
  @TempDir Path dir;

  @Test
  void removesTempFilesLeftBehindByAKilledRun() throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    Path out = dir.resolve("out");
    Path articles = Files.createDirectories(out.resolve("articles"));
    Path staleArticle = Files.writeString(articles.resolve(".a1.json8123456.tmp"), "{\"half");
    Path staleCsv = Files.writeString(out.resolve(".quotes.csv77.tmp"), "half");
    Path kept = Files.writeString(articles.resolve("notes.tmp"), "not ours");

    RunSummary summary = run(input, out);

    assertFalse(Files.exists(staleArticle));
    assertFalse(Files.exists(staleCsv));
    assertTrue(Files.exists(kept));
    assertEquals(List.of(), summary.inputs());
    assertTrue(Files.exists(out.resolve("run.json")));
  }

  private static RunSummary run(Path input, Path out) {
    Quotestance qs = Quotestance.builder().threads(1).build();
    return new BatchRun(qs, List.of(input), out, CorpusOptions.defaults()).run(Progress.none());
  }
}
