package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Speaker;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * Attributes each quote to a speaker with sieves for news, most precise first. The sieve that
 * decided is recorded in {@link Speaker#method()} as {@code sieve:how}, e.g. {@code
 * adjacent-after:pronoun}.
 *
 * <ol>
 *   <li>{@code multi-paragraph}: a paragraph that reopens an unclosed quote keeps its speaker;
 *   <li>{@code according-to}: {@code according to X} in the quote's sentence;
 *   <li>{@code adjacent-after}: {@code "…," X said} / {@code "…," said X};
 *   <li>{@code verb-before}: the nearest reporting verb before the quote in its sentence ({@code X
 *       said: "…"}, {@code X called him a "…"}), climbing out of reported clauses;
 *   <li>{@code verb-after}: a reporting verb later in the sentence;
 *   <li>{@code same-paragraph}: an earlier quote of the paragraph;
 *   <li>{@code colon-intro}: the previous sentence ends with a colon and names the speaker;
 *   <li>{@code continuation}: a paragraph that opens with a quote continues the previous paragraph's speaker.
 * </ol>
 *
 * An orphan quote with none of these stays unknown.
 */
final class Attributor {
  private static final Set<String> SKIPPABLE = Set.of(",", ".", "!", "?", "—", "–", "-", "…", "'", "\"", "''", "``");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "today", "yesterday", "tonight");

  private final ArticleContext ctx;
  private final NounPhrases phrases;
  private final Resolver resolver;
  private List<Speaker> done = List.of();

  Attributor(ArticleContext ctx) {
    this.ctx = ctx;
    this.phrases = new NounPhrases(ctx);
    this.resolver = new Resolver(ctx);
  }

  /** Speakers for every quote of the context, in order. */
  List<Speaker> attributeAll() {
    List<Speaker> out = new ArrayList<>();
    done = out;
    for (int k = 0; k < ctx.quotes.size(); k++) {
      out.add(attribute(k, out));
    }
    return out;
  }

  private Speaker attribute(int k, List<Speaker> done) {
    Marked q = ctx.quotes.get(k);
    if (q.continues() >= 0 && q.continues() < done.size()) {
      Speaker head = done.get(q.continues());
      return new Speaker(head.name(), head.type(), head.camp(), head.role(), head.mention(),
          "multi-paragraph", head.verb());
    }
    int openToken = ctx.parsed.tokenAt(q.open());
    int closeEnd = q.close() >= 0 ? q.close() + 1 : q.span().end();
    int afterToken = ctx.parsed.tokenAt(closeEnd);
    if (openToken >= ctx.tokens.size()) {
      return Speaker.unknown("none");
    }
    Sentence first = ctx.sentenceOf(openToken);
    Sentence last = ctx.sentenceOf(Math.max(openToken, Math.min(afterToken, ctx.tokens.size()) - 1));
    Optional<Speaker> found = accordingTo(first, last)
        .or(() -> adjacentAfter(afterToken, followingSentence(afterToken, last)))
        .or(() -> verbBefore(openToken, first))
        .or(() -> verbAfter(afterToken, last))
        .or(() -> samePargraph(k, done))
        .or(() -> colonIntro(first))
        .or(() -> continuation(k, done));
    return found.orElse(Speaker.unknown("none"));
  }

  /**
   * The sentence holding the first token after the closing mark: CoreNLP ends a sentence at {@code ?”},
   * so {@code “…?” he said} puts the attribution in the next sentence of the same paragraph.
   */
  private Sentence followingSentence(int afterToken, Sentence last) {
    if (afterToken >= ctx.tokens.size()) {
      return last;
    }
    Sentence next = ctx.sentenceOf(afterToken);
    boolean sameParagraph = ctx.paragraphOf(next.begin()) == ctx.paragraphOf(last.begin());
    return sameParagraph ? next : last;
  }

  private Optional<Speaker> accordingTo(Sentence first, Sentence last) {
    for (int i = first.firstToken(); i + 1 < last.endToken(); i++) {
      if (!ctx.inQuote[i] && ctx.tokens.get(i).text().equalsIgnoreCase("according")
          && ctx.tokens.get(i + 1).text().equalsIgnoreCase("to")) {
        Optional<Who> who = resolver.resolve(phrases.after(i + 1));
        if (who.isPresent()) {
          return Optional.of(who.get().toSpeaker("according-to", "according to"));
        }
      }
    }
    return Optional.empty();
  }

  /** {@code "…," X said} or {@code "…," said X}, right after the closing mark. */
  private Optional<Speaker> adjacentAfter(int from, Sentence sentence) {
    int i = from;
    while (i < sentence.endToken() && !ctx.inQuote[i] && SKIPPABLE.contains(ctx.tokens.get(i).text())) {
      i++;
    }
    if (i >= sentence.endToken() || ctx.inQuote[i]) {
      return Optional.empty();
    }
    if (ctx.isReportingVerb(i)) {
      return speakerOf(phrases.rightOf(i), i, "adjacent-after");
    }
    for (int v = i + 1; v < sentence.endToken() && v <= i + 12 && !ctx.inQuote[v]; v++) {
      if (ctx.isReportingVerb(v)) {
        NounPhrases.Range np = phrases.leftOf(v);
        if (!np.isEmpty() && np.from() <= i + 1) {
          return speakerOf(np, v, "adjacent-after");
        }
        return Optional.empty();
      }
      String w = ctx.tokens.get(v).text();
      if (w.equals(".") || w.equals(";")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The nearest reporting verb before the quote, in the same sentence. */
  private Optional<Speaker> verbBefore(int openToken, Sentence sentence) {
    for (int v = openToken - 1; v >= sentence.firstToken(); v--) {
      if (ctx.isReportingVerb(v)) {
        Optional<Speaker> s = subjectOf(v, "verb-before");
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Speaker> verbAfter(int from, Sentence sentence) {
    for (int v = from; v < sentence.endToken(); v++) {
      if (ctx.isReportingVerb(v)) {
        Optional<Speaker> s = subjectOf(v, "verb-after");
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return Optional.empty();
  }

  /** The subject of reporting verb {@code v}, climbing from a reported clause to the verb that reports it. */
  private Optional<Speaker> subjectOf(int v, String sieve) {
    Token verb = ctx.tokens.get(v);
    NounPhrases.Range np = phrases.leftOf(v);
    boolean participle = verb.pos().equals("VBG") || (v > 0 && ctx.tokens.get(v - 1).pos().equals("TO"));
    if (participle || np.isEmpty() || !isSubjectPosition(np)) {
      Optional<Speaker> main = governingSubject(v, sieve).or(() -> mainSubject(v, sieve));
      if (main.isPresent() || participle) {
        return main;
      }
      return speakerOf(phrases.rightOf(v), v, sieve);
    }
    int before = np.from() - 1;
    if (before >= 0 && ctx.tokens.get(before).text().equalsIgnoreCase("that")) {
      before--;
    }
    if (before >= 0 && ctx.isReportingVerb(before) && ctx.tokens.get(before).sentence() == verb.sentence()) {
      return subjectOf(before, sieve);
    }
    return speakerOf(np, v, sieve);
  }

  /** Whether a phrase can be a subject: not the object of a preposition or a verb. */
  private boolean isSubjectPosition(NounPhrases.Range np) {
    int before = np.from() - 1;
    if (before < ctx.sentenceOf(np.from()).firstToken()) {
      return true;
    }
    Token t = ctx.tokens.get(before);
    // After a preposition the phrase may still head a clause ("after Trump branded"); only the
    // object of a verb or of "to" is ruled out.
    return !(t.pos().equals("TO") || t.isVerb());
  }

  /**
   * For a participle or infinitive ({@code X issued a warning, telling CNN}, {@code X called on
   * them to consider}), the subject of the nearest finite verb before it.
   */
  private Optional<Speaker> governingSubject(int v, String sieve) {
    Sentence s = ctx.sentenceOf(v);
    for (int i = v - 1; i >= s.firstToken(); i--) {
      Token t = ctx.tokens.get(i);
      if (ctx.inQuote[i] || !t.pos().matches("VBD|VBZ|VBP")) {
        continue;
      }
      NounPhrases.Range np = phrases.leftOf(i);
      boolean relativeClause = !np.isEmpty() && ctx.tokens.get(np.from()).pos().startsWith("W");
      if (!np.isEmpty() && !relativeClause && isSubjectPosition(np)) {
        return speakerOf(np, v, sieve + ":governing");
      }
    }
    return Optional.empty();
  }

  /** The subject of the sentence's first finite verb, for {@code X did this, saying "…"}. */
  private Optional<Speaker> mainSubject(int v, String sieve) {
    Sentence s = ctx.sentenceOf(v);
    for (int i = s.firstToken(); i < v; i++) {
      Token t = ctx.tokens.get(i);
      if (!ctx.inQuote[i] && t.pos().matches("VBD|VBZ|VBP|MD")) {
        NounPhrases.Range np = phrases.leftOf(i);
        if (!np.isEmpty() && isSubjectPosition(np)) {
          return speakerOf(np, v, sieve + ":main-clause");
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Speaker> speakerOf(NounPhrases.Range np, int verbIndex, String sieve) {
    Optional<Who> who = resolver.resolve(trimTime(np));
    String verb = ctx.tokens.get(verbIndex).lemma().toLowerCase();
    if (who.isPresent() && who.get().how().equals("document") && !done.isEmpty()
        && done.get(done.size() - 1).isKnown()) {
      // "the statement reads": the statement of the last speaker.
      return Optional.of(inherit(done.get(done.size() - 1), sieve + ":document"));
    }
    return who.map(w -> w.toSpeaker(sieve, verb));
  }

  /** Drops leading day and month names: {@code On Sunday Brazil responded}. */
  private NounPhrases.Range trimTime(NounPhrases.Range np) {
    int from = np.from();
    while (from < np.end() - 1 && TIME_WORDS.contains(ctx.tokens.get(from).text().toLowerCase())) {
      from++;
    }
    return new NounPhrases.Range(from, np.end());
  }

  private Optional<Speaker> samePargraph(int k, List<Speaker> done) {
    if (k == 0) {
      return Optional.empty();
    }
    Marked q = ctx.quotes.get(k);
    Marked prev = ctx.quotes.get(k - 1);
    Speaker s = done.get(k - 1);
    if (s.isKnown() && ctx.paragraphOf(prev.open()) == ctx.paragraphOf(q.open())) {
      return Optional.of(inherit(s, "same-paragraph"));
    }
    return Optional.empty();
  }

  /** The previous sentence ends with a colon: {@code In a statement, the ministry said:}. */
  private Optional<Speaker> colonIntro(Sentence sentence) {
    if (sentence.index() == 0) {
      return Optional.empty();
    }
    Sentence prev = ctx.parsed.sentences().get(sentence.index() - 1);
    Token end = ctx.tokens.get(prev.endToken() - 1);
    if (!end.text().equals(":")) {
      return Optional.empty();
    }
    Optional<Speaker> byVerb = verbBefore(prev.endToken() - 1, prev);
    if (byVerb.isPresent()) {
      return byVerb.map(s -> inherit(s, "colon-intro"));
    }
    for (int i = prev.endToken() - 1; i >= prev.firstToken(); i--) {
      EntityMention m = ctx.mentionAt(i);
      if (m != null && !m.pronoun()) {
        return Optional.of(resolver.named(m, null, "name").toSpeaker("colon-intro", ""));
      }
    }
    return Optional.empty();
  }

  /** A paragraph that opens with a quote and has no speaker continues the previous paragraph's. */
  private Optional<Speaker> continuation(int k, List<Speaker> done) {
    Marked q = ctx.quotes.get(k);
    int para = ctx.paragraphOf(q.open());
    if (para <= 0 || ctx.paragraphs.get(para).begin() != q.open() || k == 0) {
      return Optional.empty();
    }
    Marked prev = ctx.quotes.get(k - 1);
    Speaker s = done.get(k - 1);
    CharSpan prevPara = ctx.paragraphs.get(para - 1);
    if (s.isKnown() && prevPara.contains(prev.open())) {
      return Optional.of(inherit(s, "continuation"));
    }
    return Optional.empty();
  }

  private static Speaker inherit(Speaker s, String method) {
    return new Speaker(s.name(), s.type(), s.camp(), s.role(), s.mention(), method, s.verb());
  }
}
