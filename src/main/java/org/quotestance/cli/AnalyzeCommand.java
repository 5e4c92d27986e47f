package org.quotestance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotestance.Quotestance;
import org.quotestance.batch.BatchRun;
import org.quotestance.batch.InputStatus;
import org.quotestance.batch.RunSummary;
import org.quotestance.corpus.CorpusOptions;
import org.quotestance.nlp.ParseCache;
import org.quotestance.report.ReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code analyze INPUT...}: the main job. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse articles (files or folders, recursive) into JSON, CSV and an HTML report.")
final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders (.txt, .html, .json, .jsonl).")
  List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/<name of the first input>).")
  Path out;

  @Option(names = "--domain", paramLabel = "DIR", description = "Domain folder (default: models/venezuela-2019).")
  Path domain;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  Integer threads;

  @Option(names = "--cache", paramLabel = "DIR", description = "Cache of linguistic analyses (default: ~/.cache/quotestance).")
  Path cache;

  @Option(names = "--no-cache", description = "Do not read or write the analysis cache.")
  boolean noCache;

  @Option(names = "--max-size", paramLabel = "MB", description = "Skip files larger than this (default: 5).")
  double maxSizeMb = 5;

  @Option(names = "--no-report", description = "Write JSON and CSV only, not report.html.")
  boolean noReport;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  @Override
  public Integer call() {
    if (threads != null && threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (!(maxSizeMb > 0)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-size must be positive, got " + maxSizeMb);
    }
    for (Path input : inputs) {
      Paths.requireExists(input, "input");
    }
    Path outDir = out != null ? out : Path.of("reports", name(inputs.get(0)));
    if (java.nio.file.Files.exists(outDir) && !java.nio.file.Files.isDirectory(outDir)) {
      throw new org.quotestance.InputException(outDir + ": --out must be a folder, but it is a file");
    }
    if (quiet) {
      // CoreNLP logs through slf4j-simple; quiet means warnings only. Set before CoreNLP loads.
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    Quotestance.Builder builder = Quotestance.builder().domain(Paths.domain(domain));
    if (threads != null) {
      builder.threads(threads);
    }
    if (!noCache) {
      builder.cache(cache != null ? cache : ParseCache.defaultDir());
    }
    Quotestance qs = builder.build();
    CorpusOptions options = CorpusOptions.defaults().withMaxFileSize((long) (maxSizeMb * 1024 * 1024));
    boolean terminal = System.console() != null;
    // only files an earlier run of this tool wrote (it left run.json) are ever removed
    boolean earlierRun = java.nio.file.Files.isRegularFile(outDir.resolve("run.json"));
    RunSummary summary = new BatchRun(qs, inputs, outDir, options)
        .run(new ConsoleProgress(spec.commandLine().getErr(), terminal, quiet));
    boolean analysed = summary.count("ok") + summary.count("reused") > 0;
    print(summary, outDir, !noReport && analysed);
    if (!noReport && analysed) {
      ReportRenderer.render(outDir);
    } else if (earlierRun) {
      var removed = ReportRenderer.removeReport(outDir);
      if (!removed.isEmpty()) {
        spec.commandLine().getErr().println(
            "quotestance: removed report.html and its tables of an earlier run from " + outDir
                + " (this run writes no report; run `quotestance report " + outDir + "` to make one)");
      }
    }
    if (summary.inputs().isEmpty()) {
      spec.commandLine().getErr().println("quotestance: no article files (.txt, .html, .json, .jsonl) found in " + inputs);
      return 2;
    }
    return summary.failures().isEmpty() ? 0 : 2;
  }

  private static String name(Path input) {
    Path abs = input.toAbsolutePath().normalize();
    Path file = abs.getFileName();
    if (file == null) {
      return "output";
    }
    String n = file.toString();
    int dot = n.lastIndexOf('.');
    return java.nio.file.Files.isDirectory(abs) || dot <= 0 ? n : n.substring(0, dot);
  }

  private void print(RunSummary s, Path outDir, boolean report) {
    var out = spec.commandLine().getOut();
    out.printf("Analysed %d article(s) (%d reused from an earlier run), %d quotations (%d rows in quotes.csv), %d tokens;"
        + " %d duplicate(s), %d skipped, %d failed.%n",
        s.count("ok") + s.count("reused"), s.count("reused"), s.quotations(), s.quotes(), s.tokens(), s.count("duplicate"),
        s.count("skipped"), s.count("failed"));
    out.println("Output: " + outDir.resolve("articles") + ", " + outDir.resolve("quotes.csv") + ", "
        + outDir.resolve("quotes.jsonl") + ", " + outDir.resolve("run.json")
        + (report ? ", " + outDir.resolve("report.html") : ""));
    List<InputStatus> failures = s.failures();
    if (!failures.isEmpty()) {
      var err = spec.commandLine().getErr();
      err.println("Failed inputs (" + failures.size() + "):");
      failures.forEach(f -> err.println("  " + f.message()));
    }
  }
}
