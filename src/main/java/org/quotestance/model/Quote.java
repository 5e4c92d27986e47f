package org.quotestance.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One quotation found in an article, with its speaker and stance.
 *
 * @param id unique within the article ({@code q1}, {@code q2} ... in text order)
 * @param text the quoted words without quotation marks; equal to {@code span.of(article.text())}
 * @param span offsets of {@code text} in the original article
 * @param kind direct, partial, indirect or embedded
 * @param speaker who said it
 * @param stance its stance
 * @param context the sentence (or sentences) around the quote, including it
 * @param continues the id of the quote this one continues, when a quotation runs over several
 *     paragraphs (each paragraph is a segment; the first has no link)
 */
public record Quote(
    String id,
    String text,
    CharSpan span,
    QuoteKind kind,
    Speaker speaker,
    Stance stance,
    CharSpan context,
    Optional<String> continues) {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(context, "context");
    continues = continues == null ? Optional.empty() : continues;
  }
}
