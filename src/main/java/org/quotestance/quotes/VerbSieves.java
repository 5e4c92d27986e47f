package org.quotestance.quotes;

import java.util.Optional;
import org.quotestance.model.Speaker;
import org.quotestance.nlp.Sentence;

/**
 * The reporting-verb sieves of {@link Attributor}: a colon right before the quote ({@code
 * colon}), a reporting verb before it ({@code verb-before}, a verb in the past tense first) and a
 * reporting verb after it ({@code verb-after}). Each takes a token index into the article context
 * and the one sentence to search (the quote's own; for {@link IntroSieves}, the sentence before),
 * and returns the speaker that {@link VerbSubjects} finds as the verb's subject, or empty.
 */
final class VerbSieves {
  /** A colon or a dash that introduces a quote: {@code X was more cynical - "…"}. */
  private static final java.util.Set<String> INTRODUCERS = java.util.Set.of(":", "-", "--", "\u2013", "\u2014");

  private final ArticleContext ctx;
  private final VerbSubjects subjects;

  VerbSieves(ArticleContext ctx, VerbSubjects subjects) {
    this.ctx = ctx;
    this.subjects = subjects;
  }

  /**
   * A colon or dash right before the quote in its own sentence, with no reporting verb ({@code
   * Luis Almagro was quicker still: "…"}, {@code X was more cynical — "…"}): the sentence's subject.
   */
  Optional<Speaker> colonBefore(int openToken, Sentence sentence) {
    int before = openToken - 1;
    if (before <= sentence.firstToken() || !INTRODUCERS.contains(ctx.tokens.get(before).text())) {
      return Optional.empty();
    }
    for (int v = before - 1; v >= sentence.firstToken(); v--) {
      if (ctx.isReportingVerb(v)) {
        return Optional.empty();
      }
    }
    return subjects.mainSubject(before, "colon");
  }

  /** A reporting verb in the past tense before the quote: the speaker has spoken. */
  Optional<Speaker> pastVerbBefore(int openToken, Sentence sentence) {
    for (int v = openToken - 1; v >= sentence.firstToken(); v--) {
      if (ctx.isReportingVerb(v)) {
        return ctx.tokens.get(v).pos().equals("VBD")
            ? subjects.subjectOf(v, "verb-before")
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The nearest reporting verb before the quote, in the same sentence. */
  Optional<Speaker> verbBefore(int openToken, Sentence sentence) {
    for (int v = openToken - 1; v >= sentence.firstToken(); v--) {
      if (ctx.isReportingVerb(v)) {
        Optional<Speaker> s = subjects.subjectOf(v, "verb-before");
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return Optional.empty();
  }

  Optional<Speaker> verbAfter(int from, Sentence sentence) {
    for (int v = from; v < sentence.endToken(); v++) {
      if (ctx.isReportingVerb(v)) {
        Optional<Speaker> s = subjects.subjectOf(v, "verb-after");
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return Optional.empty();
  }
}
