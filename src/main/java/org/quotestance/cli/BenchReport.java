package org.quotestance.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The measurements of one {@code bench} run and their rendering as a plain-text table and as JSON.
 * Ratios compare tokens per second; "steady" excludes model loading, "process" is the whole child
 * process from JVM start to exit (for Quotestance that includes the report).
 *
 * @param context facts about the machine and the corpus, printed as they are
 * @param baseline CoreNLP's default quote pipeline, if it ran
 * @param first Quotestance with an empty parse cache
 * @param rerun Quotestance again with a changed stance lexicon and the now full cache
 * @param coreNlpInRerun whether the re-run's log shows CoreNLP loading anything
 * @param accuracy quote and speaker scores of both systems on annotated articles
 */
record BenchReport(
    JsonObject context,
    Optional<SystemRun> baseline,
    SystemRun first,
    SystemRun rerun,
    boolean coreNlpInRerun,
    List<Accuracy> accuracy) {
  static final double SPEED_TARGET = 20;
  static final double COLD_START_TARGET = 5;
  static final long RSS_TARGET_KB = 2L * 1024 * 1024;
  static final double RERUN_TARGET = 50;

  BenchReport {
    accuracy = List.copyOf(accuracy);
  }

  /**
   * One system on one corpus.
   *
   * @param loadSeconds model loading (0 when nothing was loaded)
   * @param analysisSeconds analysis after loading
   * @param processSeconds the whole child process, JVM start to exit
   * @param cpuSeconds CPU time of the child process, when measured
   */
  record SystemRun(
      String system,
      String heap,
      int threads,
      int articles,
      long tokens,
      double loadSeconds,
      double analysisSeconds,
      double processSeconds,
      OptionalDouble cpuSeconds,
      OptionalDouble firstArticleSeconds,
      OptionalLong peakRssKb) {
    double steadyRate() {
      return tokens / analysisSeconds;
    }

    /** Tokens per CPU second of the whole process: robust when other jobs share the cores. */
    double cpuRate() {
      return cpuSeconds.isPresent() ? tokens / cpuSeconds.getAsDouble() : Double.NaN;
    }

    double processRate() {
      return tokens / processSeconds;
    }
  }

  /** Scores of one system against one gold file. */
  record Accuracy(
      String gold,
      String system,
      double precision,
      double recall,
      double f1,
      double speakerAccuracy,
      int required,
      int matched,
      int extras) {}

  /**
   * Quotestance's speed over the baseline's, both without model loading; NaN without a baseline.
   */
  double steadyRatio() {
    return baseline.map(b -> first.steadyRate() / b.steadyRate()).orElse(Double.NaN);
  }

  /**
   * Quotestance's whole process (JVM, loading, report included) against the baseline's steady
   * speed.
   */
  /** Tokens per CPU second, whole processes (loading included) on both sides. */
  double cpuRatio() {
    return baseline.map(b -> first.cpuRate() / b.cpuRate()).orElse(Double.NaN);
  }

  double processRatio() {
    return baseline.map(b -> first.processRate() / b.steadyRate()).orElse(Double.NaN);
  }

  double rerunProcessRatio() {
    return first.processSeconds() / rerun.processSeconds();
  }

  /** First run over re-run, both measured inside the process (batch run only). */
  double rerunInProcessRatio() {
    return (first.loadSeconds() + first.analysisSeconds())
        / (rerun.loadSeconds() + rerun.analysisSeconds());
  }

  String table() {
    List<SystemRun> runs = new ArrayList<>();
    baseline.ifPresent(runs::add);
    runs.add(first);
    runs.add(rerun);
    List<String> lines = new ArrayList<>();
    lines.add(row("", runs, SystemRun::system));
    lines.add(row("JVM", runs, r -> "-Xmx" + r.heap() + ", " + r.threads() + " thread(s)"));
    lines.add(row("articles", runs, r -> String.format(Locale.ROOT, "%,d", r.articles())));
    lines.add(row("tokens", runs, r -> String.format(Locale.ROOT, "%,d", r.tokens())));
    lines.add(row("model loading, s", runs, r -> num(r.loadSeconds(), 1)));
    lines.add(row("analysis without loading, s", runs, r -> num(r.analysisSeconds(), 1)));
    lines.add(row("whole process, s", runs, r -> num(r.processSeconds(), 1)));
    lines.add(row("CPU time (user+sys), s", runs, r -> num(r.cpuSeconds().orElse(Double.NaN), 1)));
    lines.add(row("tokens/s, analysis only", runs, r -> num(r.steadyRate(), 0)));
    lines.add(row("tokens/s, whole process", runs, r -> num(r.processRate(), 0)));
    lines.add(row("tokens per CPU second, whole process", runs, r -> num(r.cpuRate(), 0)));
    lines.add(
        row(
            "first article JSON after, s",
            runs,
            r -> num(r.firstArticleSeconds().orElse(Double.NaN), 2)));
    lines.add(row("peak RSS", runs, r -> mb(r.peakRssKb())));
    lines.add("");
    double cold = first.firstArticleSeconds().orElse(Double.NaN);
    long rss = first.peakRssKb().orElse(-1);
    lines.add(
        target(
            "speed ratio, analysis only (both without loading)",
            times(steadyRatio()),
            ">= 20x",
            steadyRatio() >= SPEED_TARGET));
    lines.add(
        target(
            "speed ratio, Quotestance whole process vs analysis",
            times(processRatio()),
            "",
            processRatio() >= SPEED_TARGET));
    lines.add(
        target(
            "speed ratio, tokens per CPU second (whole processes)",
            times(cpuRatio()),
            "",
            cpuRatio() >= SPEED_TARGET));
    lines.add(
        target("cold start to first analysed article", num(cold, 2) + " s", "<= 5 s", cold <= 5));
    lines.add(
        target(
            "Quotestance peak RSS",
            mb(first.peakRssKb()),
            "<= 2 GB",
            rss > 0 && rss <= RSS_TARGET_KB));
    lines.add(
        target(
            "cached re-run, whole process",
            times(rerunProcessRatio()),
            ">= 50x",
            rerunProcessRatio() >= RERUN_TARGET));
    lines.add(
        target(
            "cached re-run, batch only (in-process)",
            times(rerunInProcessRatio()),
            ">= 50x",
            rerunInProcessRatio() >= RERUN_TARGET));
    lines.add("CoreNLP loaded in the re-run: " + (coreNlpInRerun ? "YES (cache miss)" : "no"));
    if (!accuracy.isEmpty()) {
      lines.add("");
      lines.add(
          String.format(
              "%-22s %-32s %6s %6s %6s %8s %5s",
              "gold", "system", "P", "R", "F1", "speaker", "req"));
      for (Accuracy a : accuracy) {
        lines.add(
            String.format(
                Locale.ROOT,
                "%-22s %-32s %6.3f %6.3f %6.3f %8.3f %5d",
                a.gold(),
                a.system(),
                a.precision(),
                a.recall(),
                a.f1(),
                a.speakerAccuracy(),
                a.required()));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String row(String label, List<SystemRun> runs, Function<SystemRun, String> cell) {
    StringBuilder sb = new StringBuilder(String.format("%-37s", label));
    for (SystemRun r : runs) {
      sb.append(String.format(" %32s", cell.apply(r)));
    }
    return sb.toString().stripTrailing();
  }

  private static String target(String label, String value, String target, boolean met) {
    String verdict =
        target.isEmpty() || value.startsWith("-")
            ? ""
            : "  (target " + target + ": " + mark(met) + ")";
    return String.format("%-54s %10s%s", label + ":", value, verdict);
  }

  private static String num(double d, int decimals) {
    return Double.isFinite(d) ? String.format(Locale.ROOT, "%,." + decimals + "f", d) : "-";
  }

  private static String times(double ratio) {
    return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.1fx", ratio) : "-";
  }

  private static String mb(OptionalLong kb) {
    return kb.isPresent() ? String.format(Locale.ROOT, "%,d MB", kb.getAsLong() / 1024) : "-";
  }

  private static String mark(boolean met) {
    return met ? "met" : "NOT met";
  }

  String json() {
    JsonObject o = new JsonObject();
    o.add("context", context);
    baseline.ifPresent(b -> o.add("baseline", json(b)));
    o.add("quotestanceFirstRun", json(first));
    o.add("quotestanceRerun", json(rerun));
    o.addProperty("coreNlpLoadedInRerun", coreNlpInRerun);
    JsonObject ratios = new JsonObject();
    addNumber(ratios, "speedSteady", steadyRatio());
    addNumber(ratios, "speedQuotestanceProcessVsBaselineSteady", processRatio());
    addNumber(ratios, "speedPerCpuSecond", cpuRatio());
    addNumber(ratios, "rerunProcess", rerunProcessRatio());
    addNumber(ratios, "rerunInProcess", rerunInProcessRatio());
    o.add("ratios", ratios);
    JsonObject targets = new JsonObject();
    targets.addProperty("speedRatioAtLeast", SPEED_TARGET);
    targets.addProperty("coldStartSecondsAtMost", COLD_START_TARGET);
    targets.addProperty("peakRssMbAtMost", RSS_TARGET_KB / 1024);
    targets.addProperty("rerunRatioAtLeast", RERUN_TARGET);
    o.add("targets", targets);
    JsonArray acc = new JsonArray();
    for (Accuracy a : accuracy) {
      acc.add(new GsonBuilder().create().toJsonTree(a));
    }
    o.add("accuracy", acc);
    return new GsonBuilder().setPrettyPrinting().create().toJson(o) + "\n";
  }

  private static JsonObject json(SystemRun r) {
    JsonObject o = new JsonObject();
    o.addProperty("system", r.system());
    o.addProperty("heap", r.heap());
    o.addProperty("threads", r.threads());
    o.addProperty("articles", r.articles());
    o.addProperty("tokens", r.tokens());
    addNumber(o, "loadSeconds", r.loadSeconds());
    addNumber(o, "analysisSeconds", r.analysisSeconds());
    addNumber(o, "processSeconds", r.processSeconds());
    addNumber(o, "cpuSeconds", r.cpuSeconds().orElse(Double.NaN));
    addNumber(o, "tokensPerSecondSteady", r.steadyRate());
    addNumber(o, "tokensPerSecondProcess", r.processRate());
    addNumber(o, "tokensPerCpuSecond", r.cpuRate());
    addNumber(o, "firstArticleSeconds", r.firstArticleSeconds().orElse(Double.NaN));
    if (r.peakRssKb().isPresent()) {
      o.addProperty("peakRssMb", r.peakRssKb().getAsLong() / 1024);
    }
    return o;
  }

  private static void addNumber(JsonObject o, String key, double value) {
    if (Double.isFinite(value)) {
      o.addProperty(key, Math.round(value * 1000) / 1000.0);
    }
  }
}
