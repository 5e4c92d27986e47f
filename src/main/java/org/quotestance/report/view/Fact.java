package org.quotestance.report.view;

/**
 * A labelled value for definition lists, e.g. "Quotes" → "60".
 *
 * @param label what it is
 * @param value the formatted value
 * @param note an explanation shown after the value, or empty
 */
public record Fact(String label, String value, String note) {
  public Fact(String label, String value) {
    this(label, value, "");
  }
}
