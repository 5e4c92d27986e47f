package org.quotestance.quotes;

import java.util.Locale;
import java.util.Set;
import org.quotestance.nlp.Token;

/**
 * A caption before a colon that names who speaks without a verb of its own: {@code • Guaidó, on
 * Twitter:}, {@code Maduro, in a televised address from Caracas:}, {@code Jorge Rodríguez, the lead
 * negotiator, announcing that Caracas would stay away:}. It opens with a name and a comma, and no
 * finite verb comes before the colon except inside a clause its participle introduces ({@code
 * announcing that …}, {@code asked whether …}): not {@code Maduro, who spoke for two hours, said:}
 * or {@code Venezuela, where inflation topped a million per cent, has a new slogan:}. Static.
 */
final class Captions {
  private static final Set<String> BULLETS = Set.of("•", "*", "-", "–", "—", "·", "»", "›");
  /** Words that open a participle's object clause ({@code announcing that …}); not relatives ({@code who}). */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "why", "what");

  private Captions() {}

  /** The name that opens the caption running from token {@code from} to the colon at {@code colon}, or null. */
  static EntityMention speaker(ArticleContext ctx, int from, int colon) {
    while (from < colon && BULLETS.contains(ctx.tokens.get(from).text())) {
      from++;
    }
    EntityMention m = ctx.mentionAt(from);
    if (m == null || m.pronoun() || m.first() != from || m.end() >= colon) {
      return null;
    }
    int comma = m.end();
    if (ctx.tokens.get(comma).pos().equals("RB")) {
      comma++; // "Bolton again, asked in Lima whether …:"
    }
    if (comma >= colon || !ctx.tokens.get(comma).text().equals(",")) {
      return null;
    }
    for (int i = comma + 1; i < colon; i++) {
      Token t = ctx.tokens.get(i);
      if (ctx.inQuote[i]) {
        return null;
      }
      if (CLAUSE_OPENERS.contains(t.text().toLowerCase(Locale.ROOT))) {
        return m;
      }
      // "Bolton again, asked in Lima whether …": a participle the tagger read as a past tense; not
      // "Guaidó, however, was blunt"
      boolean participle = t.pos().equals("VBD") && ctx.tokens.get(i - 1).text().equals(",")
          && !t.lemma().toLowerCase(Locale.ROOT).matches("be|have|do");
      if (t.isFiniteVerb() && !participle) {
        return null; // "Maduro, who …, said:", "Guaidó, however, was blunt:"
      }
    }
    return m;
  }
}
