package org.quotestance.quotes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * The sieves of {@link Attributor} that take the speaker from the writer's words introducing the
 * quote: a previous sentence ending in a colon or announcing a message ({@code colon-intro}), a
 * message announced earlier in the quote's own sentence ({@code message-intro}), and a sentence of
 * reported speech, or about someone's speech, before a paragraph that opens with the quote
 * ({@code intro-paragraph}), and a sentence about someone, or reporting their words, just before a
 * quote that opens a sentence ({@code topic-before}, {@code said-before}). Each takes the quote's
 * first sentence (and token indexes) in the article context, and returns the introduced speaker,
 * or empty.
 */
final class IntroSieves {
  /** Verbs of saying that introduce a following quote paragraph (not {@code publish}, {@code deny}...). */
  private static final Set<String> INTRO_VERBS = Set.of("say", "tell", "add", "explain", "argue", "warn", "note",
      "insist", "predict", "contend", "write", "claim", "acknowledge", "conclude", "suggest", "maintain", "recall",
      "describe", "believe", "think", "reply", "answer", "respond", "agree", "complain", "admit", "observe");
  /** Verbs that always report words ({@code say}, {@code tell}, {@code add}). */
  private static final Set<String> SAYING = Set.of("say", "tell", "add");
  /** Verbs that report words when a clause follows them ({@code confirmed that …}). */
  private static final Set<String> REPORTING_THAT = Set.of("explain", "insist", "warn", "note", "argue", "confirm",
      "stress", "emphasise", "emphasize", "reiterate", "acknowledge", "admit", "complain", "claim", "write",
      "answer", "reply", "respond", "recall", "predict");
  /** Words that open a reported clause ({@code explained how the campaign will work}). */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "how", "why", "whether");
  /** How many tokens after a verb its {@code that} may come ({@code told reporters on Monday that}). */
  private static final int MAX_TO_THAT = 4;
  private static final Set<String> SPEECH_NOUNS = Set.of("homily", "sermon", "speech", "address", "remark",
      "eulogy", "lecture", "testimony");
  private static final Set<String> MESSAGE_NOUNS = Set.of("message", "statement", "letter", "tweet", "post", "note", "video");

  /** Verbs that put a question to their object ({@code We asked her how …}). */
  private static final Set<String> ASKING = Set.of("ask", "question", "press", "quiz");
  /** The most title words before a name ({@code Deputy Foreign Minister}). */
  private static final int MAX_TITLE_WORDS = 4;
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them");
  /** Words that open the question put ({@code asked her how}, {@code asked him about}). */
  private static final Set<String> QUESTIONS = Set.of("how", "why", "whether", "if", "what", "when", "where",
      "who", "which", "about");

  /** Words that open a relative or complement clause, whose verb is not the sentence's. */
  private static final Set<String> CLAUSE_WORDS = Set.of("who", "which", "that");

  /** How {@link VerbSubjects#mainSubject} resolved a named or pronoun subject. */
  private static final Pattern NAMED_SUBJECT = Pattern.compile(":(name|pronoun)$");

  private final ArticleContext ctx;
  private final Resolver resolver;
  private final VerbSubjects subjects;
  private final VerbSieves verbSieves;

  IntroSieves(ArticleContext ctx, Resolver resolver, VerbSubjects subjects, VerbSieves verbSieves) {
    this.ctx = ctx;
    this.resolver = resolver;
    this.subjects = subjects;
    this.verbSieves = verbSieves;
  }

  /** The previous sentence ends with a colon: {@code In a statement, the ministry said:}. */
  Optional<Speaker> colonIntro(Sentence sentence) {
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
  Optional<Speaker> messageBefore(int openToken, Sentence sentence) {
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

  /**
   * A paragraph that opens with an unattributed quote, after a paragraph that ends in reported
   * speech ({@code X, an analyst at Y, said the reaction was predictable.}): the quote is that
   * speaker's. News writing introduces a long quote this way.
   */
  Optional<Speaker> introParagraph(Marked q, Sentence sentence) {
    int para = ctx.paragraphOf(q.open());
    if (para <= 0 || ctx.paragraphs.get(para).begin() != q.open() || sentence.index() == 0) {
      return Optional.empty();
    }
    Sentence prev = ctx.parsed.sentences().get(sentence.index() - 1);
    if (ctx.paragraphOf(prev.begin()) != para - 1 || ctx.holdsQuote(prev)) {
      return Optional.empty();
    }
    return verbSieves.verbBefore(prev.endToken() - 1, prev)
        .filter(s -> INTRO_VERBS.contains(s.verb()))
        .or(() -> speechIntro(prev))
        .map(s -> s.withMethod("intro-paragraph"));
  }

  /**
   * A quote that opens a sentence and has no attribution, after a sentence of the writer's about
   * someone ({@code She blamed the sanctions. "The blockade has a face…"}; {@code He has no
   * illusions. "I voted for nobody…"}): the quote is that subject's. The writer's sentence is the
   * one just before the quote, in its paragraph, or ending the previous paragraph when the quote
   * opens its own ({@code She calls them every Sunday.} / {@code "My father asks me…"}). It must
   * hold no quotation or mention of a speech or message, and its subject must be a person, named
   * or a pronoun: groups, places, organisations and roles that open a writer's sentence ({@code
   * Thousands of Venezuelans marched.}, {@code The bank did not publish figures.}) are scenery, and
   * the quote after them is usually a voice from the crowd or nobody's. When that sentence is
   * itself reported speech ({@code The minister confirmed that the consulate would open longer.
   * "Demand has tripled."}), the quote goes on with it, whoever its subject is ({@code
   * said-before}).
   */
  Optional<Speaker> topicBefore(Marked q, Sentence sentence) {
    int open = ctx.parsed.tokenAt(q.open());
    if (sentence.index() == 0 || open != sentence.firstToken()) {
      return Optional.empty();
    }
    Sentence prev = ctx.parsed.sentences().get(sentence.index() - 1);
    int para = ctx.paragraphOf(q.open());
    boolean opensParagraph = ctx.paragraphs.get(para).begin() == q.open();
    if (ctx.paragraphOf(prev.begin()) != (opensParagraph ? para - 1 : para) || ctx.holdsQuote(prev)) {
      return Optional.empty();
    }
    for (int i = prev.firstToken(); i < prev.endToken(); i++) {
      Token t = ctx.tokens.get(i);
      String lemma = t.lemma().toLowerCase();
      if (t.isNoun() && (SPEECH_NOUNS.contains(lemma) || MESSAGE_NOUNS.contains(lemma))) {
        return Optional.empty(); // "X mocked Maduro's speech." The quote may be the speech.
      }
    }
    int main = mainVerb(prev);
    if (main >= 0 && reportsWords(main, prev)) {
      return subjects.subjectOf(main, "said-before");
    }
    Optional<Speaker> asked = main >= 0 ? askedBefore(main, prev) : Optional.empty();
    if (asked.isPresent()) {
      return asked;
    }
    return subjects.mainSubject(prev.endToken() - 1, "topic-before")
        .filter(s -> s.type() == SpeakerType.PERSON && NAMED_SUBJECT.matcher(s.method()).find())
        .map(s -> s.withMethod(s.method().replace(":main-clause", "")));
  }

  /**
   * {@code We asked her how the family decided to leave.} / {@code "My brother went first …"}: the
   * quote answers whoever the main verb asked, a pronoun or a name right after {@code asked} with a
   * question after it ({@code how}, {@code whether}, {@code about}); not a request ({@code asked
   * the soldiers to}).
   */
  private Optional<Speaker> askedBefore(int v, Sentence s) {
    if (!ASKING.contains(ctx.tokens.get(v).lemma().toLowerCase(Locale.ROOT)) || v + 2 >= s.endToken()) {
      return Optional.empty();
    }
    int who = v + 1;
    Token t = ctx.tokens.get(who);
    // "her" before "how" is often tagged as a possessive
    boolean pronoun = t.pos().startsWith("PRP") && OBJECT_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT));
    EntityMention m = pronoun ? null : titledName(who, s);
    if (!pronoun && m == null) {
      return Optional.empty();
    }
    int end = pronoun ? who + 1 : m.end();
    if (end >= s.endToken() || !QUESTIONS.contains(ctx.tokens.get(end).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (!pronoun) {
      return subjects.speakerOf(new NounPhrases.Range(who, end), v, "asked-before");
    }
    // "Bachelet asked her": "her" is not the asker
    Optional<String> asker = subjects.subjectOf(v, "asked-before").map(Speaker::name);
    return resolver.objectPronoun(who).filter(w -> asker.isEmpty() || !asker.get().equals(w.name()))
        .map(w -> w.toSpeaker("asked-before", "ask"));
  }

  /** A name at token {@code from}, or after title words there ({@code Foreign Minister Jorge Arreaza}), else null. */
  private EntityMention titledName(int from, Sentence s) {
    for (int i = from; i < s.endToken() && i < from + MAX_TITLE_WORDS; i++) {
      EntityMention m = ctx.mentionAt(i);
      if (m != null) {
        return m.first() == i && !m.pronoun() ? m : null;
      }
      if (!ctx.tokens.get(i).pos().matches("NNPS?|JJ")) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the verb at {@code v} reports someone's words: {@code say}, {@code tell} or {@code add},
   * or a verb such as {@code confirm} or {@code warn} with a clause after it ({@code that}, {@code
   * how}: {@code The ministry confirmed 12 deaths.} reports a fact, not words).
   */
  private boolean reportsWords(int v, Sentence s) {
    String lemma = ctx.tokens.get(v).lemma().toLowerCase();
    if (SAYING.contains(lemma)) {
      return true;
    }
    if (!REPORTING_THAT.contains(lemma)) {
      return false;
    }
    for (int i = v + 1; i < s.endToken() && i <= v + MAX_TO_THAT; i++) {
      Token t = ctx.tokens.get(i);
      boolean determiner = t.pos().equals("DT"); // "confirmed that figure": not a clause
      if (CLAUSE_OPENERS.contains(t.text().toLowerCase()) && !determiner) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb of the sentence's main clause: its first finite verb outside quotes that is not the
   * verb right after {@code who}, {@code which} or {@code that} ({@code who asked not to be named}
   * is skipped; a longer relative clause is not), or -1.
   */
  private int mainVerb(Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      boolean clauseVerb = i > s.firstToken() && CLAUSE_WORDS.contains(ctx.tokens.get(i - 1).text().toLowerCase());
      if (!ctx.inQuote[i] && ctx.tokens.get(i).isFiniteVerb() && !clauseVerb) {
        return i;
      }
    }
    return -1;
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
}
