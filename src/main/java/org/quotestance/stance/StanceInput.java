package org.quotestance.stance;

import java.util.Objects;
import org.quotestance.model.CharSpan;
import org.quotestance.model.QuoteKind;

/**
 * What the stance classifier sees of one quotation: its words, the sentence around it, its kind
 * and the speaker's camp. Offsets let evidence point back into the original article.
 *
 * @param text the quoted words
 * @param span offsets of {@code text} in the article (use {@code new CharSpan(0, text.length())}
 *     for a quote outside any article)
 * @param context the sentence(s) around the quote, containing it
 * @param contextSpan offsets of {@code context} in the article
 * @param kind direct, partial, indirect or embedded
 * @param camp the speaker's camp id from the actor registry, or empty when unknown
 */
public record StanceInput(
    String text, CharSpan span, String context, CharSpan contextSpan, QuoteKind kind, String camp) {
  public StanceInput {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(contextSpan, "contextSpan");
    Objects.requireNonNull(kind, "kind");
    camp = camp == null ? "" : camp;
  }

  /** A quote with no article around it: the quote is its own context. */
  public static StanceInput standalone(String text, QuoteKind kind, String camp) {
    CharSpan all = new CharSpan(0, text.length());
    return new StanceInput(text, all, text, all, kind, camp);
  }
}
