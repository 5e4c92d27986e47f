package org.quotestance.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotestance.internal.Fold;

/**
 * Plain tokenisation without CoreNLP, so that training is fast and tests need no models. Words are
 * runs of letters and digits; an apostrophe between letters stays inside the word, except that the
 * English clitics ({@code 's 're 've 'll 'd 'm n't}) become tokens of their own. A hyphen between
 * two word characters only separates words ({@code US-backed} gives {@code us}, {@code backed}), so
 * {@code so-called} and {@code so called} match alike. Digit groups ({@code 4,000}, {@code 2.5})
 * stay one word.
 */
final class Tokenizer {
  private static final Set<String> CLITICS = Set.of("'s", "'re", "'ve", "'ll", "'d", "'m");
  private static final String BREAKS = ",;:.!?()[]\u2013\u2014\u2026";

  private Tokenizer() {}

  /** Tokens of {@code text}; their offsets are shifted by {@code offset}. */
  static List<Token> tokenize(String text, int offset) {
    List<Token> out = new ArrayList<>();
    int clause = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int abbreviation = abbreviationEnd(text, i);
      if (abbreviation > i) {
        // U.S., U.N., U.K.: one word, folded without its periods ("us").
        String folded = Fold.fold(text.substring(i, abbreviation)).replace(".", "");
        out.add(new Token(text.substring(i, abbreviation), folded, offset + i, offset + abbreviation, true, clause));
        i = abbreviation;
      } else if (Character.isLetterOrDigit(c)) {
        int j = wordEnd(text, i);
        clause = addWord(out, text, i, j, offset, clause);
        i = j;
      } else if (Character.isWhitespace(c) || isJoiningHyphen(text, i)) {
        i++;
      } else {
        boolean breaks = isBreakMark(c) || isHyphen(c);
        String mark = String.valueOf(c);
        out.add(new Token(mark, mark, offset + i, offset + i + 1, false, clause));
        if (breaks) {
          clause++;
        }
        i++;
      }
    }
    return List.copyOf(out);
  }

  /**
   * The end of a dotted abbreviation of single letters starting at {@code i} ({@code U.S.}), or
   * {@code i} when there is none. The last period is kept inside only when a letter follows the
   * abbreviation's start, so {@code U.S.} and {@code u.s.-backed} both give {@code us}.
   */
  private static int abbreviationEnd(String text, int i) {
    int j = i;
    int letters = 0;
    while (j + 1 < text.length() && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
        && (j == i || !Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
      if (j > i && text.charAt(j - 1) != '.') {
        break;
      }
      letters++;
      j += 2;
    }
    if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      return i;
    }
    return letters >= 2 ? j : i;
  }

  private static boolean isBreakMark(char c) {
    return BREAKS.indexOf(c) >= 0;
  }

  private static int wordEnd(String text, int begin) {
    int j = begin + 1;
    int n = text.length();
    while (j < n) {
      char d = text.charAt(j);
      boolean next = j + 1 < n;
      if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
        j++;
      } else if (next && isApostrophe(d) && Character.isLetter(text.charAt(j + 1))) {
        j++;
      } else if (next
          && (d == ',' || d == '.')
          && Character.isDigit(text.charAt(j - 1))
          && Character.isDigit(text.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** Adds the word {@code [begin, end)}, splitting off a clitic; returns the clause number. */
  private static int addWord(
      List<Token> out, String text, int begin, int end, int offset, int clause) {
    String folded = Fold.fold(text.substring(begin, end));
    if (folded.equals("but")) {
      clause++;
    }
    int split = end;
    if (folded.length() > 3 && folded.endsWith("n't")) {
      split = end - 3;
    } else {
      int apostrophe = folded.lastIndexOf('\'');
      if (apostrophe > 0 && CLITICS.contains(folded.substring(apostrophe))) {
        split = begin + apostrophe;
      }
    }
    add(out, text, begin, split, offset, clause);
    if (split < end) {
      add(out, text, split, end, offset, clause);
    }
    return clause;
  }

  private static void add(
      List<Token> out, String text, int begin, int end, int offset, int clause) {
    String raw = text.substring(begin, end);
    out.add(new Token(raw, Fold.fold(raw), offset + begin, offset + end, true, clause));
  }

  private static boolean isJoiningHyphen(String text, int i) {
    return isHyphen(text.charAt(i))
        && i > 0
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc';
  }
}
