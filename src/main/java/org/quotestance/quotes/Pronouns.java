package org.quotestance.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Mention;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Token;
import org.quotestance.speakers.Genders;

/**
 * Resolves the subject pronouns {@code he}, {@code she}, {@code it} and {@code they} of one
 * article for {@link Resolver}: the nearest earlier sentence subject, else mention, of compatible
 * gender and number, up to eight sentences and two paragraphs back (not counting sentences wholly
 * inside quotation marks, which name no one new). Remembers each pronoun's
 * antecedent, so a pronoun resolves the same way for every sieve that asks and a chain of
 * pronouns cannot loop. A sentence whose subject describes an unnamed person ({@code a woman
 * selling coffee laughed}) gives that person (see {@link DescribedSubjects}). Returns empty when
 * no antecedent fits.
 */
final class Pronouns {
  private static final int MAX_SENTENCES_BACK = 8;
  private static final int MAX_PARAGRAPHS_BACK = 2;
  private static final Set<String> TIME_MARKS = Set.of("am", "pm", "a.m.", "p.m.", "gmt", "bst", "utc", "cet",
      "et", "est", "edt", "h", "hrs");
  /** Words that open a clause before the main one ({@code Before she leaves, …}). */
  private static final Set<String> SUBORDINATORS = Set.of("before", "after", "when", "while", "as", "although",
      "though", "since", "once", "until", "because", "if", "whenever");
  /** The most words between a cataphoric pronoun and the comma that ends its clause. */
  private static final int MAX_CLAUSE = 15;
  private static final Set<String> DOCUMENT_DETERMINERS = Set.of("the", "this", "its", "their", "her", "his");
  /** How far after a pronoun the comma before a marker of anonymity may come ({@code he told Reuters,}). */
  private static final int MAX_TO_COMMA = 4;
  /** How far after that comma the marker may start ({@code , speaking on condition of anonymity}). */
  private static final int MAX_COMMA_TO_MARKER = 3;

  private final ArticleContext ctx;
  private final Resolver resolver;
  private final Map<Integer, Optional<EntityMention>> antecedents = new HashMap<>();
  private final Map<EntityMention, Who> described = new HashMap<>();
  private final Map<Integer, Optional<DescribedSubjects.Described>> describedBySentence = new HashMap<>();
  private final Map<Integer, Optional<EntityMention>> documentBySentence = new HashMap<>();
  private boolean strict = true;

  Pronouns(ArticleContext ctx, Resolver resolver) {
    this.ctx = ctx;
    this.resolver = resolver;
  }

  /** A pronoun: the nearest compatible sentence subject, else the nearest compatible mention. */
  Optional<Who> resolve(int tokenIndex) {
    Token t = ctx.tokens.get(tokenIndex);
    Mention pronoun = new Mention(t.text(), new CharSpan(t.begin(), t.end()));
    return antecedent(tokenIndex).map(m -> {
      Who description = described.get(m);
      Who who = description != null ? description : resolver.named(m, null, "pronoun");
      return new Who(who.name(), who.type(), who.actor(), who.role(), pronoun, description != null ? who.how() : "pronoun");
    });
  }

  /**
   * {@code "…," he said, declining to give his name} or {@code she told Reuters, speaking on
   * condition of anonymity}: whoever the pronoun stands for, the writer does not name them. The
   * words follow the comma after the pronoun's verb.
   */
  private boolean declinesName(int p) {
    String word = ctx.tokens.get(p).text().toLowerCase();
    if (!word.equals("he") && !word.equals("she")) {
      return false;
    }
    int end = ctx.sentenceOf(p).endToken();
    for (int c = p + 2; c < end && c <= p + MAX_TO_COMMA; c++) {
      if (ctx.tokens.get(c).text().equals(",")) {
        int marker = Anonymity.marker(ctx, c + 1, end);
        if (marker <= c || marker - c > MAX_COMMA_TO_MARKER) {
          return false;
        }
        // "she said, asking that her surname not be used" after "Yolanda, 61, …": the first name
        // she stands for names her; not a woman named in full before ("Delcy Rodríguez")
        return !Anonymity.surnameOnly(ctx, marker, end) || findAntecedent(p).filter(Pronouns::givenNameOnly).isEmpty();
      }
    }
    return false;
  }

  /**
   * {@code Before she leaves, Contreras asks us …}: a pronoun that opens a subordinate clause at
   * the start of its sentence stands for the name that opens the main clause after the comma, when
   * a verb follows that name and nothing rules out its gender.
   */
  private Optional<EntityMention> cataphor(int p) {
    Sentence sentence = ctx.sentenceOf(p);
    int first = sentence.firstToken();
    int end = sentence.endToken();
    if (p != first + 1 || ctx.inQuote[first] || !SUBORDINATORS.contains(ctx.tokens.get(first).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (int i = p + 1; i + 2 < end && i <= p + MAX_CLAUSE; i++) {
      if (ctx.inQuote[i]) {
        return Optional.empty();
      }
      if (ctx.tokens.get(i).text().equals(",")) {
        EntityMention m = ctx.mentionAt(i + 1);
        boolean named = m != null && m.first() == i + 1 && !m.pronoun() && m.end() < end
            && ctx.tokens.get(m.end()).isFiniteVerb();
        boolean saved = strict;
        strict = false;
        boolean fits = named && compatible(m, subjectForm(ctx.tokens.get(p).text()));
        strict = saved;
        return fits ? Optional.of(m) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A person named by one word that the registry does not know: a first name ({@code Yolanda}). */
  private static boolean givenNameOnly(EntityMention m) {
    return !m.pronoun() && m.type() == SpeakerType.PERSON && m.actor().isEmpty() && m.end() - m.first() == 1;
  }

  /** The pronoun itself as the mention of the unnamed person it stands for (see {@link #declinesName}). */
  private EntityMention unnamedSelf(int p) {
    Token t = ctx.tokens.get(p);
    String gender = t.text().equalsIgnoreCase("she") ? "female" : "male";
    EntityMention self = new EntityMention(p, p + 1, new CharSpan(t.begin(), t.end()), t.text(), SpeakerType.PERSON,
        gender, Optional.empty(), false, t.sentence(), "", false);
    Mention mention = new Mention(t.text(), new CharSpan(t.begin(), t.end()));
    described.put(self, new Who(Who.UNNAMED, SpeakerType.PERSON, Optional.empty(), Who.UNNAMED, mention, "description"));
    return self;
  }

  private Optional<EntityMention> antecedent(int tokenIndex) {
    Optional<EntityMention> known = antecedents.get(tokenIndex);
    if (known != null) {
      return known;
    }
    antecedents.put(tokenIndex, Optional.empty()); // guards against cycles while resolving
    Optional<EntityMention> found = declinesName(tokenIndex) ? Optional.of(unnamedSelf(tokenIndex))
        : cataphor(tokenIndex).or(() -> findAntecedent(tokenIndex));
    antecedents.put(tokenIndex, found);
    return found;
  }

  /**
   * A name of matching known gender, unless a name of unknown gender is in a nearer sentence, or
   * is the subject of the same sentence: {@code Branson told the crowd … He added} is Branson even
   * though Branson's gender is unknown and a known man was named further back. A gender guessed
   * from a first name's ending ({@link org.quotestance.speakers.Genders}) counts as known when it
   * matches; a name guessed the other way wins over a matching one only as a later sentence's subject.
   */
  private Optional<EntityMention> findAntecedent(int p) {
    boolean saved = strict;
    try {
      strict = true;
      Optional<EntityMention> known = search(p);
      strict = false;
      Optional<EntityMention> any = search(p);
      if (known.isEmpty() || any.isEmpty()) {
        return known.isPresent() ? known : any;
      }
      EntityMention k = known.get();
      EntityMention a = any.get();
      if (a.gender().endsWith(Genders.GUESSED) && !(a.sentence() > k.sentence() && resolver.isSubject(a))) {
        // A name guessed the other way from its ending ("Chukwuemeka Obi") is taken over a name of
        // matching gender only as the subject of a later sentence: not "Juan Guaidó spoke. Among
        // the crowd was Yajaira Mendoza. … he said", nor "Dayana Rojas waited with Luis Rojas".
        return known;
      }
      // "Alexei Volkov noted that predictions of Maduro's fall failed. … he said": in one sentence
      // its subject, of unknown gender, beats a name of known gender further in.
      // So does it over a possessor ("Asked about Mr. Abrams's remarks, spokesperson Raveesh Kumar said").
      boolean subjectWins = k.sentence() == a.sentence() && resolver.isSubject(a) && !possessive(a)
          && (!resolver.isSubject(k) || possessive(k));
      return k.sentence() >= a.sentence() && !subjectWins ? known : any;
    } finally {
      strict = saved;
    }
  }

  private Optional<EntityMention> search(int p) {
    Token pronoun = ctx.tokens.get(p);
    String word = subjectForm(pronoun.text());
    int sentence = pronoun.sentence();
    int paragraph = ctx.paragraphOf(pronoun.begin());
    int paragraphsBack = 0;
    int looked = 0;
    // "Bachelet asked her about the detentions": an object pronoun is not its own sentence's subject
    boolean object = pronoun.text().toLowerCase(Locale.ROOT).matches("him|her|them");
    for (int s = object ? sentence - 1 : sentence; s >= 0 && looked <= MAX_SENTENCES_BACK; s--) {
      Sentence here = ctx.parsed.sentences().get(s);
      if (s != sentence && (quotedOnly(here) || timestamp(here))) {
        // an answer running over paragraphs, or a live page's "3.30pm", names no one new:
        // "I began by asking …" / "“…" / "“…,” she said"
        continue;
      }
      int para = ctx.paragraphOf(here.begin());
      if (para != paragraph) {
        paragraphsBack++;
        paragraph = para;
      }
      if (paragraphsBack > MAX_PARAGRAPHS_BACK) {
        break;
      }
      looked++;
      Optional<EntityMention> found = inSentence(s, s == sentence ? p : Integer.MAX_VALUE, word);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** {@code her} stands for whom {@code she} would: object and possessive pronouns take their subject form. */
  private static String subjectForm(String pronoun) {
    String word = pronoun.toLowerCase(Locale.ROOT);
    return switch (word) {
      case "him" -> "he";
      case "her" -> "she";
      case "them", "their" -> "they";
      case "its" -> "it";
      default -> word;
    };
  }

  /** Whether every word of the sentence is inside quotation marks. */
  private boolean quotedOnly(Sentence sentence) {
    boolean quoted = false;
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      if (!ctx.inQuote[i] && Character.isLetterOrDigit(ctx.tokens.get(i).text().charAt(0))) {
        return false;
      }
      quoted |= ctx.inQuote[i];
    }
    return quoted; // not a scene break ("* * *"), which ends the search as a paragraph does
  }

  /** Whether the sentence is only a time of day, as live pages and diaries head their entries ({@code 3.30pm}, {@code 14:05 GMT}). */
  private boolean timestamp(Sentence sentence) {
    boolean number = false;
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      Token t = ctx.tokens.get(i);
      if (!t.pos().equals("CD") && !TIME_MARKS.contains(t.text().toLowerCase(Locale.ROOT))
          && Character.isLetterOrDigit(t.text().charAt(0))) {
        return false;
      }
      number |= t.pos().equals("CD");
    }
    return number;
  }

  /** In one sentence, before token {@code limit}: its subject if compatible, else the last compatible. */
  private Optional<EntityMention> inSentence(int s, int limit, String pronoun) {
    if (pronoun.equals("it") && limit == Integer.MAX_VALUE) {
      Optional<EntityMention> document = documentBySentence.get(s);
      if (document == null) {
        // Not computeIfAbsent: resolving the document's issuer may resolve pronouns and fill this map.
        document = documentSubject(s);
        documentBySentence.put(s, document);
      }
      if (document.isPresent()) {
        return document;
      }
    }
    Optional<DescribedSubjects.Described> unnamed = describedSubject(s)
        .filter(d -> d.mention().first() < limit && compatible(d.mention(), pronoun))
        // In the pronoun's own sentence only a description of known gender: "A judge ruled that he
        // must stay in jail" is not the judge.
        .filter(d -> limit == Integer.MAX_VALUE || !d.mention().gender().isEmpty());
    if (unnamed.isPresent()) {
      described.put(unnamed.get().mention(), unnamed.get().who());
      return Optional.of(unnamed.get().mention());
    }
    EntityMention subject = null;
    EntityMention last = null;
    for (EntityMention m : ctx.mentions) {
      if (m.sentence() != s || m.first() >= limit) {
        continue;
      }
      Optional<EntityMention> real = m.pronoun() ? antecedent(m.first()) : Optional.of(m);
      if (real.isEmpty() || resolver.isModifier(m) || afterOnOrVia(m)) {
        continue; // "the Venezuelan embassy in Canberra … it said" is not Australia
      }
      boolean compatible = compatible(real.get(), pronoun) && (!m.pronoun() || sameWord(m, pronoun));
      if (subject == null && compatible && resolver.isSubject(m) && !possessive(m)) {
        subject = real.get();
      }
      if (compatible) {
        last = real.get();
      }
    }
    // In the pronoun's own sentence only its subject can be the antecedent ("Asked whether the
    // UN would recognise Guaidó, he said" is not Guaidó).
    boolean own = limit != Integer.MAX_VALUE;
    return Optional.ofNullable(subject != null ? subject : own ? null : last);
  }

  /**
   * {@code The report focuses on the FAES, a police unit. It describes …}: a document that is an
   * earlier sentence's subject is what {@code it} stands for, not the last organisation named. The
   * document's words are its issuer's (see {@link Roles}).
   */
  private Optional<EntityMention> documentSubject(int s) {
    Sentence sentence = ctx.parsed.sentences().get(s);
    int from = DescribedSubjects.afterOpening(ctx, sentence);
    int end = sentence.endToken();
    if (from >= end || !DOCUMENT_DETERMINERS.contains(ctx.tokens.get(from).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int head = from + 1;
    while (head < end && ctx.tokens.get(head).pos().matches("JJ|NN|NNP|POS|HYPH|CD")
        && !RoleNouns.DOC_NOUNS.contains(ctx.tokens.get(head).text().toLowerCase(Locale.ROOT))) {
      head++;
    }
    if (head + 1 >= end || !ctx.tokens.get(head).pos().equals("NN")
        || !RoleNouns.DOC_NOUNS.contains(ctx.tokens.get(head).text().toLowerCase(Locale.ROOT))
        || !(ctx.tokens.get(head + 1).isFiniteVerb() || ctx.tokens.get(head + 1).text().equals(","))) {
      return Optional.empty();
    }
    for (int i = head + 1; i + 1 < end; i++) {
      if (!ctx.tokens.get(i).text().toLowerCase(Locale.ROOT).matches("by|from")) {
        continue;
      }
      EntityMention by = ctx.mentionAt(ctx.tokens.get(i + 1).pos().equals("DT") ? i + 2 : i + 1);
      if (by != null && !by.pronoun() && by.type() != SpeakerType.PERSON) {
        return Optional.empty(); // "The report was rejected by the foreign ministry. It said": the ministry
      }
    }
    NounPhrases.Range np = new NounPhrases.Range(from, head + 1);
    Optional<Who> issuer = resolver.resolve(np);
    if (issuer.isEmpty()) {
      return Optional.empty();
    }
    Token first = ctx.tokens.get(from);
    CharSpan span = new CharSpan(first.begin(), ctx.tokens.get(head).end());
    EntityMention document = new EntityMention(from, head + 1, span, span.of(ctx.text), SpeakerType.ORGANIZATION,
        "", Optional.empty(), false, s, "", false);
    described.put(document, issuer.get());
    return Optional.of(document);
  }

  /** The sentence's described subject, found once per sentence (see {@link DescribedSubjects}). */
  private Optional<DescribedSubjects.Described> describedSubject(int s) {
    Optional<DescribedSubjects.Described> known = describedBySentence.get(s);
    if (known == null) {
      // Not computeIfAbsent: resolving the description may resolve pronouns and fill this map.
      known = DescribedSubjects.find(ctx, resolver, s);
      describedBySentence.put(s, known);
    }
    return known;
  }

  /**
   * {@code wrote on Twitter}, {@code said via Telegram}: where something was said does not speak
   * later. People after {@code on} ({@code pressure on Maduro}) still can.
   */
  private boolean afterOnOrVia(EntityMention m) {
    return m.first() > 0 && !m.pronoun() && m.type() != SpeakerType.PERSON
        && ctx.tokens.get(m.first() - 1).text().matches("(?i)on|via");
  }

  /** {@code Táchira's governor, Laidy Gómez,}: a possessor is not the subject, whoever it is. */
  private boolean possessive(EntityMention m) {
    return m.end() < ctx.tokens.size() && ctx.tokens.get(m.end()).pos().equals("POS");
  }

  private boolean sameWord(EntityMention m, String pronoun) {
    return m.text().equalsIgnoreCase(pronoun);
  }

  private boolean compatible(EntityMention m, String pronoun) {
    String gender = m.gender();
    return switch (pronoun) {
      // A gender guessed from a name's ending counts when it matches but does not rule a name out.
      case "he" -> m.type() == SpeakerType.PERSON && (strict ? gender.startsWith("male") : !gender.equals("female"));
      case "she" -> m.type() == SpeakerType.PERSON && (strict ? gender.startsWith("female") : !gender.equals("male"));
      case "it" -> m.type() == SpeakerType.ORGANIZATION;
      case "they" -> m.type() == SpeakerType.ORGANIZATION;
      default -> false;
    };
  }
}
