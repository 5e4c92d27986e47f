package org.quotestance.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stance of one quotation.
 *
 * @param label the most probable label
 * @param confidence calibrated probability of {@code label}, in {@code [0, 1]}
 * @param probabilities calibrated probability of every label (sums to 1)
 * @param evidence the features that carried the decision, strongest first
 * @param frames secondary tags ({@code "anti-intervention"}, {@code "humanitarian"}, ...)
 */
public record Stance(
    StanceLabel label,
    double confidence,
    Map<StanceLabel, Double> probabilities,
    List<Evidence> evidence,
    List<String> frames) {
  public Stance {
    Objects.requireNonNull(label, "label");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
    }
    probabilities = Map.copyOf(probabilities);
    evidence = List.copyOf(evidence);
    frames = List.copyOf(frames);
  }
}
