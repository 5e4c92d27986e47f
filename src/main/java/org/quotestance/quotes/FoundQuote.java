package org.quotestance.quotes;

import org.quotestance.model.CharSpan;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Speaker;

/**
 * A quotation found and attributed, before stance.
 *
 * @param span the quoted words
 * @param kind direct, partial, indirect or embedded
 * @param speaker who said it
 * @param context the sentence(s) around it
 * @param continues index of the quote (in the same list) whose paragraph this one continues, or -1
 */
public record FoundQuote(CharSpan span, QuoteKind kind, Speaker speaker, CharSpan context, int continues) {}
