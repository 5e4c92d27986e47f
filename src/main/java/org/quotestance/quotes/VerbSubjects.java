package org.quotestance.quotes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Animacy;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * Finds who is the subject of a reporting verb, for the sieves of {@link Attributor}: the phrase
 * to the verb's left, or, for a participle, an infinitive, a reported clause or an inverted verb,
 * the subject of the verb that governs it. Needs the article context, its noun phrases and the
 * article's {@link Resolver} (whose pronoun memory it shares with the other sieves); returns a
 * speaker whose method is the given sieve name, or empty when the subject names no speaker.
 */
final class VerbSubjects {
  /** How far {@code as saying} may be from {@code quoted}: {@code quoted the minister Ana Ruiz as saying}. */
  private static final int MAX_QUOTED_AS = 8;

  private static final Set<String> TIME_WORDS = NounPhrases.TIME_WORDS;
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
  /** Words that open a clause inside another, whose subject does not govern a later participle. */
  private static final Set<String> SUBORDINATORS = Set.of("whether", "if", "because", "although", "though",
      "unless", "since", "while", "whereas");
  /** Verbs whose past participle describes a document: {@code a video posted online}. */
  private static final Set<String> PUBLISHED = Set.of("post", "publish", "release", "issue", "send", "broadcast",
      "air", "upload", "share", "sign", "deliver", "read", "circulate", "distribute");
  /** Prepositions of position whose phrase describes the noun before it: {@code a man outside the embassy}. */
  private static final Set<String> POSITIONS = Set.of("outside", "inside", "near", "behind", "beside",
      "among", "opposite", "across", "along", "beneath");
  /** Titles that may open a name set off by commas: {@code , Father Edwin Chambilla,}, {@code , Dr. Rosa Quispe,}. */
  private static final Set<String> NAME_TITLES = Set.of("father", "fr", "sister", "brother", "pastor", "reverend",
      "rev", "rabbi", "imam", "monsignor", "dr", "doctor", "mr", "mrs", "ms", "professor", "prof",
      "lieutenant", "colonel", "general", "major", "captain", "sergeant", "commander", "admiral", "-",
      "lt", "col", "gen", "maj", "capt", "sgt");
  /** How many tokens may open a clause before it says the source is unnamed ({@code , who spoke on the}). */
  private static final int MAX_TO_ANONYMITY = 8;
  /** Words that bring in other sources ({@code citing officials who asked not to be named}). */
  private static final Set<String> CITING = Set.of("citing", "quoting", "cited", "quoted", "according");
  /** Whom an unnamed source may speak to in the clause ({@code briefing reporters on condition of anonymity}). */
  private static final Set<String> AUDIENCES = Set.of("reporters", "journalists", "press", "media");

  /** The most lower-case words that may describe a name after a role's comma ({@code retired oilworker}). */
  private static final int MAX_DESCRIBING = 3;

  /** Verbs that give someone's own words ({@code Lavrov had warned against "…"}). */
  private static final Set<String> SPEECH_VERBS = Set.of("say", "warn", "tell", "declare", "vow", "promise",
      "threaten", "insist", "urge", "accuse", "call", "describe", "denounce");

  private final ArticleContext ctx;
  private final NounPhrases phrases;
  private final Resolver resolver;
  private final OpeningPhrases openings;

  VerbSubjects(ArticleContext ctx, NounPhrases phrases, Resolver resolver) {
    this.ctx = ctx;
    this.phrases = phrases;
    this.resolver = resolver;
    this.openings = new OpeningPhrases(ctx);
  }

  /** The subject of reporting verb {@code v}, climbing from a reported clause to the verb that reports it. */
  Optional<Speaker> subjectOf(int v, String sieve) {
    int quoted = quotedAs(v);
    if (quoted >= 0) {
      // "the summary quoted Bachelet as saying": the speaker is the one quoted, not the quoter
      NounPhrases.Range np = phrases.rightOf(quoted);
      if (!np.isEmpty()) {
        return speakerOf(np, quoted, sieve + ":quoted-as");
      }
    }
    Token verb = ctx.tokens.get(v);
    if (v >= 1 && ctx.expletiveBy(v - 1) == v + 1) {
      // "it was affirmed by the Foreign Ministry that …": the agent speaks
      NounPhrases.Range agent = phrases.rightOf(v + 1);
      if (!agent.isEmpty()) {
        return speakerOf(agent, v, sieve);
      }
    }
    NounPhrases.Range np = ownerOfPosition(phrases.leftOf(v));
    boolean participle = verb.pos().equals("VBG") || (v > 0 && ctx.tokens.get(v - 1).pos().equals("TO"));
    int reporter = np.isEmpty() ? -1 : np.from() - 1;
    if (!participle && reporter >= 0 && ctx.isReportingVerb(reporter)
        && ctx.tokens.get(reporter).pos().matches("VBD|VBZ|VBP")
        && ctx.tokens.get(reporter).sentence() == verb.sentence()) {
      // "X said the findings confirmed '…'": the clause is reported by X.
      return subjectOf(reporter, sieve);
    }
    if (participle || np.isEmpty() || !isSubjectPosition(np)) {
      // A participle or infinitive takes the nearest finite verb's subject; a coordinated finite
      // verb ("X thanked them and warned that") takes the sentence's subject.
      Optional<Speaker> main = participle
          ? governingSubject(v, sieve).or(() -> mainSubject(v, sieve))
          : mainSubject(v, sieve).or(() -> governingSubject(v, sieve));
      boolean inverted = v > 0 && ctx.tokens.get(v - 1).text().matches("[,:]|''|\"|”|’")
          && !verb.lemma().equalsIgnoreCase("tell");
      if (main.isPresent() || participle || !inverted) {
        return main;
      }
      return speakerOf(phrases.rightOf(v), v, sieve);
    }
    int before = np.from() - 1;
    if (before > 0 && ctx.tokens.get(before).text().equalsIgnoreCase("and")) {
      // "X said he and his former colleagues had warned": the coordination's first conjunct
      // (a subject pronoun first: in "Trump praised Guaidó and Maduro said" Guaidó is an object)
      Token first = ctx.tokens.get(before - 1);
      if (first.pos().equals("PRP") && SUBJECT_PRONOUNS.contains(first.text().toLowerCase(Locale.ROOT))) {
        before -= 2;
      }
    }
    boolean complement = before >= 0 && ctx.tokens.get(before).text().equalsIgnoreCase("that");
    if (complement) {
      before--;
    }
    if (before >= 0 && ctx.isReportingVerb(before) && ctx.tokens.get(before).sentence() == verb.sentence()
        && !(complement && namedSpeaker(np, v))) {
      return subjectOf(before, sieve);
    }
    if (complement && !objectGap(np, v) && !namedSpeaker(np, v)) {
      // "X said A and that B", "X said on Twitter that the US considered it '…'": B is reported by
      // X (but in "a result that Foreign Minister Diego Pary described as '…'" Pary speaks).
      for (int u = before; u >= ctx.sentenceOf(v).firstToken(); u--) {
        if (ctx.isReportingVerb(u)) {
          return subjectOf(u, sieve);
        }
      }
    }
    return speakerOf(np, v, sieve);
  }

  /**
   * {@code The ministry said that Lavrov had warned against "…"}: the reported clause's own subject
   * is a person's name and its verb one of speech in the active voice ({@code warned}, {@code
   * told}), so the quote gives that person's words; not {@code X said that the US considered it
   * "…"}, {@code that Kriener had been declared …}, nor a country ({@code The department added
   * that South Africa had urged}), which speaks through the reporter.
   */
  private boolean namedSpeaker(NounPhrases.Range np, int v) {
    EntityMention m = ctx.mentionAt(np.end() - 1);
    int aux = v - 1;
    while (aux > 0 && ctx.tokens.get(aux).pos().startsWith("RB")) {
      aux--; // "was repeatedly accused"
    }
    boolean passive = ctx.tokens.get(v).pos().equals("VBN") && ctx.tokens.get(aux).lemma().equalsIgnoreCase("be");
    return m != null && !m.pronoun() && m.end() == np.end() && m.type() == SpeakerType.PERSON && !passive
        && SPEECH_VERBS.contains(ctx.tokens.get(v).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * {@code One man outside the embassy said}: a phrase after a preposition of position that follows
   * a noun describes that noun, whose phrase is the subject; so does one after {@code by} and a
   * participle ({@code the board appointed by the assembly said}); otherwise {@code np} itself.
   */
  private NounPhrases.Range ownerOfPosition(NounPhrases.Range np) {
    int by = np.from() - 1;
    // "set up by": a particle may follow the participle
    int participle = by - 1 >= 0 && ctx.tokens.get(by - 1).pos().equals("RP") ? by - 2 : by - 1;
    if (!np.isEmpty() && participle - 1 >= ctx.sentenceOf(np.from()).firstToken()
        && ctx.tokens.get(by).text().equalsIgnoreCase("by") && ctx.tokens.get(participle).pos().equals("VBN")
        && ctx.tokens.get(participle - 1).isNoun()
        && !RoleNouns.DOC_NOUNS.contains(ctx.tokens.get(participle - 1).lemma().toLowerCase(Locale.ROOT))) {
      // "The ad hoc board of PDVSA appointed by the National Assembly said", "a spokeswoman for the
      // centre set up by the government said": the board (the spokeswoman) speaks (but "a
      // statement issued by the ministry said" is the ministry's)
      NounPhrases.Range owner = phrases.leftOf(participle);
      return owner.isEmpty() ? np : owner;
    }
    int preposition = np.from() - 1;
    if (np.isEmpty() || preposition <= ctx.sentenceOf(np.from()).firstToken()
        || !POSITIONS.contains(ctx.tokens.get(preposition).text().toLowerCase())
        || !ctx.tokens.get(preposition - 1).isNoun()) {
      return np;
    }
    NounPhrases.Range owner = phrases.leftOf(preposition);
    return owner.isEmpty() ? np : owner;
  }

  /**
   * {@code a result that Foreign Minister Diego Pary described as "…"}, {@code … that Guaidó
   * warned "…"}: a named person whose verb goes straight on to {@code as} or the quote speaks for
   * themselves, even inside someone else's {@code that} clause.
   */
  private boolean objectGap(NounPhrases.Range np, int v) {
    if (v + 1 >= ctx.tokens.size() || ctx.tokens.get(v).pos().equals("VBN")) {
      return false;
    }
    boolean gap = ctx.tokens.get(v + 1).text().equalsIgnoreCase("as") || ctx.inQuote[v + 1];
    return gap && ctx.mentionsIn(np.from(), np.end()).stream()
        .anyMatch(m -> !m.pronoun() && m.type() == SpeakerType.PERSON);
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
    return !(t.pos().equals("TO") || t.pos().matches("VB|VBD|VBZ|VBP"));
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
      if (postedDocument(np, i) || subordinate(np) || complementClause(np)) {
        // "X reacted in a video posted on social media, saying": "posted" describes the video;
        // "X brushed off a question about whether Mexico considered it legitimate, saying"; "X
        // dismissed claims that the men had trained in Colombia, calling them": X calls
        continue;
      }
      // "X called on the group, which has backed him, to consider": an infinitive skips relative
      // clauses; "X, who said …, calling him" (a comma or not after a name) takes the relative
      // clause's subject, but "the men who stormed the post" is no clause of its own.
      boolean infinitive = v > 0 && ctx.tokens.get(v - 1).pos().equals("TO");
      boolean relativeClause = !np.isEmpty() && ctx.tokens.get(np.from()).pos().startsWith("W");
      boolean restrictive = relativeClause && np.from() > 0 && ctx.tokens.get(np.from() - 1).pos().matches("NNS?");
      if (!np.isEmpty() && !(relativeClause && (infinitive || restrictive)) && isSubjectPosition(np)) {
        return speakerOf(np, v, sieve + ":governing");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether verb {@code v}, right after a document phrase, is a participle describing it ({@code a
   * message posted on Twitter}, {@code a statement issued by the ministry}) that the tagger read
   * as a past tense: a document does not post or issue anything.
   */
  private boolean postedDocument(NounPhrases.Range np, int v) {
    return !np.isEmpty() && np.end() == v
        && RoleNouns.DOC_NOUNS.contains(ctx.tokens.get(np.end() - 1).lemma().toLowerCase(Locale.ROOT))
        && PUBLISHED.contains(ctx.tokens.get(v).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a subject phrase opens a {@code that} clause after a noun ({@code claims that the men
   * had trained}); not after a verb ({@code Reuters reported that Maduro addressed troops, telling
   * them}: Maduro tells).
   */
  private boolean complementClause(NounPhrases.Range np) {
    return !np.isEmpty() && np.from() > 1 && ctx.tokens.get(np.from() - 1).text().equalsIgnoreCase("that")
        && ctx.tokens.get(np.from() - 1).pos().equals("IN") && !ctx.tokens.get(np.from() - 2).isVerb();
  }

  /** Whether a subject phrase opens a clause inside another ({@code whether Mexico considered}). */
  private boolean subordinate(NounPhrases.Range np) {
    return !np.isEmpty() && np.from() > 0
        && SUBORDINATORS.contains(ctx.tokens.get(np.from() - 1).text().toLowerCase(Locale.ROOT));
  }

  /**
   * The subject of the sentence's first finite verb outside a {@code whose} clause, for {@code X did
   * this, saying "…"}.
   */
  Optional<Speaker> mainSubject(int v, String sieve) {
    Sentence s = ctx.sentenceOf(v);
    // "Asked when he would move in, Vecchio was cagey:", "In a communiqué read on state television,
    // Arreaza called …": the opening phrase holds no main verb
    int from = Math.max(ctx.afterOpeningParticiple(s, v), openings.mainClauseFrom(s.firstToken(), v, true));
    for (int i = v - 1; i > from; i--) {
      if (!ctx.inQuote[i] && ctx.tokens.get(i).text().equals(";")) {
        from = i + 1; // "Putin receives Maduro; Lavrov: '…'": a semicolon starts a clause of its own
        break;
      }
    }
    for (int i = from; i < v; i++) {
      Token t = ctx.tokens.get(i);
      if (!ctx.inQuote[i] && t.isFiniteVerb()) {
        NounPhrases.Range np = phrases.leftOf(i);
        if (!np.isEmpty() && np.from() > 0 && ctx.tokens.get(np.from() - 1).pos().equals("WP$")) {
          continue; // "a seaman whose tanker has been anchored off the port, said": a relative clause
        }
        if (!np.isEmpty() && isSubjectPosition(np)) {
          return speakerOf(np, v, sieve + ":main-clause");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * For {@code quoted X as saying}, the index of {@code quoted} when {@code v} is that verb or the
   * {@code saying} after {@code as}; -1 otherwise.
   */
  private int quotedAs(int v) {
    int first = ctx.sentenceOf(v).firstToken();
    int quote = -1;
    if (ctx.tokens.get(v).lemma().equalsIgnoreCase("quote")) {
      quote = v;
    } else if (v - 1 > first && ctx.tokens.get(v).pos().equals("VBG") && ctx.isReportingVerb(v)
        && ctx.tokens.get(v - 1).text().equalsIgnoreCase("as")) {
      for (int k = v - 2; k >= first && v - k <= MAX_QUOTED_AS; k--) {
        if (ctx.tokens.get(k).lemma().equalsIgnoreCase("quote") && ctx.tokens.get(k).isVerb()) {
          quote = k;
          break;
        }
      }
    }
    if (quote < 0 || ctx.inQuote[quote]) {
      return -1;
    }
    int end = ctx.sentenceOf(v).endToken();
    for (int k = quote + 2; k + 1 < end && k - quote <= MAX_QUOTED_AS; k++) {
      if (ctx.inQuote[k]) {
        return -1;
      }
      if (ctx.tokens.get(k).text().equalsIgnoreCase("as") && ctx.tokens.get(k + 1).pos().equals("VBG")
          && ctx.isReportingVerb(k + 1)) {
        return quote;
      }
    }
    return -1;
  }

  Optional<Speaker> speakerOf(NounPhrases.Range np, int verbIndex, String sieve) {
    String verb = ctx.tokens.get(verbIndex).lemma().toLowerCase();
    if (np.end() - np.from() == 1 && ctx.tokens.get(np.from()).text().equalsIgnoreCase("it") && verb.equals("read")) {
      // "…," it reads: the text is a document; find who issued it.
      return resolver.document("statement", np.from()).map(w -> w.toSpeaker(sieve, verb));
    }
    if (unnamedByClause(np, verbIndex)) {
      // "An executive at a trading house in Caracas, who asked not to be identified, said": the
      // source is unnamed, whatever the phrase before the clause names.
      CharSpan span = new CharSpan(ctx.tokens.get(np.from()).begin(), ctx.tokens.get(np.end() - 1).end());
      return Optional.of(Who.unnamed(ctx.words(np.from(), np.end()), ctx.mention(span)).toSpeaker(sieve, verb));
    }
    boolean unnamed = ctx.mentionsIn(np.from(), np.end()).stream().allMatch(EntityMention::pronoun);
    // "said Ms Bachelet's spokesman, Rupert Colville": a role, whoever it belongs to, then its name;
    // not "said a lawyer for Guaidó's chief of staff, Roberto Marrero": the name is the client's.
    boolean role = resolver.endsInCommonNoun(np) && !ctx.words(np.from(), np.end()).matches("(?i).*\\b(of|for)\\b.*");
    Optional<Who> who = unnamed || role || roleOfBody(np) ? appositiveName(np) : Optional.empty();
    return who.or(() -> resolver.resolve(trimTime(np))).map(w -> w.toSpeaker(sieve, verb));
  }

  /**
   * Whether a clause right after the phrase says its source is not named: {@code , who asked not to
   * be named,}, {@code , speaking on condition of anonymity,}; not {@code , citing two officers who
   * asked not to be named,}, where the unnamed are others.
   */
  private boolean unnamedByClause(NounPhrases.Range np, int verbIndex) {
    int marker = np.end() < verbIndex ? Anonymity.marker(ctx, np.end(), verbIndex) : -1;
    if (marker < 0 || marker - np.end() > MAX_TO_ANONYMITY) {
      return false;
    }
    for (int i = np.end(); i < marker; i++) {
      Token t = ctx.tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      boolean otherPeople = t.pos().matches("NNS?") && !AUDIENCES.contains(w);
      if (otherPeople || CITING.contains(w)) {
        return false; // ", citing two officers who asked not to be named,": the unnamed are others
      }
    }
    return true;
  }

  /**
   * A person's name set off by commas right after a phrase that names nobody or ends in a role
   * noun: {@code said his brother, Jhonny Ortiz, 31,} is Jhonny, not the man the brother belongs
   * to; {@code said Ms Bachelet's spokesman, Rupert Colville} is Colville.
   */
  private Optional<Who> appositiveName(NounPhrases.Range np) {
    int comma = np.end();
    if (comma + 1 >= ctx.tokens.size() || !ctx.tokens.get(comma).text().equals(",") || ctx.inQuote[comma + 1]) {
      return Optional.empty();
    }
    int first = comma + 1;
    while (first < comma + 4 && first + 1 < ctx.tokens.size() && !ctx.inQuote[first]
        && NAME_TITLES.contains(ctx.tokens.get(first).text().toLowerCase(Locale.ROOT).replace(".", ""))) {
      first++; // "said the parish priest, Father Edwin Chambilla", "…, lieutenant-colonel Sérgio Dávila"
    }
    int described = first;
    while (described < first + MAX_DESCRIBING && described + 1 < ctx.tokens.size() && !ctx.inQuote[described]
        && ctx.tokens.get(described).pos().matches("JJ|NN|VBN") && !ctx.tokens.get(described).isCapitalised()) {
      described++; // "said the committee's chairman, retired oilworker Clive Balgobin"
    }
    if (described > first && ctx.mentionAt(described) != null && ctx.mentionAt(described).first() == described) {
      first = described;
    }
    EntityMention m = ctx.mentionAt(first);
    if (m == null || m.pronoun() || (m.first() != comma + 1 && m.first() != first) || m.type() != SpeakerType.PERSON) {
      return Optional.empty();
    }
    String next = m.end() < ctx.tokens.size() ? ctx.tokens.get(m.end()).text() : ".";
    if (!next.matches("[,.;]") || ctx.tokens.get(m.end() - 1).sentence() != ctx.tokens.get(comma).sentence()) {
      return Optional.empty();
    }
    return Optional.of(resolver.named(m, null, "name"));
  }

  /**
   * {@code said the interim president of Bolivia, Jeanine Áñez}, {@code said the head of Russia's
   * security council, Nikolai Patrushev}: a role noun before {@code of} or {@code for} whose object names no
   * person and does not end in a word for a person, so a name after the comma can only be the role's
   * holder (not in {@code a lawyer for the family of the late councilman, Fernando Albán}).
   */
  private boolean roleOfBody(NounPhrases.Range np) {
    int of = np.from() + 1;
    while (of < np.end() && !ctx.tokens.get(of).text().matches("(?i)of|for")) {
      of++;
    }
    String role = ctx.tokens.get(of - 1).text().toLowerCase(Locale.ROOT);
    if (of + 1 >= np.end() || !ctx.tokens.get(of - 1).pos().equals("NN") || ctx.tokens.get(of - 1).isCapitalised()
        || !(Animacy.animate(role) || role.equals("head"))) {
      return false;
    }
    for (int i = np.from(); i < of - 1; i++) {
      if (!ctx.tokens.get(i).pos().matches("DT|JJ|PRP\\$")) {
        return false; // "an adviser to the president of Bolivia, Evo Morales": the name is the president's
      }
    }
    for (int i = of + 1; i < np.end(); i++) {
      Token t = ctx.tokens.get(i);
      if (t.pos().startsWith("NN") && !t.isCapitalised() && Animacy.animate(t.text().toLowerCase(Locale.ROOT))) {
        return false; // "a spokesman for the governor of Zulia, Omar Prieto": the name is the governor's
      }
    }
    return ctx.mentionsIn(of + 1, np.end()).stream().noneMatch(m -> m.type() == SpeakerType.PERSON);
  }

  /** Drops leading day and month names: {@code On Sunday Brazil responded}. */
  private NounPhrases.Range trimTime(NounPhrases.Range np) {
    int from = np.from();
    while (from < np.placeFrom() - 1 && TIME_WORDS.contains(ctx.tokens.get(from).text().toLowerCase())) {
      from++;
    }
    return new NounPhrases.Range(from, np.end(), np.placeFrom());
  }
}
