package org.quotestance.quotes;

import java.util.Locale;
import java.util.Set;
import org.quotestance.nlp.Token;

/**
 * Phrases that open a sentence before its subject, for {@link Resolver#isSubject}: the names inside
 * them are not the subject ({@code Asked about Mr. Guaido, Mr. Quevedo was dismissive}, {@code In a
 * letter to Theresa May, Mr Guaido urged}), and their verbs are not the main clause's ({@code In a
 * speech that ran two hours, the former bus driver said}). Each phrase ends at a comma before any
 * finite verb of the main clause.
 */
final class OpeningPhrases {
  /** How far into a sentence the comma closing an opening prepositional phrase may come. */
  private static final int MAX_OPENING_PHRASE = 20;
  /** What an opening {@code In a letter to X,} is: X is whom it was sent to, not its writer. */
  private static final Set<String> MESSAGES = Set.of("letter", "message", "statement", "interview", "speech",
      "address", "call", "note", "post", "tweet", "video", "broadcast", "conversation", "appeal");

  /** Words that open a relative clause inside an opening phrase, after its comma. */
  private static final Set<String> RELATIVES = Set.of("where", "which", "whose", "when");

  private final ArticleContext ctx;

  OpeningPhrases(ArticleContext ctx) {
    this.ctx = ctx;
  }

  /** Whether mention {@code m} is inside a phrase that opens its sentence at token {@code first}. */
  boolean holds(EntityMention m, int first) {
    return !m.pronoun() && !ctx.inQuote[first] && (inPrepositional(m, first) || inParticipial(m, first));
  }

  /**
   * Where the main clause can start, for a subject at {@code limit}: after the comma that closes a
   * sentence's opening prepositional phrase ({@code In a speech that ran close to two hours, the
   * former bus driver said}, {@code In a letter addressed to X, he said}: their verbs describe the
   * speech or the letter), else the sentence's first token. Not when the phrase holds the main
   * verb ({@code Among them is Daniela Ferrer, a nurse}).
   */
  int mainClauseFrom(int first, int limit) {
    return mainClauseFrom(first, limit, false);
  }

  /**
   * As {@link #mainClauseFrom(int, int)}, but with {@code commonNounsOnly} a verb after a name or a
   * pronoun ends the search: {@code On Friday Guaidó stood beside Duque and was defiant:} has no
   * comma after its opening, and {@code Guaidó stood} is the main clause.
   */
  int mainClauseFrom(int first, int limit, boolean commonNounsOnly) {
    if (!ctx.tokens.get(first).pos().equals("IN") || ctx.inQuote[first]) {
      return first;
    }
    boolean relative = false;
    for (int i = first + 1; i < limit && i < first + MAX_OPENING_PHRASE; i++) {
      Token t = ctx.tokens.get(i);
      if (ctx.inQuote[i]) {
        return first;
      }
      if (t.text().equals(",") && !(i + 1 < limit && RELATIVES.contains(ctx.tokens.get(i + 1).text().toLowerCase(Locale.ROOT)))) {
        return i + 1;
      }
      // "At the soup kitchen in La Parada, where volunteers serve lunch, Father Gélvez was": the
      // relative clause belongs to the opening phrase
      relative |= t.pos().startsWith("W") || t.text().equalsIgnoreCase("that");
      Token before = ctx.tokens.get(i - 1);
      if (t.isFiniteVerb() && !relative && !(commonNounsOnly ? before.pos().matches("NNS?") : before.isNoun())) {
        return first;
      }
    }
    return first;
  }

  /**
   * {@code Asked about Mr. Guaido, Mr. Quevedo was dismissive}, {@code Responding to Pompeo,
   * Arreaza said}: a sentence that opens with a participle has its subject after the comma that
   * closes the phrase; a name inside it, joined to what comes before, is not the subject.
   */
  private boolean inParticipial(EntityMention m, int first) {
    if (!ctx.tokens.get(first).pos().matches("VBN|VBG")) {
      return false;
    }
    for (int i = first + 1; i < m.first(); i++) {
      Token t = ctx.tokens.get(i);
      if (ctx.inQuote[i] || t.isFiniteVerb() || t.text().equals(",")) {
        return false;
      }
    }
    return joined(m) && commaBeforeVerb(m);
  }

  /**
   * {@code In a letter sent to López Obrador before the meeting, Guaidó asked}, {@code After
   * meeting Pompeo, Guaidó said}: a name right after a participle or its preposition inside a
   * sentence's opening prepositional phrase, closed by a comma before any verb, is not its
   * subject; nor is a name after {@code to} or {@code with} in an opening {@code In a letter to
   * …,} or {@code In an interview with …,} (see {@link #MESSAGES}). {@code For Tom Keane, a
   * priest, the week brought worry} keeps Tom Keane (no participle), and so do {@code During a
   * televised address Maduro, who …, said} (the participle modifies a noun) and {@code In an
   * interview with CNN Maduro, who …, said} (the name is not joined to the object).
   */
  private boolean inPrepositional(EntityMention m, int first) {
    if (!ctx.tokens.get(first).pos().equals("IN")) {
      return false;
    }
    boolean participle = false;
    boolean message = false;
    boolean addressee = false;
    for (int i = first + 1; i < m.first(); i++) {
      Token t = ctx.tokens.get(i);
      if (t.text().equals(",") || ctx.inQuote[i]) {
        return false;
      }
      participle |= t.pos().equals("VBN") || t.pos().equals("VBG");
      addressee |= message && t.text().matches("(?i)to|with");
      message |= MESSAGES.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
    Token before = m.first() > 0 ? ctx.tokens.get(m.first() - 1) : null;
    boolean objectOfParticiple = before != null
        && before.pos().matches("IN|TO|VBN|VBG|CC"); // "sent to López Obrador and Vázquez"
    // "In a letter to Theresa May and Bank of England governor Mark Carney, Mr Guaido urged"
    boolean ofMessage = addressee && joined(m);
    return (participle && objectOfParticiple || ofMessage) && commaBeforeVerb(m);
  }

  /**
   * Whether the mention belongs to the phrase rather than starting the main clause without a
   * comma: not right after another name or a plural noun ({@code with CNN Maduro, who …, said},
   * {@code to reporters Maduro}). A title ({@code about Mr. Guaido}, {@code to Prime Minister Pedro
   * Sánchez}) is no name.
   */
  private boolean joined(EntityMention m) {
    Token before = ctx.tokens.get(m.first() - 1);
    boolean title = before.text().endsWith(".")
        || RoleNouns.OFFICE_TITLES.contains(before.text().toLowerCase(Locale.ROOT));
    boolean name = before.pos().startsWith("NNP") && !title;
    return !name && !before.pos().equals("NNS");
  }

  /** Whether a comma follows the mention before any finite verb, closing the opening phrase. */
  private boolean commaBeforeVerb(EntityMention m) {
    int end = ctx.parsed.sentences().get(m.sentence()).endToken();
    for (int i = m.end(); i < end && !ctx.inQuote[i]; i++) {
      Token t = ctx.tokens.get(i);
      if (t.text().equals(",")) {
        return true;
      }
      if (t.isFiniteVerb()) {
        return false;
      }
    }
    return false;
  }
}
