package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Sentence;

/**
 * Attributes each quote to a speaker with sieves for news, most precise first. The sieve that
 * decided is recorded in {@link Speaker#method()} as {@code sieve:how}, e.g. {@code
 * adjacent-after:pronoun}.
 *
 * <ol>
 *   <li>{@code multi-paragraph}: a paragraph that reopens an unclosed quote keeps its speaker;
 *   <li>{@code adjacent-after}: {@code "…," X said} / {@code "…," said X}; {@code reply-from}:
 *       {@code "…" was the reply from X}; {@code dash-after}: {@code “…” — X, role} under a quote
 *       that opens its line; {@code how-after}: {@code "…." That was how X described it};
 *   <li>{@code verb-before} with a past-tense verb; {@code colon}: a colon or spaced dash before
 *       the quote ({@code X was blunt: "…"}); {@code according-to}: {@code according to X};
 *   <li>{@code verb-before}: the nearest reporting verb before the quote in its sentence,
 *       climbing out of reported clauses; {@code verb-after}: a reporting verb later in it;
 *   <li>{@code name-colon}: a line that opens with a name and a colon ({@code Guaidó: "…"}), when
 *       no reporting verb attributes the quote; {@code for-name}: a sentence that opens with
 *       {@code For X,} ({@code For the analyst X, the scene "…"}); {@code same-paragraph}: an earlier quote of the
 *       paragraph; {@code colon-intro}: the previous sentence ends with a colon and names the
 *       speaker; {@code message-intro};
 *   <li>{@code continuation}: a paragraph that opens with a quote continues the previous
 *       paragraph's speaker; {@code intro-paragraph}; {@code topic-before} and {@code said-before}: the
 *       sentence just before the quote is about the speaker or reports their words;
 *   <li>{@code headline-echo}: a headline quote repeated or reworded in a later quote takes its speaker;
 *       {@code pull-quote-echo}: so does an unattributed quote alone on its line, from the nearest
 *       quote after or before it.
 * </ol>
 *
 * An orphan quote with none of these stays unknown. The sieves that read the writer's words live
 * in {@link PhraseSieves}, {@link VerbSieves} and {@link IntroSieves}; this class runs them in
 * order for each quote of the context and keeps those that carry a speaker over from earlier
 * quotes ({@code same-paragraph}, {@code continuation}, {@code multi-paragraph}). It returns one
 * speaker per quote, {@link Speaker#unknown} when no sieve decides, and does not throw.
 */
final class Attributor {
  /** How many words a headline quote needs before its echo in the body is trusted. */
  private static final int MIN_ECHO_WORDS = 3;
  /** The most words a pull quote or sub-heading quote may have. */
  private static final int MAX_PULL_QUOTE_WORDS = 12;
  /** Words too common to make a headline's rewording an echo of a body quote. */
  private static final Set<String> ECHO_STOP_WORDS = Set.of("a", "an", "the", "of", "to", "in",
      "on", "for", "and", "or", "is", "are", "was", "were", "be", "it", "s", "we", "you", "they", "he", "she",
      "i", "this", "that", "our", "your", "their", "not", "no", "will", "has", "have", "with", "at", "by", "as",
      "had", "been", "would", "could", "can", "do", "does", "did", "don", "t", "won", "there", "who", "all", "what",
      "from", "but", "so", "if", "about", "more", "than", "its", "his", "her", "them", "us", "me", "my", "one");
  private final ArticleContext ctx;
  private final VerbSieves verbSieves;
  private final PhraseSieves phraseSieves;
  private final IntroSieves introSieves;

  Attributor(ArticleContext ctx) {
    this.ctx = ctx;
    // One resolver for all sieves: it remembers the pronouns it has resolved in this article.
    NounPhrases phrases = new NounPhrases(ctx);
    Resolver resolver = new Resolver(ctx);
    VerbSubjects subjects = new VerbSubjects(ctx, phrases, resolver);
    this.verbSieves = new VerbSieves(ctx, subjects);
    this.phraseSieves = new PhraseSieves(ctx, phrases, resolver, subjects);
    this.introSieves = new IntroSieves(ctx, resolver, subjects, verbSieves);
  }

  /** Speakers for every quote of the context, in order. */
  List<Speaker> attributeAll() {
    List<Speaker> out = new ArrayList<>();
    for (int k = 0; k < ctx.quotes.size(); k++) {
      out.add(attribute(k, out));
    }
    backPropagate(out);
    headlineEchoes(out);
    pullQuoteEchoes(out);
    return out;
  }

  /**
   * A quote alone on its line with no speaker or one carried over from the paragraph before, a pull
   * quote or sub-heading ({@code ‘It hurts’}), takes the speaker of the nearest quote (after it
   * first) that repeats its words
   * ({@code “It hurts, because …,” said Mariela Rondón}) or rewords them (see {@link #echoes}).
   */
  private void pullQuoteEchoes(List<Speaker> speakers) {
    for (int k = 0; k < ctx.quotes.size(); k++) {
      Marked q = ctx.quotes.get(k);
      List<String> words = words(q.span().of(ctx.text));
      String method = speakers.get(k).method();
      boolean carried = method.startsWith("continuation") || method.startsWith("same-paragraph");
      if ((speakers.get(k).isNamed() && !carried) || !ctx.aloneOnLine(q) || words.size() < 2
          || words.size() > MAX_PULL_QUOTE_WORDS) {
        continue;
      }
      for (int d = 1; d < ctx.quotes.size(); d++) {
        int other = echoOf(k + d, words, speakers);
        other = other >= 0 ? other : echoOf(k - d, words, speakers);
        if (other >= 0) {
          speakers.set(k, speakers.get(other).withMethod("pull-quote-echo"));
          break;
        }
      }
    }
  }

  /** {@code j} when quote {@code j} exists, has a named speaker and echoes {@code words}; else -1. */
  private int echoOf(int j, List<String> words, List<Speaker> speakers) {
    boolean echo = j >= 0 && j < ctx.quotes.size() && speakers.get(j).isNamed()
        && echoes(words(ctx.quotes.get(j).span().of(ctx.text)), words, true);
    return echo ? j : -1;
  }

  /**
   * A quote of three or more words in a short opening paragraph that ends without a full stop, the
   * headline, that a later named quote repeats or rewords (see {@link #echoes}: {@code Maduro blames
   * US – 'Babies are dying'} … {@code Dr Colmenares said: "Babies are dying in incubators …"}) is
   * the later quote's speaker's: headlines compress their attribution, the body spells it out.
   */
  private void headlineEchoes(List<Speaker> speakers) {
    CharSpan headline = ctx.headline();
    if (headline == null) {
      return; // a lede, not a headline: its attribution is the writer's own
    }
    for (int k = 0; k < ctx.quotes.size() && headline.contains(ctx.quotes.get(k).open()); k++) {
      List<String> words = words(ctx.quotes.get(k).span().of(ctx.text));
      if (words.size() < MIN_ECHO_WORDS - 1) {
        continue;
      }
      // two words ("corruption machine") only when repeated exactly
      boolean reworded = words.size() >= MIN_ECHO_WORDS && guessed(speakers.get(k));
      for (int later = k + 1; later < ctx.quotes.size(); later++) {
        Marked body = ctx.quotes.get(later);
        if (!headline.contains(body.open()) && speakers.get(later).isNamed()
            && echoes(words(body.span().of(ctx.text)), words, reworded)) {
          speakers.set(k, speakers.get(later).withMethod("headline-echo"));
          break;
        }
      }
    }
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
        .or(() -> phraseSieves.dashAfter(q))
        .or(() -> phraseSieves.howAfter(q, afterToken))
        .or(() -> phraseSieves.cameFrom(q, afterToken))
        .or(() -> verbSieves.pastVerbBefore(openToken, first))
        .or(() -> verbSieves.colonBefore(openToken, first))
        .or(() -> phraseSieves.accordingTo(first, last))
        .or(() -> verbSieves.verbBefore(openToken, first))
        .or(() -> verbSieves.verbAfter(afterToken, last))
        .or(() -> phraseSieves.nameColon(q, openToken))
        .or(() -> phraseSieves.forName(first, openToken))
        .or(() -> sameParagraph(k, done))
        .or(() -> introSieves.colonIntro(first))
        .or(() -> introSieves.messageBefore(openToken, first))
        .or(() -> continuation(k, done))
        .or(() -> introSieves.introParagraph(q, first))
        .or(() -> introSieves.topicBefore(q, first));
    return found.map(s -> GivenNames.named(ctx, s)).orElse(Speaker.unknown("none"));
  }

  /** The lower-case words of a text, letters and digits only. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Whether the headline's own attribution is missing or a guess: the subject of a headline's main
   * clause before its colon ({@code Houston Venezuelans cheer as …: 'It's the people's money'}) or
   * a place or body before it ({@code Berlin: '…'}, whose body names the minister); not a person's
   * name ({@code Guaidó: '…'}) nor the speaker of its verb ({@code Maduro says: 'We don't need aid'}).
   */
  private static boolean guessed(Speaker s) {
    boolean placeOrBody = s.method().startsWith("name-colon") && s.type() != SpeakerType.PERSON;
    return !s.isKnown() || s.method().contains("main-clause") || placeOrBody;
  }

  /**
   * Whether a body quote repeats a headline quote: all its words in a row, or, when the headline's
   * own attribution is only a guess ({@code reworded}) and as headlines reword
   * ({@code 'It's the people's money'} for {@code "This is the people's money…"}; {@code «Mind your
   * own business»} for {@code «Washington should mind its own business…»}), a run of words in both
   * that holds two content words and reaches the headline quote's last one ({@code 'Humanitarian
   * aid is a show'} does not echo a quote about humanitarian aid).
   */
  private static boolean echoes(List<String> body, List<String> headline, boolean reworded) {
    if (Collections.indexOfSubList(body, headline) >= 0) {
      return true;
    }
    if (!reworded) {
      return false;
    }
    int lastContent = headline.size() - 1;
    while (lastContent >= 0 && ECHO_STOP_WORDS.contains(headline.get(lastContent))) {
      lastContent--;
    }
    for (int i = 0; i < headline.size(); i++) {
      for (int j = 0; j < body.size(); j++) {
        int content = 0;
        for (int k = 0; i + k < headline.size() && j + k < body.size() && headline.get(i + k).equals(body.get(j + k)); k++) {
          content += ECHO_STOP_WORDS.contains(headline.get(i + k)) ? 0 : 1;
          if (content >= 2 && i + k >= lastContent) {
            return true;
          }
        }
      }
    }
    return false;
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
