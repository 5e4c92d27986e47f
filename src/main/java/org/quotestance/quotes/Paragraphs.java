package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.List;
import org.quotestance.model.CharSpan;

/** Splits text into paragraphs: non-blank lines, trimmed, as offsets into the original text. */
final class Paragraphs {
  private Paragraphs() {}

  static List<CharSpan> of(String text) {
    List<CharSpan> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int b = start;
      int e = end;
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > b) {
        out.add(new CharSpan(b, e));
      }
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    return out;
  }

  /** Index of the paragraph containing {@code offset}, or of the last one before it; -1 if none. */
  static int indexOf(List<CharSpan> paragraphs, int offset) {
    int found = -1;
    for (int i = 0; i < paragraphs.size() && paragraphs.get(i).begin() <= offset; i++) {
      found = i;
    }
    return found;
  }
}
