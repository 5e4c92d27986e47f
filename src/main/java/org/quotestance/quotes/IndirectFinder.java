package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Speaker;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * Finds reported speech without quotation marks, by part-of-speech patterns over sentences that
 * hold no quote: {@code X said (that) CLAUSE}, {@code CLAUSE, X said}, {@code according to X,
 * CLAUSE}. The reported clause must contain a finite verb, and the speaker must resolve to a named
 * entity; otherwise nothing is reported (precision first).
 */
final class IndirectFinder {
  private static final Set<String> CLASSES = Set.of("speech", "writing", "social", "accusation");
  private static final int MIN_TOKENS = 4;

  private final ArticleContext ctx;
  private final NounPhrases phrases;
  private final Resolver resolver;

  IndirectFinder(ArticleContext ctx) {
    this.ctx = ctx;
    this.phrases = new NounPhrases(ctx);
    this.resolver = new Resolver(ctx);
  }

  List<FoundQuote> find(List<CharSpan> excluded) {
    List<FoundQuote> out = new ArrayList<>();
    for (Sentence s : ctx.parsed.sentences()) {
      if (hasQuote(s) || NonQuotes.insideAny(excluded, s.begin())) {
        continue;
      }
      forward(s).or(() -> trailing(s)).or(() -> according(s)).ifPresent(out::add);
    }
    return out;
  }

  private boolean hasQuote(Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (ctx.inQuote[i]) {
        return true;
      }
    }
    return false;
  }

  /** {@code X said (that) CLAUSE}. */
  private Optional<FoundQuote> forward(Sentence s) {
    for (int v = s.firstToken() + 1; v < s.endToken() - MIN_TOKENS; v++) {
      if (!isReporting(v)) {
        continue;
      }
      NounPhrases.Range np = phrases.leftOf(v);
      int from = v + 1;
      if (ctx.tokens.get(from).text().equalsIgnoreCase("that")) {
        from++;
      }
      int end = trimEnd(s.endToken());
      if (np.isEmpty() || np.from() != firstWord(s) || !startsClause(from, end) || end - from < MIN_TOKENS) {
        continue;
      }
      return quote(np, v, from, end, s, "indirect:said-that");
    }
    return Optional.empty();
  }

  /** {@code CLAUSE, X said.} */
  private Optional<FoundQuote> trailing(Sentence s) {
    int end = trimEnd(s.endToken());
    for (int v = end - 1; v > s.firstToken() + MIN_TOKENS && v >= end - 6; v--) {
      if (!isReporting(v)) {
        continue;
      }
      NounPhrases.Range np = phrases.leftOf(v);
      if (np.isEmpty() || np.from() < 1 || !ctx.tokens.get(np.from() - 1).text().equals(",")) {
        np = phrases.rightOf(v);
        // "CLAUSE, said Delcy Rodríguez (on Tuesday)." ends with the inverted subject; in "Ana
        // Rivas, who lost her seat, said she wept." a verb follows: "she" is no inverted subject.
        boolean closes = !np.isEmpty() && (np.end() >= end || !startsPredicate(ctx.tokens.get(np.end())));
        if (!closes || !ctx.tokens.get(v - 1).text().equals(",")) {
          continue;
        }
      }
      int clauseEnd = Math.min(np.from(), v) - 1;
      if (!hasFiniteVerb(s.firstToken(), clauseEnd) || clauseEnd - s.firstToken() < MIN_TOKENS) {
        continue;
      }
      return quote(np, v, s.firstToken(), clauseEnd, s, "indirect:clause-said");
    }
    return Optional.empty();
  }

  /** {@code According to X, CLAUSE} or {@code CLAUSE, according to X}. */
  private Optional<FoundQuote> according(Sentence s) {
    for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
      if (!ctx.tokens.get(i).text().equalsIgnoreCase("according") || !ctx.tokens.get(i + 1).text().equalsIgnoreCase("to")) {
        continue;
      }
      NounPhrases.Range np = phrases.after(i + 1);
      if (np.isEmpty()) {
        return Optional.empty();
      }
      int from;
      int end;
      if (i == s.firstToken()) {
        from = np.end() < s.endToken() && ctx.tokens.get(np.end()).text().equals(",") ? np.end() + 1 : np.end();
        end = trimEnd(s.endToken());
      } else {
        from = s.firstToken();
        end = i > 0 && ctx.tokens.get(i - 1).text().equals(",") ? i - 1 : i;
      }
      if (end - from < MIN_TOKENS || !hasFiniteVerb(from, end)) {
        return Optional.empty();
      }
      return quote(np, i, from, end, s, "indirect:according-to");
    }
    return Optional.empty();
  }

  private Optional<FoundQuote> quote(NounPhrases.Range np, int verb, int from, int end, Sentence s, String method) {
    Optional<Who> who = resolver.resolve(np);
    if (who.isEmpty() || who.get().how().equals("description") || who.get().how().equals("document")) {
      return Optional.empty();
    }
    Speaker speaker = who.get().toSpeaker(method, ctx.tokens.get(verb).lemma().toLowerCase());
    CharSpan span = new CharSpan(ctx.tokens.get(from).begin(), ctx.tokens.get(end - 1).end());
    return Optional.of(new FoundQuote(span, QuoteKind.INDIRECT, speaker, new CharSpan(s.begin(), s.end()), -1));
  }

  private boolean isReporting(int v) {
    Token t = ctx.tokens.get(v);
    return t.pos().matches("VBD|VBZ|VBP") && ctx.verbs.classOf(t.lemma()).map(CLASSES::contains).orElse(false);
  }

  private int firstWord(Sentence s) {
    int i = s.firstToken();
    while (i < s.endToken() && !ctx.tokens.get(i).isNoun() && !NounPhrases.isPronounLike(ctx.tokens.get(i))
        && !ctx.tokens.get(i).pos().equals("DT") && !ctx.tokens.get(i).pos().startsWith("JJ")) {
      i++;
    }
    return i;
  }

  /** Whether {@code [from, end)} opens with a subject and a finite verb: a reported clause. */
  private boolean startsClause(int from, int end) {
    for (int i = from; i < end && i < from + 9; i++) {
      Token t = ctx.tokens.get(i);
      if (t.isFiniteVerb()) {
        return i > from;
      }
      boolean nominal = t.isNoun() || t.pos().matches("DT|JJ.?|PRP\\$?|CD|POS|HYPH|NNPS?") || t.text().equals("'s");
      if (!nominal || t.text().matches("(?i)himself|herself|itself|themselves")) {
        return false;
      }
    }
    return false;
  }

  private boolean hasFiniteVerb(int from, int end) {
    for (int i = from; i < end; i++) {
      if (ctx.tokens.get(i).isFiniteVerb()) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsPredicate(Token t) {
    return t.isVerb() || t.pos().equals("MD");
  }

  private int trimEnd(int end) {
    while (end > 0 && ctx.tokens.get(end - 1).pos().matches("[.,:]|``|''")) {
      end--;
    }
    return end;
  }
}
