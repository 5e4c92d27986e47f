package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
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
  /** Verbs of saying that introduce a following quote paragraph (not {@code publish}, {@code deny}...). */
  private static final Set<String> INTRO_VERBS = Set.of("say", "tell", "add", "explain", "argue", "warn", "note",
      "insist", "predict", "contend", "write", "claim", "acknowledge", "conclude", "suggest", "maintain", "recall",
      "describe", "believe", "think", "reply", "answer", "respond", "agree", "complain", "admit", "observe");
  private static final Set<String> SPEECH_NOUNS = Set.of("homily", "sermon", "speech", "address", "remark",
      "eulogy", "lecture", "testimony");
  private static final Set<String> MESSAGE_NOUNS = Set.of("message", "statement", "letter", "tweet", "post", "note", "video");

  private final ArticleContext ctx;
  private final NounPhrases phrases;
  private final Resolver resolver;
  private final VerbSubjects subjects;
  private final VerbSieves verbSieves;
  private final PhraseSieves phraseSieves;

  Attributor(ArticleContext ctx) {
    this.ctx = ctx;
    this.phrases = new NounPhrases(ctx);
    this.resolver = new Resolver(ctx);
    this.subjects = new VerbSubjects(ctx, phrases, resolver);
    this.verbSieves = new VerbSieves(ctx, subjects);
    this.phraseSieves = new PhraseSieves(ctx, phrases, resolver, subjects);
  }

  /** Speakers for every quote of the context, in order. */
  List<Speaker> attributeAll() {
    List<Speaker> out = new ArrayList<>();
    for (int k = 0; k < ctx.quotes.size(); k++) {
      out.add(attribute(k, out));
    }
    backPropagate(out);
    return out;
  }

  private Speaker attribute(int k, List<Speaker> done) {
    Marked q = ctx.quotes.get(k);
    if (q.continues() >= 0 && q.continues() < done.size() && done.get(q.continues()).isKnown()) {
      return done.get(q.continues()).withMethod("multi-paragraph");
    }
    int openToken = ctx.parsed.tokenAt(q.open());
    int closeEnd = q.close() >= 0 ? q.close() + 1 : q.span().end();
    int afterToken = ctx.parsed.tokenAt(closeEnd);
    if (openToken >= ctx.tokens.size()) {
      return Speaker.unknown("none");
    }
    Sentence first = ctx.sentenceOf(openToken);
    Sentence last = ctx.sentenceOf(Math.max(openToken, Math.min(afterToken, ctx.tokens.size()) - 1));
    Sentence following = followingSentence(afterToken, last);
    Optional<Speaker> found = phraseSieves.adjacentAfter(q, afterToken, following)
        .or(() -> phraseSieves.replyFrom(afterToken, last))
        .or(() -> verbSieves.pastVerbBefore(openToken, first))
        .or(() -> verbSieves.colonBefore(openToken, first))
        .or(() -> phraseSieves.accordingTo(first, last))
        .or(() -> verbSieves.verbBefore(openToken, first))
        .or(() -> verbSieves.verbAfter(afterToken, last))
        .or(() -> sameParagraph(k, done))
        .or(() -> colonIntro(first))
        .or(() -> messageBefore(openToken, first))
        .or(() -> continuation(k, done))
        .or(() -> introParagraph(q, first));
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

  private Optional<Speaker> sameParagraph(int k, List<Speaker> done) {
    if (k == 0) {
      return Optional.empty();
    }
    Marked q = ctx.quotes.get(k);
    Marked prev = ctx.quotes.get(k - 1);
    Speaker s = done.get(k - 1);
    if (s.isKnown() && ctx.paragraphOf(prev.open()) == ctx.paragraphOf(q.open())) {
      return Optional.of(s.withMethod("same-paragraph"));
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
    boolean sameParagraph = ctx.paragraphOf(prev.begin()) == ctx.paragraphOf(sentence.begin());
    if (!end.text().equals(":") && !(sameParagraph && announcesMessage(prev))) {
      return Optional.empty();
    }
    Optional<Speaker> byVerb = verbSieves.verbBefore(prev.endToken() - 1, prev)
        .or(() -> subjects.mainSubject(prev.endToken() - 1, "colon-intro"));
    if (byVerb.isPresent()) {
      return byVerb.map(s -> s.withMethod("colon-intro"));
    }
    for (int i = prev.endToken() - 1; i >= prev.firstToken(); i--) {
      EntityMention m = ctx.mentionAt(i);
      if (m != null && !m.pronoun()) {
        return Optional.of(resolver.named(m, null, "name").toSpeaker("colon-intro", ""));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code X sent a voice message to reporters. ”…”}: CoreNLP may keep a sentence that announces a
   * message in the quote's sentence when the opening mark is a reversed one.
   */
  private Optional<Speaker> messageBefore(int openToken, Sentence sentence) {
    int last = openToken - 1;
    if (last <= sentence.firstToken() || !ctx.tokens.get(last).text().equals(".")) {
      return Optional.empty();
    }
    Sentence part = new Sentence(sentence.index(), sentence.begin(), ctx.tokens.get(last).end(), sentence.firstToken(), openToken);
    return announcesMessage(part) ? subjects.mainSubject(last, "message-intro") : Optional.empty();
  }

  /** {@code X sent a voice message to reporters.}: a sentence whose object is a message. */
  private boolean announcesMessage(Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      String w = ctx.tokens.get(i).lemma().toLowerCase();
      if (!ctx.inQuote[i] && MESSAGE_NOUNS.contains(w)) {
        return true;
      }
    }
    return false;
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
      return Optional.of(s.withMethod("continuation"));
    }
    return Optional.empty();
  }

  /**
   * A paragraph that opens with an unattributed quote, after a paragraph that ends in reported
   * speech ({@code X, an analyst at Y, said the reaction was predictable.}): the quote is that
   * speaker's. News writing introduces a long quote this way.
   */
  private Optional<Speaker> introParagraph(Marked q, Sentence sentence) {
    int para = ctx.paragraphOf(q.open());
    if (para <= 0 || ctx.paragraphs.get(para).begin() != q.open() || sentence.index() == 0) {
      return Optional.empty();
    }
    Sentence prev = ctx.parsed.sentences().get(sentence.index() - 1);
    if (ctx.paragraphOf(prev.begin()) != para - 1) {
      return Optional.empty();
    }
    for (int i = prev.firstToken(); i < prev.endToken(); i++) {
      if (ctx.inQuote[i]) {
        return Optional.empty();
      }
    }
    return verbSieves.verbBefore(prev.endToken() - 1, prev)
        .filter(s -> INTRO_VERBS.contains(s.verb()))
        .or(() -> speechIntro(prev))
        .map(s -> s.withMethod("intro-paragraph"));
  }

  /**
   * A sentence about someone's speech ({@code Bishop Ignacio Ferrer devoted his homily to the
   * report.}) before a paragraph that opens with a quote: the person it is about, that is, the last
   * person named before its first verb.
   */
  private Optional<Speaker> speechIntro(Sentence prev) {
    boolean speech = false;
    for (int i = prev.firstToken(); i < prev.endToken(); i++) {
      Token t = ctx.tokens.get(i);
      if (t.isNoun() && SPEECH_NOUNS.contains(t.lemma().toLowerCase())) {
        boolean someoneElses = i >= 2
            && (ctx.tokens.get(i - 1).pos().equals("POS") || ctx.tokens.get(i - 2).pos().equals("POS"));
        if (someoneElses) {
          return Optional.empty(); // "Rubio mocked Maduro's speech."
        }
        speech = true;
      }
    }
    if (!speech) {
      return Optional.empty();
    }
    EntityMention subject = null;
    for (EntityMention m : ctx.mentions) {
      boolean person = m.sentence() == prev.index() && !m.pronoun() && m.type() == SpeakerType.PERSON;
      if (person && resolver.isSubject(m)) {
        subject = m;
      }
    }
    return Optional.ofNullable(subject)
        .map(m -> resolver.named(m, null, "name").toSpeaker("intro-paragraph", "say"));
  }

  /**
   * A quotation over several paragraphs whose speaker is named only after its last segment
   * ({@code “…} / {@code “…,” said X}): the earlier, unknown segments take that speaker.
   */
  private void backPropagate(List<Speaker> speakers) {
    for (int k = speakers.size() - 1; k >= 0; k--) {
      int link = ctx.quotes.get(k).continues();
      if (link >= 0 && speakers.get(k).isKnown() && !speakers.get(link).isKnown()) {
        speakers.set(link, speakers.get(k).withMethod("multi-paragraph"));
      }
    }
  }
}
