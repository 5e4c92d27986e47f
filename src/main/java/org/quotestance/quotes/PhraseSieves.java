package org.quotestance.quotes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * The sieves of {@link Attributor} that recognise a fixed construction next to the quote: {@code
 * "…," X said} or {@code "…," said X} right after the closing mark ({@code adjacent-after}),
 * {@code "…" was the reply from X} ({@code reply-from}) and {@code according to X} in the quote's
 * sentences ({@code according-to}), and {@code For X, …} opening the quote's sentence ({@code
 * for-name}). Each takes token indexes into the article context and the
 * sentences to search, and returns the speaker the construction names, or empty.
 */
final class PhraseSieves {
  /** Nouns for a quotation itself, as in {@code "…," a line many read as}. */
  private static final Set<String> QUOTE_NOUNS = Set.of("line", "remark", "reference", "allusion", "swipe",
      "jab", "dig", "nod", "barb", "quip", "formula", "sentence", "passage", "phrase", "wording", "expression", "term",
      "word", "slogan", "catchphrase", "refrain", "euphemism", "figure", "number", "estimate", "claim", "assertion", "charge",
      "accusation", "description", "characterisation", "characterization", "label");
  /** Verbs of {@code That was how X described / put / summed up it}. */
  private static final Set<String> HOW_VERBS = Set.of("describe", "put", "sum", "characterise", "characterize",
      "summarise", "summarize", "frame", "explain", "justify");
  private static final Set<String> SKIPPABLE = Set.of(",", ".", "!", "?", "—", "–", "-", "…", "'", "\"", "''", "``");

  /** What may stand before a name that opens a line: a bullet, one capitalised word ({@code President}), or nothing. */
  private static final Pattern LINE_OPENING =
      Pattern.compile("\\s*(?:[\u2022\u00bb\u203a*\\-\u2013\u2014]\\s*)?(?:\\p{Lu}[\\p{L}.]*\\s+)?");

  /** After a quote's closing mark: a dash and a space on the same line, or an em dash opening the next line. */
  private static final Pattern DASH_LINE =
      Pattern.compile("[ \t]*(?:[\u2014\u2013\u2015]|--?)(?=\s)|[ \t]*\r?\n[ \t]*[\u2014\u2015](?=\s)");

  private final ArticleContext ctx;
  private final NounPhrases phrases;
  private final Resolver resolver;
  private final VerbSubjects subjects;

  PhraseSieves(ArticleContext ctx, NounPhrases phrases, Resolver resolver, VerbSubjects subjects) {
    this.ctx = ctx;
    this.phrases = phrases;
    this.resolver = resolver;
    this.subjects = subjects;
  }

  /**
   * {@code Guaidó: 'We will not go into hiding'}, {@code Caracas: 'A document written by the
   * opposition'}: a headline or pull-quote line that opens with a name, then a colon, then the
   * quote ({@code name-colon}). The name alone is the attribution, as headlines write it; so is a
   * name that opens a caption before the colon ({@code • Guaidó, on Twitter: “…”}, see {@link Captions}).
   */
  Optional<Speaker> nameColon(Marked q, int openToken) {
    int colon = openToken - 1;
    if (colon < 1 || !ctx.tokens.get(colon).text().equals(":")) {
      return Optional.empty();
    }
    EntityMention m = ctx.mentionAt(colon - 1);
    if (m == null || m.pronoun() || m.end() != colon || !opensLine(m)) {
      int lineStart = ctx.parsed.tokenAt(ctx.text.lastIndexOf('\n', ctx.tokens.get(colon).begin()) + 1);
      m = Captions.speaker(ctx, Math.max(lineStart, ctx.sentenceOf(colon).firstToken()), colon);
      if (m == null || !opensLine(m)) {
        return Optional.empty(); // "Supporters cheered when the order came from Guaidó: '…'"
      }
    }
    return Optional.of(resolver.named(m, null, "name").toSpeaker("name-colon", ""));
  }

  /** Whether only a bullet or one capitalised word stands before the mention on its line (or headline clause). */
  private boolean opensLine(EntityMention m) {
    int lineStart = ctx.text.lastIndexOf('\n', m.span().begin() - 1) + 1;
    // "Putin receives Maduro in Moscow; Lavrov: '…'": a headline's second clause opens after the semicolon
    int clauseStart = Math.max(lineStart, ctx.text.lastIndexOf(';', m.span().begin() - 1) + 1);
    return LINE_OPENING.matcher(ctx.text.substring(clauseStart, m.span().begin())).matches();
  }

  Optional<Speaker> accordingTo(Sentence first, Sentence last) {
    for (int i = first.firstToken(); i + 1 < last.endToken(); i++) {
      if (ctx.opensAccordingTo(i)) {
        Optional<Who> who = resolver.resolve(phrases.after(byAfterWhat(i + 1)));
        if (who.isPresent()) {
          return Optional.of(who.get().toSpeaker("according-to", "according to"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code according to what was expressed by X}, as translated copy writes it: the {@code by}
   * before the speaker, else {@code to} itself.
   */
  private int byAfterWhat(int to) {
    if (to + 1 >= ctx.tokens.size() || !ctx.tokens.get(to + 1).text().equalsIgnoreCase("what")) {
      return to;
    }
    for (int k = to + 2; k < ctx.tokens.size() && k <= to + 5 && !ctx.inQuote[k]; k++) {
      if (ctx.tokens.get(k).text().equalsIgnoreCase("by") && ctx.tokens.get(k - 1).pos().equals("VBN")) {
        return k;
      }
    }
    return to;
  }

  /**
   * {@code For the analyst Rosa Villalobos, the scene "confirms …"}, {@code For Guaidó, the
   * blackout is «…»}: a sentence that opens with {@code For} and a named speaker set off by a
   * comma holds their view in their words, as French and Spanish copy writes it ({@code
   * for-name}). A name in apposition after a role is the speaker ({@code For the leader of the
   * Popular Party, Pablo Casado, …}); a phrase that names no one ({@code For the first time},
   * {@code For many residents}) gives none.
   */
  Optional<Speaker> forName(Sentence first, int openToken) {
    int start = ctx.afterDateline(first);
    if (start >= openToken || !ctx.tokens.get(start).text().equalsIgnoreCase("for")) {
      return Optional.empty();
    }
    NounPhrases.Range np = phrases.after(start);
    if (np.isEmpty() || np.end() + 1 >= openToken || !ctx.tokens.get(np.end()).text().equals(",")) {
      return Optional.empty();
    }
    EntityMention named = ctx.mentionAt(np.from());
    EntityMention appositive = ctx.mentionAt(np.end() + 1);
    // "For Guaidó, Maduro, who …, is a 'usurper'": a name after For is no role before a name
    boolean role = named == null || named.pronoun();
    if (role && appositive != null && !appositive.pronoun() && appositive.first() == np.end() + 1
        && appositive.type() == SpeakerType.PERSON && appositive.end() < openToken
        && ctx.tokens.get(appositive.end()).text().equals(",")) {
      return Optional.of(resolver.named(appositive, null, "name").toSpeaker("for-name", ""));
    }
    return resolver.resolve(np)
        // a described person is unknown ("For a senior European diplomat"); a described group,
        // or a place named inside the phrase ("For many residents of Petare"), speaks for no one
        .filter(w -> w.how().equals("description") ? w.anonymous() : !w.how().equals("name")
            || !ofBefore(np, w.mention().span().begin()))
        .map(w -> w.toSpeaker("for-name", ""));
  }

  /** Whether {@code of} comes before {@code offset} in {@code np}. */
  private boolean ofBefore(NounPhrases.Range np, int offset) {
    for (int k = np.from(); k < np.end() && ctx.tokens.get(k).begin() < offset; k++) {
      if (ctx.tokens.get(k).text().equalsIgnoreCase("of")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code "…," X said} or {@code "…," said X}, right after the closing mark. The quote must end in
   * punctuation or be followed by a comma, so a fragment inside the writer's clause ({@code had
   * "always" welcomed aid}) is not read as an inversion. A quote the writer already introduced
   * that ends with a full stop is followed by a new sentence, not an attribution; a phrase about
   * the quote ({@code "…," a line many read as}) is no speaker.
   */
  Optional<Speaker> adjacentAfter(Marked q, int from, Sentence sentence) {
    // "… and I told him, ‘Go home,’” she says: the punctuation before a quote nested at the end
    String quoted = q.span().of(ctx.text).strip().replaceAll("[’'\"”»]+$", "");
    boolean punctuated = quoted.matches("(?s).*[,.!?…:;\\-–—]$")
        || (from < ctx.tokens.size() && ctx.tokens.get(from).text().matches("[,—–-]"));
    if (!punctuated || (quoted.endsWith(".") && introduced(q))) {
      // X said: "… recommendations." Cuba described …: a new sentence, not "…," Cuba said.
      return Optional.empty();
    }
    int i = from;
    while (i < sentence.endToken() && !ctx.inQuote[i] && SKIPPABLE.contains(ctx.tokens.get(i).text())) {
      i++;
    }
    if (i >= sentence.endToken() || ctx.inQuote[i]) {
      return Optional.empty();
    }
    if (ctx.isReportingVerb(i)) {
      // Inversion ("…," said Pompeo) only with a finite verb of saying; "…", deeming X takes an object.
      boolean saying = ctx.tokens.get(i).pos().matches("VBD|VBZ|VBP")
          && ctx.verbs.classOf(ctx.tokens.get(i).lemma()).map(c -> c.equals("speech") || c.equals("writing")
              || c.equals("social")).orElse(false);
      // "…," told us Yelitza Marrero: past the writer's own "us"
      int object = i + 1 < sentence.endToken() && ctx.tokens.get(i + 1).text().matches("us|me")
          && ctx.tokens.get(i + 1).pos().equals("PRP") ? i + 1 : i;
      return saying
          ? subjects.speakerOf(phrases.rightOf(object), i, "adjacent-after")
          : Optional.empty();
    }
    if (describesTheQuote(i)) {
      return Optional.empty();
    }
    for (int v = i + 1; v < sentence.endToken() && v <= i + 12 && !ctx.inQuote[v]; v++) {
      if (ctx.isReportingVerb(v)) {
        NounPhrases.Range np = phrases.leftOf(v);
        if (!np.isEmpty() && np.from() == i) {
          return subjects.speakerOf(np, v, "adjacent-after");
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

  /**
   * Whether the words after the quote are a phrase about the quote itself ({@code "…," a line many
   * observers read as a reference to}, {@code "…," a swipe at Washington}), not its speaker.
   */
  private boolean describesTheQuote(int i) {
    if (i + 1 >= ctx.tokens.size() || !ctx.tokens.get(i).text().matches("(?i)an?")) {
      return false;
    }
    return QUOTE_NOUNS.contains(ctx.tokens.get(i + 1).text().toLowerCase());
  }

  /**
   * Whether the writer's words before the quote, in its sentence, already introduce it: a colon or
   * spaced dash right before the opening mark, or a reporting verb ({@code X accused him of being
   * "…."}).
   */
  private boolean introduced(Marked q) {
    int open = ctx.parsed.tokenAt(q.open());
    if (open <= 0 || open >= ctx.tokens.size()) {
      return false;
    }
    return ctx.isIntroducer(open - 1) || ctx.reportingVerbBefore(open);
  }

  /**
   * {@code “…” — John Bolton, US national security adviser, Tuesday}: a quote that opens its line,
   * followed on the same line or the next by a dash and its speaker, as quotes of the week, pull
   * quotes and epigraphs write it ({@code dash-after}).
   */
  Optional<Speaker> dashAfter(Marked q) {
    if (q.close() < 0 || !ctx.text.substring(ctx.text.lastIndexOf('\n', q.open() - 1) + 1, q.open()).isBlank()) {
      return Optional.empty();
    }
    Matcher m = DASH_LINE.matcher(ctx.text).region(q.close() + 1, ctx.text.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int lineEnd = ctx.text.indexOf('\n', m.end());
    String line = ctx.text.substring(m.end(), lineEnd < 0 ? ctx.text.length() : lineEnd);
    int dash = ctx.parsed.tokenAt(m.end() - 1);
    if (dash + 1 >= ctx.tokens.size() || ctx.inQuote[dash + 1] || line.matches("(?s).*[:\"“”«»].*")) {
      return Optional.empty(); // "— Maduro: “No.”": a transcript's next turn, not this quote's speaker
    }
    return resolver.resolve(phrases.rightOf(dash)).map(w -> w.toSpeaker("dash-after", ""));
  }

  /**
   * {@code "…." That was how Jorge Arreaza described the pact}, {@code That is how the minister put
   * it}: the sentence after a quote that is a sentence of its own says whose words they were, its
   * subject right before a verb of saying or describing ({@code how-after}); so does {@code That is
   * the line X repeats}.
   */
  Optional<Speaker> howAfter(Marked q, int from) {
    if (!standsAlone(q, from) || !ctx.words(from, from + 2).toLowerCase(Locale.ROOT).matches("(that|this) (was|is)")) {
      return Optional.empty(); // not 'Guaidó told supporters: "…." That is how Maduro's government sees it'
    }
    // "That is how X put it", "That is the line X repeats to anyone who argues"
    String third = ctx.tokens.get(from + 2).text().toLowerCase(Locale.ROOT);
    boolean line = third.equals("the") && QUOTE_NOUNS.contains(ctx.tokens.get(from + 3).text().toLowerCase(Locale.ROOT));
    if (!third.equals("how") && !line) {
      return Optional.empty();
    }
    NounPhrases.Range np = phrases.rightOf(line ? from + 3 : from + 2);
    int end = ctx.sentenceOf(from).endToken();
    for (int v = np.end(); !np.isEmpty() && v < end && !ctx.inQuote[v]; v++) {
      // the subject's own verb: right after it, or after an insertion between commas ("the
      // Uruguayan president, Tabaré Vázquez, put it"); not "That is how Venezuela works now, critics say"
      boolean own = v == np.end() || ctx.tokens.get(v - 1).text().equals(",");
      Token t = ctx.tokens.get(v);
      // "Carmen Bracho, 52, repeats": after an insertion the tagger may read the verb as a plural noun
      boolean misread = line && v > np.end() && t.pos().equals("NNS") && ctx.verbs.contains(t.lemma());
      if ((t.isVerb() || misread) && own) {
        boolean saying = misread || ctx.isReportingVerb(v) || HOW_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
        return saying ? subjects.speakerOf(np, v, "how-after") : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the quote is a sentence of its own, ending in a full stop or the like inside its marks,
   * and the writer's words go on at token {@code from} in the same paragraph.
   */
  private boolean standsAlone(Marked q, int from) {
    String quoted = q.span().of(ctx.text).strip();
    int open = ctx.parsed.tokenAt(q.open());
    return from + 3 < ctx.tokens.size() && quoted.matches("(?s).*[.!?…]$")
        && ctx.paragraphOf(ctx.tokens.get(from).begin()) == ctx.paragraphOf(q.open())
        && !(open > 0 && ctx.tokens.get(open - 1).sentence() == ctx.tokens.get(open).sentence());
  }

  /**
   * {@code "…." The words came from X, a community leader}: a sentence after a quote that stands
   * alone says whose words they were ({@code reply-from}).
   */
  Optional<Speaker> cameFrom(Marked q, int from) {
    if (!standsAlone(q, from) || !ctx.tokens.get(from).pos().equals("DT")
        || !NonQuotes.isSpeechNoun(ctx.tokens.get(from + 1).text())
        || !ctx.tokens.get(from + 2).lemma().equalsIgnoreCase("come")
        || !ctx.tokens.get(from + 3).text().equalsIgnoreCase("from")) {
      return Optional.empty();
    }
    String noun = ctx.tokens.get(from + 1).lemma().toLowerCase(Locale.ROOT);
    return resolver.resolve(phrases.rightOf(from + 3)).map(x -> x.toSpeaker("reply-from", noun));
  }

  /** {@code "…" was the reply from X}, {@code "…" came the response from X}. */
  Optional<Speaker> replyFrom(int from, Sentence sentence) {
    int end = Math.min(sentence.endToken(), from + 8);
    for (int i = from; i + 1 < end; i++) {
      String w = ctx.tokens.get(i).text().toLowerCase();
      if ((w.equals("from") || w.equals("of")) && NonQuotes.isSpeechNoun(ctx.tokens.get(i - 1).text())) {
        String noun = ctx.tokens.get(i - 1).lemma().toLowerCase();
        return resolver.resolve(phrases.rightOf(i)).map(x -> x.toSpeaker("reply-from", noun));
      }
    }
    return Optional.empty();
  }
}
