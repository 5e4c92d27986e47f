package org.quotestance.eval;

import java.text.Normalizer;
import java.util.Locale;

/** Text normalisation for matching gold quote starts: accents, quote marks and spacing folded. */
final class Normalize {
  private Normalize() {}

  static String text(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    t = t.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace("\u2026", "...");
    t = t.replaceAll("[\"\u201c\u201d\u00ab\u00bb\u201e]", " ").replaceAll("\\s+", " ").strip();
    return t.replaceAll("^[ '.,]+|[ '.,]+$", "");
  }

  static String label(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return t.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
  }
}
