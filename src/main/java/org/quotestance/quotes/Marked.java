package org.quotestance.quotes;

import org.quotestance.model.CharSpan;

/**
 * A stretch of text between quotation marks, before attribution.
 *
 * @param span the quoted words, without marks, trimmed of white space
 * @param open offset of the opening mark
 * @param close offset of the closing mark, or -1 when the paragraph ends unclosed
 * @param continues index (among the found quotes) of the paragraph segment this one continues, or -1
 * @param single whether single quotation marks delimit it
 */
public record Marked(CharSpan span, int open, int close, int continues, boolean single) {
  public boolean unclosed() {
    return close < 0;
  }
}
