package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.List;
import org.quotestance.model.CharSpan;
import org.quotestance.quotes.QuoteMarks.Role;

/**
 * Finds the stretches of text between quotation marks of any style: straight, curly, reversed or
 * mismatched curly pairs, guillemets, and single quotes used as quotation marks. A quote left
 * unclosed at the end of a paragraph and reopened at the start of the next is kept as linked
 * segments ({@link Marked#continues()}). Quotes nested inside another quote are not reported.
 */
final class QuoteFinder {
  private static final int MAX_SINGLE_WORDS = 60;

  private QuoteFinder() {}

  static List<Marked> find(String text, List<CharSpan> paragraphs) {
    List<Marked> out = new ArrayList<>();
    boolean carry = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      CharSpan para = paragraphs.get(p);
      boolean nextOpens = p + 1 < paragraphs.size() && opensWithMark(text, paragraphs.get(p + 1));
      carry = doubles(text, para, carry, nextOpens, out);
    }
    List<Marked> singles = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      CharSpan next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
      singles(text, paragraphs.get(p), next, out, singles);
    }
    // A double-quoted stretch inside a single-quoted quote is a quote within that quote.
    out.removeIf(d -> singles.stream().anyMatch(q -> q.close() >= 0 && d.open() > q.open() && d.open() < q.close()));
    out.addAll(singles);
    out.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
    return relink(out);
  }

  private static boolean opensWithMark(String text, CharSpan para) {
    char c = text.charAt(para.begin());
    return QuoteMarks.isDouble(c) && QuoteMarks.role(text, para.begin()) != Role.CLOSE;
  }

  /** Returns whether the paragraph ended inside a quote that the next paragraph continues. */
  private static boolean doubles(String text, CharSpan para, boolean carried, boolean nextOpens, List<Marked> out) {
    int open = -1;
    int continues = -1;
    for (int i = para.begin(); i < para.end(); i++) {
      char c = text.charAt(i);
      if (!QuoteMarks.isDouble(c)) {
        continue;
      }
      Role role = QuoteMarks.role(text, i);
      if (open >= 0 && text.charAt(open) == '\u00ab' && c != '\u00bb') {
        // Inside «…» other double marks quote within the quote: «The so-called "aid" is a pretext.»
        continue;
      }
      if (open < 0) {
        if (role == Role.OPEN || role == Role.EITHER || (role == Role.NEITHER && i == para.begin())) {
          open = i;
          continues = carried && i == para.begin() ? out.size() - 1 : -1;
        }
      } else if (role == Role.CLOSE || role == Role.EITHER || role == Role.NEITHER) {
        add(text, open, i, continues, false, out);
        open = -1;
        continues = -1;
      } else {
        // Two openers in a row: the first was a stray mark; start again here.
        open = i;
        continues = -1;
      }
    }
    if (open < 0) {
      return false;
    }
    boolean added = add(text, open, -1, continues, false, out, para.end());
    return added && nextOpens;
  }

  private static boolean add(String text, int open, int close, int continues, boolean single, List<Marked> out) {
    return add(text, open, close, continues, single, out, close);
  }

  private static boolean add(
      String text, int open, int close, int continues, boolean single, List<Marked> out, int end) {
    int b = open + 1;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    String inner = text.substring(b, e);
    boolean hasLetter = inner.chars().anyMatch(Character::isLetterOrDigit);
    boolean wordsEnough = close >= 0 || inner.strip().split("\\s+").length >= 2;
    if (!hasLetter || !wordsEnough) {
      return false;
    }
    out.add(new Marked(new CharSpan(b, e), open, close, continues, single));
    return true;
  }

  private static void singles(String text, CharSpan para, CharSpan next, List<Marked> doubles, List<Marked> out) {
    int i = para.begin();
    while (i < para.end()) {
      char c = text.charAt(i);
      if (!QuoteMarks.isSingle(c) || insideAny(doubles, i) || QuoteMarks.isApostrophe(text, i)
          || QuoteMarks.role(text, i) != Role.OPEN) {
        i++;
        continue;
      }
      boolean continues = i == para.begin() && !out.isEmpty() && out.get(out.size() - 1).unclosed()
          && out.get(out.size() - 1).single();
      int close = closer(text, i, para.end());
      if (close < 0) {
        if (next != null && opensWithSingle(text, next)) {
          // A single-quoted quotation that runs on into the next paragraph.
          add(text, i, -1, continues ? -2 : -1, true, out, para.end());
        }
        i++;
        continue;
      }
      int before = out.size();
      add(text, i, close, continues ? -2 : -1, true, out);
      if (out.size() > before && words(out.get(out.size() - 1).span().of(text)) > MAX_SINGLE_WORDS) {
        out.remove(out.size() - 1);
      }
      i = close + 1;
    }
  }

  private static int nextDouble(String text, int from, int end) {
    for (int k = from; k < end; k++) {
      if (QuoteMarks.isDouble(text.charAt(k))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean opensWithSingle(String text, CharSpan para) {
    int i = para.begin();
    return QuoteMarks.isSingle(text.charAt(i)) && !QuoteMarks.isApostrophe(text, i)
        && QuoteMarks.role(text, i) == Role.OPEN;
  }

  /** The closing single mark for an opener at {@code open}, preferring one that is no plural possessive. */
  private static int closer(String text, int open, int end) {
    int first = -1;
    for (int j = open + 2; j < end; j++) {
      char c = text.charAt(j);
      if (QuoteMarks.isDouble(c)) {
        // ‘We told them “no” and meant it,’: a quote within the quote; skip to its close.
        int inner = nextDouble(text, j + 1, end);
        if (inner < 0) {
          return -1;
        }
        j = inner;
        continue;
      }
      if (!QuoteMarks.isSingle(c) || QuoteMarks.isApostrophe(text, j)) {
        continue;
      }
      Role role = QuoteMarks.role(text, j);
      if (role != Role.CLOSE && role != Role.EITHER) {
        continue;
      }
      if (!pluralPossessive(text, j)) {
        return j;
      }
      if (first < 0) {
        first = j;
      }
    }
    return first;
  }

  /** {@code soldiers' families}: an s, the mark, a space and a lower-case word. */
  private static boolean pluralPossessive(String text, int j) {
    return text.charAt(j - 1) == 's'
        && j + 2 < text.length()
        && text.charAt(j + 1) == ' '
        && Character.isLowerCase(text.charAt(j + 2));
  }

  private static boolean insideAny(List<Marked> quotes, int offset) {
    for (Marked q : quotes) {
      int end = q.close() >= 0 ? q.close() : q.span().end();
      if (offset >= q.open() && offset <= end) {
        return true;
      }
    }
    return false;
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }

  /** Re-points {@code continues} after sorting, from list positions at creation to final ones. */
  private static List<Marked> relink(List<Marked> sorted) {
    List<Marked> out = new ArrayList<>();
    for (Marked m : sorted) {
      int link = -1;
      if (m.continues() >= 0 || m.continues() == -2) {
        for (int k = out.size() - 1; k >= 0; k--) {
          if (out.get(k).unclosed() && out.get(k).single() == m.single()) {
            link = k;
            break;
          }
        }
      }
      out.add(new Marked(m.span(), m.open(), m.close(), link, m.single()));
    }
    return out;
  }
}
