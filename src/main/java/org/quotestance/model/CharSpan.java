package org.quotestance.model;

/**
 * A half-open range {@code [begin, end)} of UTF-16 offsets into an article's original text.
 *
 * @param begin first character, inclusive, at least 0
 * @param end one past the last character, at least {@code begin}
 */
public record CharSpan(int begin, int end) {
  public CharSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(int offset) {
    return offset >= begin && offset < end;
  }

  public boolean overlaps(CharSpan other) {
    return begin < other.end && other.begin < end;
  }

  /** The text this span covers in {@code text}. */
  public String of(String text) {
    return text.substring(begin, end);
  }
}
