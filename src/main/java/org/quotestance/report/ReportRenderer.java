package org.quotestance.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.quotestance.AnalyzerException;
import org.quotestance.InputException;
import org.quotestance.internal.AtomicFiles;
import org.quotestance.internal.Hashes;
import org.quotestance.report.view.Download;
import org.quotestance.report.view.ReportPage;

/**
 * The report's front door: turns an output folder into {@code report.html} plus download tables.
 *
 * <p>Reads only the folder: {@code articles/*.json}, {@code run.json} and, if present, {@code
 * evaluation.json} (see README "Output contract"). Writes, each atomically, {@code report.html},
 * {@code outlet-stance.csv}, {@code outlet-camp.csv}, {@code outlet-terms.csv}, {@code
 * speakers.csv}, {@code outlets.csv} and {@code outlets.json}. Does not write {@code quotes.csv}
 * (the CLI does) but links to it. Needs no NLP models; output is deterministic for a given folder.
 *
 * <pre>{@code RenderedReport r = ReportRenderer.render(Path.of("out"));}</pre>
 */
public final class ReportRenderer {
  /** The page's file name inside the output folder. */
  public static final String REPORT_FILE = "report.html";

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private ReportRenderer() {}

  /**
   * Renders the report for {@code outDir}.
   *
   * @return the files written and the corpus size
   * @throws NullPointerException if {@code outDir} is null
   * @throws InputException if {@code outDir} has no {@code articles/} folder or run.json /
   *     evaluation.json is not valid JSON (unreadable article files are skipped and listed)
   * @throws UncheckedIOException if a file cannot be written
   */
  /**
   * Deletes the report and its download tables from {@code outDir}, for a run that writes no report:
   * left in place they would describe an earlier run. Returns the files deleted.
   */
  public static List<Path> removeReport(Path outDir) {
    Objects.requireNonNull(outDir, "outDir");
    List<Path> removed = new ArrayList<>();
    List<String> names =
        List.of(
            REPORT_FILE,
            Downloads.JSON_FILE,
            Tables.OUTLET_STANCE + ".csv",
            Tables.OUTLET_CAMP + ".csv",
            Tables.OUTLET_TERMS + ".csv",
            Tables.SPEAKERS + ".csv",
            Tables.OUTLETS + ".csv");
    for (String name : names) {
      Path file = outDir.resolve(name);
      try {
        if (Files.deleteIfExists(file)) {
          removed.add(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
      }
    }
    return removed;
  }

  public static RenderedReport render(Path outDir) {
    Objects.requireNonNull(outDir, "outDir");
    Corpus corpus = OutputFolder.read(outDir);
    Analysis analysis = Analysis.of(corpus);
    List<Table> tables = Tables.of(analysis);
    List<Path> downloads = Downloads.write(outDir, tables, analysis);
    ReportPage page = page(outDir, corpus, analysis);
    StringOutput out = new StringOutput(1 << 16);
    ENGINE.render("report.jte", page, out);
    Path html = outDir.resolve(REPORT_FILE);
    AtomicFiles.write(html, out.toString());
    int quotes = analysis.total().quotes();
    return new RenderedReport(html, downloads, corpus.articles().size(), quotes);
  }

  private static ReportPage page(Path outDir, Corpus corpus, Analysis analysis) {
    String script = resource("report.js");
    String css = resource("report.css");
    String csp =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
            + base64Sha256(script)
            + "'; img-src 'none'; base-uri 'none'; form-action 'none'";
    Corpus.Run run = corpus.run();
    String tool = run.toolName() == null ? "Quotestance" : run.toolName();
    String subtitle =
        tool
            + (run.toolVersion() == null ? "" : " " + run.toolVersion())
            + (run.domainName() == null ? "" : " · domain " + run.domainName())
            + (run.finished() == null ? "" : " · run finished " + run.finished());
    return new ReportPage(
        "Quotes and stance by outlet",
        subtitle,
        csp,
        css,
        script,
        PageBuilder.overview(corpus, analysis),
        ComparisonSection.build(analysis, run.camps()),
        PageBuilder.speakers(analysis),
        PageBuilder.words(analysis),
        ExplorerSection.build(corpus, analysis),
        MethodsSection.build(corpus),
        downloads(outDir, corpus));
  }

  private static List<Download> downloads(Path outDir, Corpus corpus) {
    List<Download> list = new ArrayList<>();
    list.add(
        file(
            outDir,
            Tables.OUTLET_STANCE + ".csv",
            "Outlet × stance: counts, shares, Wilson 95% CI, per-article means"));
    list.add(
        file(
            outDir,
            Tables.OUTLET_CAMP + ".csv",
            "Outlet × speaker camp: share of voice with Wilson 95% CI"));
    list.add(
        file(
            outDir,
            Tables.OUTLET_TERMS + ".csv",
            "Outlet × contested term: narrative and in-quote counts, rates, log-odds z"));
    list.add(
        file(
            outDir,
            Tables.SPEAKERS + ".csv",
            "Every speaker: camp, role, counts per stance and per outlet"));
    list.add(file(outDir, Tables.OUTLETS + ".csv", "All metrics, one column per outlet"));
    list.add(file(outDir, Downloads.JSON_FILE, "The same tables and the stance test as JSON"));
    list.add(
        file(outDir, "quotes.csv", "Every quote with speaker, stance, probabilities and context"));
    list.add(file(outDir, "quotes.jsonl", "Every quote as JSON, one per line, with its article's metadata"));
    list.add(
        new Download("articles/", "articles/", "One JSON file per article (full analysis)", true));
    list.add(file(outDir, "run.json", "Run provenance: versions, settings, inputs"));
    corpus
        .evaluation()
        .ifPresent(
            e ->
                list.add(
                    file(
                        outDir,
                        "evaluation.json",
                        e.current()
                            ? "Accuracy against hand-labelled gold annotations"
                            : "Accuracy of an earlier run of this folder (not of the run shown)")));
    return list;
  }

  private static Download file(Path outDir, String name, String description) {
    return new Download(name, name, description, Files.isRegularFile(outDir.resolve(name)));
  }

  private static String resource(String name) {
    try (InputStream in = ReportRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AnalyzerException("report resource missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String base64Sha256(String text) {
    return Base64.getEncoder()
        .encodeToString(Hashes.newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
