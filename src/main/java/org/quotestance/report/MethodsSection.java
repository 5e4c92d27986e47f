package org.quotestance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotestance.report.view.DataTable;
import org.quotestance.report.view.Fact;
import org.quotestance.report.view.Methods;

/** Builds the methods and provenance section from run.json and fixed method descriptions. */
final class MethodsSection {
  private MethodsSection() {}

  static Methods build(Corpus corpus) {
    Corpus.Run run = corpus.run();
    List<Fact> provenance = new ArrayList<>();
    if (!run.present()) {
      provenance.add(new Fact("Run", "run.json is missing", "provenance unknown"));
    } else {
      provenance.add(new Fact("Tool", join(run.toolName(), run.toolVersion())
          + (run.toolCommit() == null || run.toolCommit().isBlank() ? "" : " (commit " + run.toolCommit() + ")")));
      provenance.add(new Fact("Stanford CoreNLP", orUnknown(run.corenlp())));
      provenance.add(
          new Fact(
              "Domain",
              orUnknown(run.domainName()),
              (run.domainPath() == null ? "" : run.domainPath())
                  + (run.domainVersion() == null ? "" : " · version " + run.domainVersion())));
      provenance.add(new Fact("Domain hash", orUnknown(run.domainHash())));
      provenance.add(
          new Fact("Run", orUnknown(run.started()) + " to " + orUnknown(run.finished())));
      if (!run.counts().isEmpty()) {
        List<String> parts = new ArrayList<>();
        run.counts().forEach((k, v) -> parts.add(k + " " + v));
        provenance.add(new Fact("Input counts", String.join(", ", parts)));
      }
    }
    List<Fact> settings = new ArrayList<>();
    run.settings().forEach((k, v) -> settings.add(new Fact(k, v)));
    List<List<String>> inputs = new ArrayList<>();
    for (Corpus.Input i : run.inputs()) {
      inputs.add(
          List.of(
              orUnknown(i.source()),
              orUnknown(i.status()),
              orUnknown(i.sha256()),
              i.message() == null ? "" : i.message()));
    }
    List<String> failures = new ArrayList<>();
    run.failures().forEach(f -> failures.add(orUnknown(f.source()) + ": " + orUnknown(f.reason())));
    return new Methods(
        provenance,
        settings,
        new DataTable(
            "Input files with status and SHA-256 of their bytes",
            List.of("Source", "Status", "SHA-256", "Message"),
            inputs,
            4,
            Set.of(0, 2, 3)),
        PageBuilder.labelDefinitions(),
        statistics(),
        calibration(run.settings()),
        limitations(corpus),
        failures);
  }

  private static List<Fact> statistics() {
    return List.of(
        new Fact("Shares", "Wilson score 95% intervals for each outlet's share of quotes."),
        new Fact(
            "Per-article shares",
            String.format(
                Locale.ROOT,
                "Mean over articles of each article's"
                    + " share; 95%% percentile bootstrap over articles (%,d resamples, seed %d).",
                Bootstrap.DEFAULT_RESAMPLES,
                Bootstrap.DEFAULT_SEED)),
        new Fact(
            "Outlet × stance test",
            String.format(
                Locale.ROOT,
                "Pearson chi-square (p from the regularised incomplete gamma function) and Cramér's"
                    + " V; when any expected count is below 5, a Monte Carlo permutation test (%,d"
                    + " draws, seed %d) as well.",
                MonteCarloTest.DEFAULT_DRAWS,
                MonteCarloTest.DEFAULT_SEED)),
        new Fact(
            "Distinctive terms",
            "Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn"
                + " 2008) of one outlet's narrative term counts against all other outlets; prior α"
                + " = pooled counts over all outlets; z = log-odds / SD."));
  }

  private static String calibration(Map<String, String> settings) {
    String base =
        "Confidence is the stance classifier's probability for the chosen label. It was"
            + " calibrated (temperature scaling) on held-out quotes of the training set, which the"
            + " tool's authors wrote; two documented priors are then applied (the speaker camp's"
            + " usual side, and neutral-procedural for a quote with no signal about the conflict"
            + " from a speaker with no camp; see the README), so on other news it is a guide, not"
            + " a guarantee. Whether it holds on this corpus is only known when evaluation.json"
            + " is present.";
    for (Map.Entry<String, String> e : settings.entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      if (key.contains("calibrat") || key.contains("temperature")) {
        return base + " Calibration used for this run (" + e.getKey() + "): " + e.getValue() + ".";
      }
    }
    return base;
  }

  private static List<String> limitations(Corpus corpus) {
    List<String> out = new ArrayList<>(corpus.run().limitations());
    Map<String, String> counts = corpus.run().counts();
    Map<String, String> phrases =
        Map.of(
            "failed",
            "input(s) failed to analyse",
            "duplicates",
            "duplicate input(s) were skipped",
            "skipped",
            "input(s) were skipped");
    for (String key : List.of("failed", "duplicates", "skipped")) {
      String v = counts.get(key);
      if (v != null && !v.equals("0")) {
        out.add(v + " " + phrases.get(key) + " and are not in this report (see input files).");
      }
    }
    long warned = corpus.articles().stream().filter(a -> !a.warnings().isEmpty()).count();
    if (warned > 0) {
      out.add(warned + " article(s) carry analysis warnings (see their JSON files).");
    }
    if (!corpus.unreadable().isEmpty()) {
      out.add(corpus.unreadable().size() + " article file(s) could not be read and are left out.");
    }
    out.add(
        "Stance labels are automatic: each quote is labelled by a classifier trained on quotes the"
            + " tool's authors wrote and labelled (no published article was copied). Single labels"
            + " are often wrong and outlet shares inherit any systematic bias of the classifier.");
    out.add(
        "Counts are of quotations: a quotation that runs over several paragraphs is written as"
            + " linked segments in the JSON and CSV files, and counted here once, with the stance"
            + " and speaker of its first segment.");
    out.add(
        "Attribution errors: a quote may be given to the wrong speaker or left unattributed;"
            + " camps come from the domain's actor registry or, for unlisted speakers, from how the"
            + " article describes them (an opposition deputy, a State Department official; see"
            + " campSource in the JSON), and miss speakers described in neither way.");
    out.add(
        "Quote detection misses some quotes (indirect speech especially) and finds some"
            + " that are not quotes.");
    out.add(
        "The tests treat quotes as independent; quotes from one article or one speaker are"
            + " not, so p-values are optimistic. Per-article means count each article once.");
    out.add(
        "Outlets are compared only on the articles in this corpus; how they were sampled"
            + " decides what the comparison represents.");
    out.add(
        "Contested terms are counted as listed in the domain, without regard to negation or"
            + " to whether the writer endorses the term.");
    return out;
  }

  private static String join(String name, String version) {
    return orUnknown(name) + (version == null ? "" : " " + version);
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? "unknown" : value;
  }
}
