package org.quotestance.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Folding for matching names and cues: accents removed, lower case, curly apostrophes straight. */
public final class Fold {
  private Fold() {}

  /**
   * Folds {@code text} one character for one character, so offsets in the folded text index the
   * original: each char is lower-cased and stripped of its accent (its base letter is kept).
   */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(foldChar(text.charAt(i)));
    }
    return out.toString();
  }

  /** One character folded: accents dropped, lower-cased, typographic apostrophes made straight. */
  public static char foldChar(char c) {
    if (c < 128) {
      return Character.toLowerCase(c);
    }
    if (c == '\u2019' || c == '\u2018' || c == '\u02bc') {
      return '\'';
    }
    String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = plain.charAt(0);
    return Character.toLowerCase(base);
  }

  /** Folds and lower-cases, collapsing runs of white space to one space and stripping. */
  public static String key(String text) {
    return fold(text).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
