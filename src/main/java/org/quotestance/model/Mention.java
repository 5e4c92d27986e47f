package org.quotestance.model;

import java.util.Objects;

/**
 * Where a speaker is named in the text: the words and their offsets in the original article;
 * {@code text} is exactly the original characters at {@code span}.
 *
 * @param text the words as written ({@code "Pompeo"}, {@code "he"}, {@code "the statement"})
 * @param span their offsets
 */
public record Mention(String text, CharSpan span) {
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
