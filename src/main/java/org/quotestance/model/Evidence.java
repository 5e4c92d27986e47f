package org.quotestance.model;

import java.util.List;
import java.util.Objects;

/**
 * One reason behind a stance decision: a feature that fired and its signed contribution toward
 * the chosen label.
 *
 * @param feature the feature's name, e.g. {@code "cue:usurper"}, {@code "camp:venezuelan-government"}
 * @param weight its contribution to the chosen label's score (positive supports it)
 * @param text the words that triggered it, or empty for features without words (camp, kind)
 * @param spans offsets of those words in the original article; empty when none
 */
public record Evidence(String feature, double weight, String text, List<CharSpan> spans) {
  public Evidence {
    Objects.requireNonNull(feature, "feature");
    text = text == null ? "" : text;
    spans = List.copyOf(spans);
  }
}
