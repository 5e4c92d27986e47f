package org.quotestance.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.AnalyzerException;

/**
 * The two measured systems as child processes: CoreNLP's default quote pipeline ({@code baseline},
 * one thread) and Quotestance ({@code analyze}, with the launcher's default JVM options). Each run's numbers
 * are read back from what the child wrote ({@code baseline.json}, {@code run.json}) and its log.
 *
 * @param heap Quotestance's {@code -Xmx}
 * @param baselineHeap the baseline's {@code -Xmx}
 * @param threads Quotestance's worker threads
 */
record BenchSystems(String heap, String baselineHeap, int threads) {
  /**
   * The launcher's default JVM options besides the heap limit (see {@code quotestance}), so the
   * bench measures what users run by default; {@code QUOTESTANCE_JAVA_OPTS} does not reach it.
   */
  static final List<String> LAUNCHER_OPTIONS = List.of("-Xms1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  /** {@link #LAUNCHER_OPTIONS} for a child with {@code -Xmx<heap>}: no 1 GB initial heap above a smaller limit. */
  static List<String> options(String heap) {
    Matcher m = Pattern.compile("(?i)(\\d+)([kmg]?)").matcher(heap);
    if (!m.matches()) {
      return LAUNCHER_OPTIONS;
    }
    long n = Long.parseLong(m.group(1));
    long bytes = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "g" -> n << 30;
      case "m" -> n << 20;
      case "k" -> n << 10;
      default -> n;
    };
    return bytes >= 1L << 30 ? LAUNCHER_OPTIONS
        : LAUNCHER_OPTIONS.stream().filter(o -> !o.startsWith("-Xms")).toList();
  }

  static final String BASELINE = "CoreNLP default quote pipeline";

  /** Runs the baseline on the first {@code limit} {@code .txt} files of {@code input}. */
  BenchReport.SystemRun baseline(Path input, Path outDir, int limit, Path log) {
    List<String> args =
        List.of(
            "baseline",
            input.toString(),
            "--out",
            outDir.toString(),
            "--limit",
            Integer.toString(limit));
    BenchChild.Result r =
        BenchChild.run(
            BenchChild.command(baselineHeap, List.of(), args),
            log,
            Optional.of(outDir.resolve("articles")));
    check(r, "baseline");
    JsonObject s = read(outDir.resolve("baseline.json"));
    return new BenchReport.SystemRun(
        BASELINE,
        baselineHeap,
        1,
        s.get("articles").getAsInt(),
        s.get("tokens").getAsLong(),
        s.get("loadSeconds").getAsDouble(),
        s.get("annotateSeconds").getAsDouble(),
        r.seconds(),
        r.cpuSeconds(),
        r.firstOutputSeconds(),
        r.peakRssKb());
  }

  /** Runs {@code analyze} and checks it exited 0. */
  BenchChild.Result analyze(
      Path input, Path outDir, Path cache, Path domain, Path log, boolean report) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "analyze",
                input.toString(),
                "--out",
                outDir.toString(),
                "--cache",
                cache.toString(),
                "--threads",
                Integer.toString(threads),
                "--domain",
                domain.toString()));
    if (!report) {
      args.add("--no-report");
    }
    BenchChild.Result r =
        BenchChild.run(
            BenchChild.command(heap, options(heap), args),
            log,
            Optional.of(outDir.resolve("articles")));
    check(r, "analyze");
    return r;
  }

  /**
   * The numbers of one {@code analyze} run. Model loading is what CoreNLP logged; analysis is the
   * batch run (from {@code run.json}) without it, so it leaves out JVM start, domain loading and
   * the report.
   */
  BenchReport.SystemRun quotestance(String name, Path outDir, BenchChild.Result r) {
    JsonObject run = read(outDir.resolve("run.json"));
    JsonObject counts = run.getAsJsonObject("counts");
    double batch =
        Duration.between(
                    Instant.parse(run.get("started").getAsString()),
                    Instant.parse(run.get("finished").getAsString()))
                .toNanos()
            / 1e9;
    double load = BenchStats.modelLoadSeconds(r.stderr());
    return new BenchReport.SystemRun(
        name,
        heap,
        threads,
        counts.get("analysed").getAsInt(),
        counts.get("tokens").getAsLong(),
        load,
        batch - load,
        r.seconds(),
        r.cpuSeconds(),
        r.firstOutputSeconds(),
        r.peakRssKb());
  }

  private static void check(BenchChild.Result r, String what) {
    if (r.exitCode() != 0) {
      String tail = r.stderr().substring(Math.max(0, r.stderr().length() - 2000));
      throw new AnalyzerException(what + " child exited with " + r.exitCode() + ":\n" + tail);
    }
  }

  static JsonObject read(Path file) {
    try {
      return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
