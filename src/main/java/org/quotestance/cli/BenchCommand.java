package org.quotestance.cli;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.quotestance.internal.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measures batch speed, cold start, peak memory and the cached re-run against
 * CoreNLP's default quote pipeline, each system in its own child JVM, on a generated corpus; then
 * scores both systems' quotes and speakers on the annotated source articles. Prints a table and
 * writes it as JSON.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmark batch speed, cold start, peak memory and cached re-runs against CoreNLP's"
            + " default quote pipeline (each in its own JVM), and compare quote/speaker accuracy.")
final class BenchCommand implements Callable<Integer> {
  /** What {@code measure} writes into the work folder. */
  private static final List<String> OUTPUTS =
      List.of(
          "corpus",
          "baseline",
          "first",
          "rerun",
          "cache",
          "domain-changed",
          "logs",
          "accuracy-input",
          "acc-quotestance",
          "acc-baseline",
          "cache-accuracy");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description = "Articles in the generated corpus (default: 200).")
  int articles = 200;

  @Option(
      names = "--baseline-articles",
      paramLabel = "N",
      description =
          "Run the slow CoreNLP baseline on the first N of them (default: 40; tokens/s does not"
              + " depend on N).")
  int baselineArticles = 40;

  @Option(
      names = "--corpus-dir",
      paramLabel = "DIR",
      description = "Write the corpus here (default: in the work folder).")
  Path corpusDir;

  @Option(
      names = "--sources",
      split = ",",
      paramLabel = "DIR",
      description =
          "Folders of source .txt articles to cycle (default: seeds, src/test/resources/dev).")
  List<Path> sources;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      description =
          "Gold files for the accuracy comparison (default: src/test/resources/dev/gold.json);"
              + " repeatable.")
  List<Path> gold;

  @Option(
      names = "--domain",
      paramLabel = "DIR",
      description = "Domain folder (default: models/venezuela-2019).")
  Path domain;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Quotestance worker threads (default: 2).")
  int threads = 2;

  @Option(
      names = "--heap",
      paramLabel = "SIZE",
      description = "Quotestance -Xmx (default: 2g, as the launcher).")
  String heap = "2g";

  @Option(
      names = "--baseline-heap",
      paramLabel = "SIZE",
      description = "CoreNLP baseline -Xmx (default: 6g).")
  String baselineHeap = "6g";

  @Option(names = "--skip-baseline", description = "Measure Quotestance only.")
  boolean skipBaseline;

  @Option(names = "--skip-accuracy", description = "Do not score the systems on the gold articles.")
  boolean skipAccuracy;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Work folder, kept afterwards; results of an earlier bench in it are removed first "
              + "(default: a temporary folder, deleted afterwards).")
  Path work;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "JSON result (default: reports/bench/bench.json).")
  Path out = Path.of("reports", "bench", "bench.json");

  @Override
  public Integer call() throws IOException {
    if (articles < 1 || baselineArticles < 1 || threads < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--articles, --baseline-articles and --threads must be at least 1");
    }
    PrintWriter log = spec.commandLine().getErr();
    boolean temporary = work == null;
    Path dir = temporary ? Files.createTempDirectory("quotestance-bench") : work;
    for (String old : OUTPUTS) {
      delete(
          dir.resolve(
              old)); // an earlier run's outputs and cache would turn a first run into a re-run
    }
    try {
      BenchReport report = measure(dir.toAbsolutePath(), log);
      spec.commandLine().getOut().print(report.table());
      AtomicFiles.write(out, report.json());
      spec.commandLine().getOut().println("Wrote " + out);
      return 0;
    } finally {
      if (temporary) {
        delete(dir);
      }
    }
  }

  private BenchReport measure(Path dir, PrintWriter log) {
    Path home = Path.of(System.getProperty("quotestance.home", "."));
    List<Path> sourceDirs =
        sources != null
            ? sources
            : List.of(home.resolve("seeds"), home.resolve("src/test/resources/dev"));
    Path domainDir = Paths.domain(domain).toAbsolutePath();
    List<BenchCorpus.Source> texts = BenchCorpus.sources(sourceDirs);
    Path corpus = (corpusDir != null ? corpusDir : dir.resolve("corpus")).toAbsolutePath();
    BenchCorpus.write(corpus, articles, texts);
    log.printf(
        "bench: corpus of %d articles in %s (from %d sources)%n", articles, corpus, texts.size());
    JsonObject context = context(texts.size());
    BenchSystems systems = new BenchSystems(heap, baselineHeap, threads);

    Optional<BenchReport.SystemRun> baseline = Optional.empty();
    if (!skipBaseline) {
      int n = Math.min(baselineArticles, articles);
      log.printf(
          "bench: CoreNLP default quote pipeline on %d articles (-Xmx%s, 1 thread; slow)...%n",
          n, baselineHeap);
      baseline =
          Optional.of(
              systems.baseline(corpus, dir.resolve("baseline"), n, dir.resolve("logs/baseline")));
    }
    Path cache = dir.resolve("cache");
    log.printf(
        "bench: Quotestance first run, empty cache (-Xmx%s, %d threads)...%n", heap, threads);
    BenchChild.Result firstRun =
        systems.analyze(
            corpus, dir.resolve("first"), cache, domainDir, dir.resolve("logs/first"), true);
    BenchReport.SystemRun first =
        systems.quotestance("Quotestance, empty cache", dir.resolve("first"), firstRun);

    log.println("bench: changing one stance-lexicon weight and retraining the stance model...");
    Path changed = dir.resolve("domain-changed");
    BenchDomain.changedCopy(domainDir, changed);
    log.println("bench: Quotestance re-run with the changed domain and the same cache...");
    BenchChild.Result rerunRun =
        systems.analyze(
            corpus, dir.resolve("rerun"), cache, changed, dir.resolve("logs/rerun"), true);
    BenchReport.SystemRun rerun =
        systems.quotestance("Quotestance, cached re-run", dir.resolve("rerun"), rerunRun);

    List<BenchReport.Accuracy> accuracy = List.of();
    if (!skipAccuracy) {
      List<Path> golds =
          gold != null ? gold : List.of(home.resolve("src/test/resources/dev/gold.json"));
      accuracy = BenchAccuracy.measure(systems, dir, texts, domainDir, golds, !skipBaseline, log);
    }
    context.addProperty(
        "loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return new BenchReport(
        context, baseline, first, rerun, BenchStats.loadedCoreNlp(rerunRun.stderr()), accuracy);
  }

  private JsonObject context(int sourceCount) {
    JsonObject c = new JsonObject();
    c.addProperty("articles", articles);
    c.addProperty("baselineArticles", skipBaseline ? 0 : Math.min(baselineArticles, articles));
    c.addProperty("sources", sourceCount);
    c.addProperty("cores", Runtime.getRuntime().availableProcessors());
    c.addProperty(
        "loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    c.addProperty("java", System.getProperty("java.version"));
    c.addProperty("quotestanceJvm", "-Xmx" + heap + " " + String.join(" ", BenchSystems.options(heap)) + ", " + threads + " threads");
    c.addProperty("baselineJvm", "-Xmx" + baselineHeap + ", 1 thread");
    c.addProperty("date", Instant.now().toString());
    return c;
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
