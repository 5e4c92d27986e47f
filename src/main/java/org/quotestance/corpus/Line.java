package org.quotestance.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One line of an article, without its line break and surrounding spaces.
 *
 * @param begin offset of the first non-space character
 * @param end offset after the last non-space character ({@code begin} for a blank line)
 * @param plain the line for matching: spaces (including no-break spaces) collapsed, leading bullets
 *     removed; empty for blank and bullet-only lines
 */
record Line(int begin, int end, String plain) {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern BULLETS = Pattern.compile("^(?:[•·▪■◦‣●○►▶*]\\s*)+");

  /** The lines of {@code text}, split at {@code \n} ({@code \r\n} and {@code \r} too). */
  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = start;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      lines.add(of(text, start, end));
      if (end >= length) {
        break;
      }
      boolean crlf = text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n';
      start = end + (crlf ? 2 : 1);
    }
    return lines;
  }

  private static Line of(String text, int start, int end) {
    int begin = start;
    while (begin < end && isSpace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new Line(begin, end, plain(text.substring(begin, end)));
  }

  /** {@code text} with spaces collapsed and leading bullets removed. */
  static String plain(String text) {
    String plain = SPACES.matcher(text).replaceAll(" ").strip();
    return BULLETS.matcher(plain).replaceFirst("").strip();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  boolean blank() {
    return begin == end;
  }

  /** Whether the line holds only bullets. */
  boolean bulletOnly() {
    return !blank() && plain.isEmpty();
  }

  /** The line for comparing repeats: {@link #plain()}, lower case. */
  String key() {
    return plain.toLowerCase(Locale.ROOT);
  }
}
