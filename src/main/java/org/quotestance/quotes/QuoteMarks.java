package org.quotestance.quotes;

/**
 * Which characters are quotation marks, and whether one at a given place opens or closes a quote.
 * The role comes from the characters around the mark, not its shape, because bad typesetting
 * reverses curly quotes ({@code ”days were numbered”}).
 */
final class QuoteMarks {
  enum Role {
    OPEN,
    CLOSE,
    EITHER,
    NEITHER
  }

  private static final String DOUBLE = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e";
  private static final String SINGLE = "'\u2018\u2019\u201a\u201b\u2039\u203a";

  private QuoteMarks() {}

  static boolean isDouble(char c) {
    return DOUBLE.indexOf(c) >= 0;
  }

  static boolean isSingle(char c) {
    return SINGLE.indexOf(c) >= 0;
  }

  static boolean isMark(char c) {
    return isDouble(c) || isSingle(c);
  }

  /** The role of the mark at {@code i} of {@code text}, from its neighbours. */
  static Role role(String text, int i) {
    char before = i > 0 ? text.charAt(i - 1) : '\n';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
    boolean symbolBefore = !Character.isLetterOrDigit(before) && ".,;!?)]}%".indexOf(before) < 0;
    boolean openSide = Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0 || isMark(before)
        || symbolBefore;
    boolean closeSide = Character.isWhitespace(after) || ".,;:!?)]}\u2014\u2013-/…".indexOf(after) >= 0 || isMark(after);
    char c = text.charAt(i);
    if (c == '\u00ab' || c == '\u2039') {
      return openSide || !closeSide ? Role.OPEN : Role.CLOSE;
    }
    if (openSide && !closeSide) {
      return Role.OPEN;
    }
    if (closeSide && !openSide) {
      return Role.CLOSE;
    }
    if (openSide) {
      // White space on both sides: `, ' he said` closes, `said ' Hello` would open; both rare.
      return Role.EITHER;
    }
    // Letters on both sides: inside a word.
    return Role.NEITHER;
  }

  /** Whether a single mark at {@code i} sits inside a word as an apostrophe (don't, Maduro’s). */
  static boolean isApostrophe(String text, int i) {
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
      return true;
    }
    char afterNext = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
    if (isMark(before) && (after == 's' || after == 'S') && !Character.isLetter(afterNext)) {
      // ‘El Gato’’s first task: the possessive after a closing mark.
      return true;
    }
    // Elisions before a number or a known short form: '90s, 'em, 'til.
    return Character.isWhitespace(before) && (Character.isDigit(after) || startsWithAny(text, i + 1, "em ", "til ", "cause "));
  }

  private static boolean startsWithAny(String text, int from, String... words) {
    for (String word : words) {
      if (text.startsWith(word, from)) {
        return true;
      }
    }
    return false;
  }
}
