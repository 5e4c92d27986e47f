package org.quotestance.quotes;

import java.util.Locale;
import java.util.Optional;
import org.quotestance.model.Speaker;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * The reporting-verb sieves of {@link Attributor}: a colon or dash right before the quote ({@code
 * colon}), a reporting verb before it ({@code verb-before}, a verb in the past tense first) and a
 * reporting verb after it ({@code verb-after}). Each takes a token index into the article context
 * and the one sentence to search (the quote's own; for {@link IntroSieves}, the sentence before),
 * and returns the speaker that {@link VerbSubjects} finds as the verb's subject, or empty.
 */
final class VerbSieves {
  private final ArticleContext ctx;
  private final VerbSubjects subjects;

  VerbSieves(ArticleContext ctx, VerbSubjects subjects) {
    this.ctx = ctx;
    this.subjects = subjects;
  }

  /**
   * A colon or spaced dash right before the quote in its own sentence, with no reporting verb
   * before it ({@code Luis Almagro was quicker still: "…"}, {@code X was more cynical — "…"}; after
   * a dash, none after it either): the sentence's subject.
   */
  Optional<Speaker> colonBefore(int openToken, Sentence sentence) {
    int before = openToken - 1;
    if (before <= sentence.firstToken() || !ctx.isIntroducer(before) || reportingVerbBefore(before, sentence)) {
      return Optional.empty();
    }
    if (!ctx.tokens.get(before).text().equals(":") && attributedAfter(openToken, sentence)) {
      return Optional.empty(); // "X met them — "a productive meeting," according to Y"
    }
    return subjects.mainSubject(before, "colon");
  }

  /**
   * Whether a reporting verb comes before token {@code i} in its sentence, not counting a participle
   * that opens the sentence ({@code Asked when he would move in, Vecchio was cagey: "…"}): the
   * question was put to the subject, who answers after the colon.
   */
  private boolean reportingVerbBefore(int i, Sentence sentence) {
    int first = sentence.firstToken();
    int from = ctx.afterOpeningParticiple(sentence, i) > first ? first + 1 : first;
    for (int v = i - 1; v >= from; v--) {
      if (ctx.isReportingVerb(v) && !questionInserted(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Elliott Abrams, asked about the talks, was dismissive: "…"}: a question participle set
   * off by commas after the subject, whose answer follows the colon.
   */
  private boolean questionInserted(int v) {
    return v > 0 && ctx.tokens.get(v - 1).text().equals(",")
        && ctx.tokens.get(v).lemma().toLowerCase(Locale.ROOT).matches("ask|question|press");
  }

  /** Whether a reporting verb or {@code according to} follows the quote in its sentence. */
  private boolean attributedAfter(int openToken, Sentence sentence) {
    for (int i = openToken; i < sentence.endToken(); i++) {
      if (!ctx.inQuote[i] && (ctx.isReportingVerb(i) || ctx.tokens.get(i).text().equalsIgnoreCase("according"))) {
        return true;
      }
    }
    return false;
  }

  /** A reporting verb in the past tense before the quote: the speaker has spoken (see {@link #stopBefore}). */
  Optional<Speaker> pastVerbBefore(int openToken, Sentence sentence) {
    boolean stop = stopBefore(openToken, sentence);
    for (int v = openToken - 1; v >= sentence.firstToken(); v--) {
      if (!stop && accordingTo(v, openToken)) {
        return Optional.empty(); // "a step that, according to Arreaza, opens '…'": Arreaza's, not the step announcer's
      }
      if (ctx.isReportingVerb(v) && !(stop && inRelativeClause(v)) && !continuesElsewhere(v, openToken)
          && !describesDocument(v, sentence)) {
        return ctx.tokens.get(v).pos().equals("VBD")
            ? subjects.subjectOf(v, "verb-before")
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a full stop right before the opening mark ends the sentence, though CoreNLP did not
   * split there. Then the sentence before the quote attributes the quote before it, and a quote
   * after it continues with that speaker ({@code "A," said X, who now advises NGOs. "B."} is X's):
   * a verb of the relative clause there ({@code advises}) does not speak.
   */
  private boolean stopBefore(int openToken, Sentence sentence) {
    return openToken - 1 > sentence.firstToken() && ctx.tokens.get(openToken - 1).text().matches("[.!?]");
  }

  /**
   * Whether {@code who}, {@code which} or {@code that} opens the verb's clause and the verb reports
   * no words of its own ({@code who now advises NGOs}, {@code who asked not to be named}; not
   * {@code who said she had not eaten}).
   */
  private boolean inRelativeClause(int v) {
    int i = v - 1;
    while (i > 0 && ctx.tokens.get(i).pos().startsWith("RB")) {
      i--;
    }
    boolean relative = i >= 0 && ctx.tokens.get(i).text().toLowerCase(Locale.ROOT).matches("who|which|that");
    boolean clause = v + 1 < ctx.tokens.size() && ctx.tokens.get(v + 1).text().toLowerCase(Locale.ROOT).matches("that|he|she|they|it|we|i");
    return relative && !clause;
  }

  /** The nearest reporting verb before the quote, in the same sentence (see {@link #stopBefore}). */
  Optional<Speaker> verbBefore(int openToken, Sentence sentence) {
    boolean stop = stopBefore(openToken, sentence);
    for (int v = openToken - 1; v >= sentence.firstToken(); v--) {
      if (ctx.isReportingVerb(v) && !describesDocument(v, sentence) && !(stop && inRelativeClause(v))) {
        Optional<Speaker> s = subjects.subjectOf(v, "verb-before");
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether token {@code v} opens {@code according to} and a name, in the quote's own clause: at
   * most one finite verb between the name and the quote ({@code a step that, according to Arreaza,
   * opens "…"}; not {@code Maduro said the blackout, which according to Jorge Rodríguez was caused
   * by a cyberattack, was "an act of war"}, nor {@code according to his team}, a description).
   */
  private boolean accordingTo(int v, int openToken) {
    if (v + 2 >= openToken || !ctx.opensAccordingTo(v)) {
      return false;
    }
    EntityMention name = null;
    for (int i = v + 2; i < openToken && i < v + 6 && name == null && !ctx.tokens.get(i).text().equals(","); i++) {
      EntityMention m = ctx.mentionAt(i); // "according to Foreign Minister Jorge Arreaza"
      name = m != null && !m.pronoun() && m.first() == i ? m : null;
    }
    if (name == null) {
      return false;
    }
    int finite = 0;
    for (int i = name.end(); i < openToken; i++) {
      if (!ctx.inQuote[i] && ctx.tokens.get(i).isFiniteVerb()) {
        finite++;
      }
    }
    return finite <= 1;
  }

  /**
   * {@code continue} introduces words only right before them ({@code he continued: "…"}); with
   * other words between, a non-finite or relative-clause {@code continue} is an event in someone's
   * reported clause: {@code announced that the exercises would continue until the end of the month
   * "to protect the border"}, {@code warned that companies that continue to do business "are …"}.
   */
  private boolean continuesElsewhere(int v, int openToken) {
    Token verb = ctx.tokens.get(v);
    if (!verb.lemma().equalsIgnoreCase("continue") || !(verb.pos().matches("VB|VBG|VBN") || inRelativeClause(v))) {
      return false; // "Arreaza continued his address to the council: '…'" is Arreaza speaking on
    }
    for (int i = v + 1; i < openToken; i++) {
      if (Character.isLetterOrDigit(ctx.tokens.get(i).text().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A participle that only describes the document before it, after a finite reporting verb: in
   * {@code X said in a statement issued in Geneva that …} the speaker is the subject of {@code
   * said}, not the statement.
   */
  private boolean describesDocument(int v, Sentence sentence) {
    if (v < 1 || !RoleNouns.DOC_NOUNS.contains(ctx.tokens.get(v - 1).text().toLowerCase())) {
      return false;
    }
    String pos = ctx.tokens.get(v).pos();
    // "said in a video posted on Twitter that": a participle often tagged as a past tense; not "said
    // the statement claimed", whose verb is the clause's own
    if (!pos.equals("VBN") && !(pos.equals("VBD") && afterPreposition(v - 1, sentence))) {
      return false;
    }
    for (int u = v - 2; u >= sentence.firstToken(); u--) {
      if (ctx.isReportingVerb(u) && ctx.tokens.get(u).pos().matches("VBD|VBZ|VBP")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun at {@code noun} ends a phrase after a preposition ({@code in a short video}). */
  private boolean afterPreposition(int noun, Sentence sentence) {
    for (int i = noun - 1; i >= sentence.firstToken() && i >= noun - 4; i--) {
      String pos = ctx.tokens.get(i).pos();
      if (pos.equals("IN")) {
        // "in a video", not "that" or "as", which open a clause
        return ctx.tokens.get(i).text().toLowerCase(Locale.ROOT).matches("in|on|via|through|during|from");
      }
      if (!pos.matches("DT|JJ|PRP\\$|CD|NNP?")) {
        return false;
      }
    }
    return false;
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
