package org.quotestance.quotes;

import java.util.Optional;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Animacy;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * Finds a sentence whose subject describes one unnamed person, for {@link Pronouns} (also an
 * unnamed spokesperson, or a source the writer says is not named: see {@link #spokesperson} and
 * {@link #unnamed}): {@code On the
 * Colombian side, a woman selling coffee laughed}, {@code A caller who gave only her first name
 * said}. A later {@code she said} refers to that woman, not to the last person the article named.
 * The phrase starts the sentence (after an opening phrase closed by a comma that names no person)
 * with {@code a}, {@code an}, {@code one} or {@code another} (or, when the writer says the person
 * is not named, {@code the}: see {@link #unnamed}); its head is a lower-case singular
 * noun that CoreNLP's animacy lists call animate and that is no organisation or spokesperson noun;
 * no name follows it between commas; and the {@link Resolver} must read it as an anonymous source.
 * Static.
 */
final class DescribedSubjects {
  private static final Set<String> MALE = Set.of("man", "boy", "father", "husband", "son", "brother",
      "grandfather", "uncle", "gentleman", "priest", "monk", "spokesman");
  private static final Set<String> FEMALE = Set.of("woman", "girl", "mother", "wife", "daughter", "sister",
      "grandmother", "aunt", "lady", "nun", "widow", "spokeswoman");
  /** How far into a sentence an opening phrase may run before its comma. */
  private static final int MAX_OPENING = 10;
  /** How many tokens a phrase may hold before a clause that says it is not named. */
  private static final int MAX_UNNAMED = 14;
  private static final Set<String> UNNAMED_OPENERS = Set.of("a", "an", "one", "another", "the");

  private DescribedSubjects() {}

  /** A described subject of sentence {@code s} as a mention of an unnamed person, with the speaker it resolves to. */
  static Optional<Described> find(ArticleContext ctx, Resolver resolver, int s) {
    Sentence sentence = ctx.parsed.sentences().get(s);
    int from = afterOpening(ctx, sentence);
    int end = sentence.endToken();
    if (from >= end || namedBefore(ctx, sentence.firstToken(), from)) {
      return Optional.empty();
    }
    int marker = Anonymity.marker(ctx, from, end);
    if (marker >= 0 && Anonymity.surnameOnly(ctx, marker, end) && firstNameBefore(ctx, sentence.firstToken(), marker)) {
      marker = -1; // "Ender, 29, a delivery driver who asked that his surname not be used": Ender
    }
    int head = personHead(ctx, from, end);
    if (head < 0 || namedAfter(ctx, head + 1, end)) {
      return marker >= 0 ? unnamed(ctx, resolver, s, marker) : spokesperson(ctx, resolver, s, from);
    }
    String gender = gender(ctx.tokens.get(head).lemma().toLowerCase());
    if (gender.isEmpty() && marker >= 0) {
      gender = Anonymity.gender(ctx, marker, end);
    }
    NounPhrases.Range np = new NounPhrases.Range(from, head + 1);
    String g = gender;
    int headEnd = ctx.tokens.get(head).end();
    return resolver.resolve(np).filter(Who::anonymous)
        .map(who -> new Described(mention(ctx, np, s, g), GivenNames.named(ctx, who, headEnd)));
  }

  /**
   * {@code The trader in the next boat, who would not give his name, was in no doubt}, {@code Her
   * neighbour, a man repairing a motorcycle who did not want to give his name, shrugged}: the
   * phrase just before the clause that says the source is not named, when it opens the sentence
   * or follows a comma before any verb, starts with an article or {@code one} and names no one.
   */
  private static Optional<Described> unnamed(ArticleContext ctx, Resolver resolver, int s, int marker) {
    Sentence sentence = ctx.parsed.sentences().get(s);
    int npEnd = marker - 1;
    while (npEnd > sentence.firstToken() && !Anonymity.opensClause(ctx.tokens.get(npEnd))) {
      if (ctx.tokens.get(npEnd).text().equalsIgnoreCase("which")) {
        return Optional.empty(); // "The buyer, which declined to be identified,": a company
      }
      npEnd--;
    }
    if (npEnd > sentence.firstToken() && ctx.tokens.get(npEnd - 1).text().equals(",")) {
      npEnd--;
    }
    int npFrom = npEnd - 1;
    while (npFrom > sentence.firstToken() && !ctx.tokens.get(npFrom - 1).text().equals(",")) {
      npFrom--;
    }
    if (npFrom < sentence.firstToken() || npEnd - npFrom < 2 || npEnd - npFrom > MAX_UNNAMED
        || !UNNAMED_OPENERS.contains(ctx.tokens.get(npFrom).text().toLowerCase())
        || finiteVerbOrQuote(ctx, sentence.firstToken(), npEnd) || namedBefore(ctx, npFrom, headEnd(ctx, npFrom, npEnd))) {
      return Optional.empty();
    }
    NounPhrases.Range np = new NounPhrases.Range(npFrom, npEnd);
    EntityMention mention = mention(ctx, np, s, Anonymity.gender(ctx, marker, sentence.endToken()));
    Who who = resolver.resolve(np).filter(Who::anonymous)
        .orElse(Who.unnamed(ctx.words(npFrom, npEnd), ctx.mention(mention.span())));
    return Optional.of(new Described(mention, who));
  }

  /**
   * {@code Equatorial Guinea's representative said …. "…," he said}: a spokesperson or
   * representative the text does not name, as the phrase that opens the sentence (at {@code from})
   * and is the subject of its first verb.
   */
  private static Optional<Described> spokesperson(ArticleContext ctx, Resolver resolver, int s, int from) {
    int v = ctx.firstFiniteVerb(ctx.parsed.sentences().get(s));
    if (v < 0) {
      return Optional.empty();
    }
    NounPhrases.Range np = new NounPhrases(ctx).leftOf(v);
    if (np.isEmpty() || np.end() != v || np.from() != from) {
      return Optional.empty(); // "While a government spokesman insisted …, Guaidó called it a sham"
    }
    Token head = ctx.tokens.get(np.end() - 1);
    String noun = head.text().toLowerCase();
    if (!head.pos().equals("NN") || !RoleNouns.SPOKES.contains(noun)) {
      return Optional.empty();
    }
    return resolver.resolve(np).filter(w -> w.how().equals("spokesperson") || w.anonymous())
        .map(w -> new Described(mention(ctx, np, s, gender(noun)), w));
  }

  /**
   * Where a phrase's head ends: at its first preposition ({@code A representative of Juan Guaidó's
   * delegation}: the name after {@code of} is someone else's), else at {@code end}.
   */
  private static int headEnd(ArticleContext ctx, int from, int end) {
    for (int i = from + 1; i < end; i++) {
      if (ctx.tokens.get(i).pos().equals("IN")) {
        return i;
      }
    }
    return end;
  }

  private static boolean finiteVerbOrQuote(ArticleContext ctx, int from, int end) {
    for (int i = from; i < end; i++) {
      if (ctx.inQuote[i] || ctx.tokens.get(i).isFiniteVerb()) {
        return true;
      }
    }
    return false;
  }

  private static String gender(String lemma) {
    return MALE.contains(lemma) ? "male" : FEMALE.contains(lemma) ? "female" : "";
  }

  /**
   * The head of a phrase that starts at {@code from} and describes one new person: {@code a},
   * {@code an}, {@code one} or {@code another}, modifiers, then a lower-case singular noun that
   * CoreNLP's animacy lists call animate and that is no organisation or spokesperson ({@code a
   * retired teacher}, {@code one National Guard sergeant}); -1 otherwise.
   */
  static int personHead(ArticleContext ctx, int from, int end) {
    if (from >= end || ctx.inQuote[from] || !RoleNouns.INDEFINITE.contains(ctx.tokens.get(from).text().toLowerCase())) {
      return -1;
    }
    int head = -1;
    int i = from + 1;
    while (i < end && !ctx.inQuote[i] && isModifierOrNoun(ctx.tokens.get(i))) {
      if (ctx.tokens.get(i).isNoun()) {
        head = i;
      }
      i++;
    }
    if (head < 0 || head != i - 1 || (i < end && ctx.tokens.get(i).pos().equals("POS"))) {
      return -1; // "A student's mother": the student is not the subject
    }
    Token noun = ctx.tokens.get(head);
    String lemma = noun.lemma().toLowerCase();
    boolean person = noun.pos().equals("NN") && !noun.isCapitalised() && Animacy.animate(lemma)
        && !RoleNouns.ORG_NOUNS.contains(lemma) && !RoleNouns.SPOKES.contains(lemma);
    return person ? head : -1;
  }

  /** The first token after an opening phrase such as {@code Back in Doral,} or {@code On Tuesday,}. */
  static int afterOpening(ArticleContext ctx, Sentence sentence) {
    int first = sentence.firstToken();
    String pos = ctx.tokens.get(first).pos();
    if (!pos.equals("IN") && !pos.startsWith("RB")) {
      return first;
    }
    for (int i = first + 1; i < sentence.endToken() && i <= first + MAX_OPENING; i++) {
      Token t = ctx.tokens.get(i);
      if (t.text().equals(",")) {
        return i + 1;
      }
      if (ctx.inQuote[i] || t.isFiniteVerb()) {
        break;
      }
    }
    return first;
  }

  /** Whether the opening phrase names a person, whom the phrase describes: {@code For Tunde Adeyemi, a Lagos consultant, the events}. */
  private static boolean namedBefore(ArticleContext ctx, int first, int from) {
    for (int i = first; i < from; i++) {
      EntityMention m = ctx.mentionAt(i);
      if (m != null && !m.pronoun() && m.type() == SpeakerType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [first, from)} hold a person named by an unregistered first name of one
   * or two words ({@code Ender, 29,}, {@code María José, 45,}).
   */
  private static boolean firstNameBefore(ArticleContext ctx, int first, int from) {
    for (int i = first; i < from; i++) {
      EntityMention m = ctx.mentionAt(i);
      if (m != null && !m.pronoun() && m.type() == SpeakerType.PERSON && m.actor().isEmpty() && m.end() - m.first() <= 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name follows the phrase between commas: {@code A former ambassador to Mexico, Suresh Iyer, said}. */
  private static boolean namedAfter(ArticleContext ctx, int from, int end) {
    for (int i = from; i < end - 1 && !ctx.inQuote[i]; i++) {
      Token t = ctx.tokens.get(i);
      if (t.text().equals(",")) {
        int name = i + 1;
        if (ctx.mentionAt(name) == null && i + 2 < end && SameNames.HONORIFIC.matcher(ctx.tokens.get(name).text()).matches()) {
          name = i + 2; // ", Dr. Abena Owusu-Ansah, said": the honorific is not part of the mention
        }
        EntityMention next = ctx.mentionAt(name);
        return next != null && !next.pronoun() && next.first() == name && next.type() == SpeakerType.PERSON;
      }
      if (t.isFiniteVerb()) {
        return false;
      }
    }
    return false;
  }

  private static boolean isModifierOrNoun(Token t) {
    return t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("VBN") || t.pos().equals("HYPH")
        || t.text().equals("-");
  }

  private static EntityMention mention(ArticleContext ctx, NounPhrases.Range np, int s, String gender) {
    Token first = ctx.tokens.get(np.from());
    Token last = ctx.tokens.get(np.end() - 1);
    return new EntityMention(np.from(), np.end(), new CharSpan(first.begin(), last.end()), ctx.words(np.from(), np.end()),
        SpeakerType.PERSON, gender, Optional.empty(), false, s, "", false);
  }

  /** The described subject as a mention (for gender and position) and as the speaker it names. */
  record Described(EntityMention mention, Who who) {}
}
