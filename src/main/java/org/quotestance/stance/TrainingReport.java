package org.quotestance.stance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.quotestance.model.StanceLabel;

/**
 * What {@link StanceTrainer} measured and wrote: the cross-validated scores of the full model and
 * the baselines, the calibration, the size of the model trained on all examples, and the lexicon
 * check of {@link CueAudit}.
 *
 * @param domain the domain folder
 * @param modelFile the model file written
 * @param examples training examples read
 * @param labelCounts examples per gold label
 * @param folds cross-validation folds
 * @param seed seed of the fold assignment
 * @param regularisation the training settings
 * @param features size of the final model's vocabulary
 * @param iterations L-BFGS iterations of the final model
 * @param temperature the calibration temperature
 * @param logLossBefore out-of-fold log-loss before calibration (temperature 1)
 * @param logLossAfter out-of-fold log-loss after calibration
 * @param evaluations majority, camp-only, lexicon-only and full model, in that order
 * @param calibration reliability of the full model's calibrated out-of-fold confidence
 * @param cueFindings lexicon cues whose training quotes mostly carry another label
 */
public record TrainingReport(
    String domain,
    String modelFile,
    int examples,
    Map<StanceLabel, Integer> labelCounts,
    int folds,
    long seed,
    Regularisation regularisation,
    int features,
    int iterations,
    double temperature,
    double logLossBefore,
    double logLossAfter,
    List<Evaluation> evaluations,
    CalibrationTable calibration,
    List<CueAudit.Finding> cueFindings) {

  public TrainingReport {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(modelFile, "modelFile");
    labelCounts = Map.copyOf(labelCounts);
    evaluations = List.copyOf(evaluations);
    Objects.requireNonNull(calibration, "calibration");
    cueFindings = List.copyOf(Objects.requireNonNull(cueFindings, "cueFindings"));
  }

  /** The evaluation named {@code name} ({@code "full model"}, {@code "lexicon-only"}, ...). */
  public Evaluation evaluation(String name) {
    return evaluations.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no evaluation named " + name));
  }

  /** The whole report as plain text for a console. */
  public String format() {
    StringBuilder out = new StringBuilder();
    line(out, "Stance model trained: %s", modelFile);
    line(out, "Domain: %s", domain);
    StringBuilder counts = new StringBuilder();
    for (StanceLabel label : StanceLabel.values()) {
      counts
          .append(counts.length() == 0 ? "" : ", ")
          .append(label.label())
          .append(' ')
          .append(labelCounts.getOrDefault(label, 0));
    }
    line(out, "Examples: %d (%s)", examples, counts);
    line(
        out,
        "Model: %d features, %d L-BFGS iterations, L2 %s (words x%s, min count %d)",
        features,
        iterations,
        regularisation.l2(),
        regularisation.wordFactor(),
        regularisation.minWordCount());
    line(out, "");
    line(out, "Stratified %d-fold cross-validation (seed %d):", folds, seed);
    line(out, "  %-14s %8s %8s", "classifier", "accuracy", "macro-F1");
    for (Evaluation evaluation : evaluations) {
      line(
          out,
          "  %-14s %8.3f %8.3f",
          evaluation.name(),
          evaluation.accuracy(),
          evaluation.macroF1());
    }
    for (Evaluation evaluation : evaluations) {
      line(out, "");
      formatDetail(out, evaluation);
    }
    line(out, "");
    line(
        out,
        "Calibration: temperature %.2f; out-of-fold log-loss %.3f before, %.3f after",
        temperature,
        logLossBefore,
        logLossAfter);
    line(out, "  %-11s %6s %15s %9s", "confidence", "count", "mean confidence", "accuracy");
    for (CalibrationTable.Bin bin : calibration.bins()) {
      line(
          out,
          "  %.2f-%.2f   %6d %15s %9s",
          bin.low(),
          bin.high(),
          bin.count(),
          bin.count() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", bin.meanConfidence()),
          bin.count() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", bin.accuracy()));
    }
    line(out, "  expected calibration error %.3f", calibration.expectedError());
    formatCueFindings(out);
    return out.toString();
  }

  private void formatCueFindings(StringBuilder out) {
    line(out, "");
    line(
        out,
        "Lexicon check: %d cue(s) in at least %d training quotes, under a third of them with the"
            + " cue's own label",
        cueFindings.size(),
        CueAudit.MIN_QUOTES);
    if (cueFindings.isEmpty()) {
      return;
    }
    line(out, "  (the classifier learns their direction; the lexicon-only baseline trusts the label)");
    line(out, "  %-26s %-20s %6s %9s  %s", "cue", "lexicon label", "quotes", "own label", "mostly");
    for (CueAudit.Finding f : cueFindings) {
      line(
          out,
          "  %-26s %-20s %6d %9.2f  %s",
          f.cue(),
          f.label().label(),
          f.quotes(),
          f.share(),
          f.mostly().label());
    }
  }

  private static void formatDetail(StringBuilder out, Evaluation evaluation) {
    line(out, "%s:", evaluation.name());
    line(out, "  %-20s %9s %7s %7s %8s", "label", "precision", "recall", "F1", "support");
    for (StanceLabel label : StanceLabel.values()) {
      Evaluation.LabelScores s = evaluation.perLabel().get(label);
      line(
          out,
          "  %-20s %9.3f %7.3f %7.3f %8d",
          label.label(),
          s.precision(),
          s.recall(),
          s.f1(),
          s.support());
    }
    StringBuilder header =
        new StringBuilder(String.format(Locale.ROOT, "  %-20s", "gold \\ predicted"));
    for (StanceLabel label : StanceLabel.values()) {
      header.append(String.format(Locale.ROOT, " %19s", label.label()));
    }
    line(out, "%s", header);
    for (StanceLabel gold : StanceLabel.values()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-20s", gold.label()));
      for (int count : evaluation.confusion().get(gold.ordinal())) {
        row.append(String.format(Locale.ROOT, " %19d", count));
      }
      line(out, "%s", row);
    }
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
