package org.quotestance.model;

import java.text.Normalizer;
import java.util.Locale;

/** The three stance labels of the annotation guideline. */
public enum StanceLabel {
  PRO_GUAIDO("pro-Guaidó"),
  PRO_MADURO("pro-Maduro"),
  NEUTRAL("neutral-procedural");

  private final String label;

  StanceLabel(String label) {
    this.label = label;
  }

  /** The name used in JSON, CSV and the training file. */
  public String label() {
    return label;
  }

  /** Parses a label, ignoring case, accents, and {@code _} versus {@code -}. */
  public static StanceLabel fromLabel(String text) {
    for (StanceLabel value : values()) {
      if (value.label.equals(text)) {
        return value; // as written in our own files; folding costs a regex per label
      }
    }
    String key = fold(text);
    for (StanceLabel value : values()) {
      if (fold(value.label).equals(key)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown stance label: " + text);
  }

  private static String fold(String text) {
    String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
  }
}
