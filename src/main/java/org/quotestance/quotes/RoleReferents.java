package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.quotestance.model.Mention;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.speakers.Actor;
import org.quotestance.speakers.NameKey;

/**
 * Looks back through one article for what a phrase without a name refers to, for {@link Roles}:
 * the latest name whose own or role words match the phrase ({@code the court}, {@code the envoy}),
 * an earlier indefinite description with the same head noun ({@code a senior official}), the
 * subject of one of the two sentences before, or the most recent entity of a fitting kind. Each
 * looks only before the given token or character offset and returns empty when nothing fits.
 */
final class RoleReferents {
  /** The most words a registry alias found by {@link #earlierRegistered} may have. */
  private static final int MAX_ALIAS_WORDS = 6;
  private final ArticleContext ctx;
  private final Resolver resolver;
  private final NounPhrases phrases;
  private final Map<EntityMention, String> borrowedRoles = new HashMap<>();

  RoleReferents(ArticleContext ctx, Resolver resolver) {
    this.ctx = ctx;
    this.resolver = resolver;
    this.phrases = new NounPhrases(ctx);
  }

  /**
   * An earlier indefinite description with the same head noun: {@code a senior State Department
   * official}, {@code One EU diplomat}.
   */
  Optional<Who> earlierDescription(String noun, int before, Mention mention) {
    for (int i = before - 1; i >= 0 && i > before - 600; i--) {
      int k = indefinite(noun, i);
      if (k < 0) {
        continue;
      }
      int end = i + 1;
      if (end + 1 < ctx.tokens.size() && ctx.tokens.get(end).text().matches("of|for|at|in|from|with")
          && ctx.tokens.get(end + 1).isProperNoun()) {
        end += 2;
        while (end < ctx.tokens.size() && ctx.tokens.get(end).isProperNoun() && end < i + 8) {
          end++;
        }
      }
      String name = ctx.words(k + 1, end);
      return Optional.of(new Who(name, SpeakerType.PERSON, Optional.empty(), name, mention, "description"));
    }
    return Optional.empty();
  }

  /**
   * Whether a sentence introduces an unnamed person by this noun ({@code One Latin American
   * diplomat}); not a spokesperson, who speaks for a body, nor a body or a part of one ({@code a
   * three-judge panel of the court}).
   */
  private boolean newPerson(Sentence sentence, String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    if (RoleNouns.SPOKES.contains(n) || RoleNouns.BODY_PARTS.contains(n) || RoleNouns.ORG_NOUNS.contains(n)) {
      return false;
    }
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      if (indefinite(noun, i) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Where the determiner is when token {@code i} heads an indefinite {@code noun} ({@code One EU diplomat}), else -1. */
  private int indefinite(String noun, int i) {
    Token t = ctx.tokens.get(i);
    if (ctx.inQuote[i] || !t.pos().equals("NN") || !t.lemma().equalsIgnoreCase(noun)) {
      return -1;
    }
    int k = i - 1;
    while (k >= 0 && i - k < 7 && !ctx.inQuote[k] && ctx.tokens.get(k).pos().matches("JJ.?|NNP?S?|HYPH|CD|POS|VBN")
        && !ctx.tokens.get(k).text().matches("(?i)one|another")) {
      k--;
    }
    return k >= 0 && ctx.tokens.get(k).text().matches("(?i)an?|one|another") ? k : -1;
  }

  /**
   * {@code On Thursday, the company said it was open. "…," the company said}; {@code Venezuela's
   * foreign ministry responded …. The ministry said}: a subject of one of the two sentences before
   * with the same head noun is whoever that subject was, when it names someone.
   */
  Optional<Who> sameRoleBefore(int tokenIndex, String noun, Mention mention) {
    int sentence = ctx.tokens.get(tokenIndex).sentence();
    int paragraph = ctx.paragraphOf(ctx.tokens.get(tokenIndex).begin());
    for (int s = sentence - 1; s >= 0 && s >= sentence - 2; s--) {
      Sentence prev = ctx.parsed.sentences().get(s);
      if (paragraph - ctx.paragraphOf(prev.begin()) > 1) {
        break;
      }
      if (newPerson(prev, noun)) {
        return Optional.empty(); // "One Latin American diplomat, who …": someone new, not named
      }
      int verb = ctx.firstFiniteVerb(prev);
      if (verb < 0) {
        continue;
      }
      NounPhrases.Range np = phrases.leftOf(verb);
      boolean ends = !np.isEmpty() && np.end() - np.from() >= 2 && ctx.tokens.get(np.end() - 1).text().equalsIgnoreCase(noun);
      boolean opens = !ends && !np.isEmpty() && RoleNouns.BODY_PARTS.contains(noun.toLowerCase(Locale.ROOT)) && headBeforeOf(np, noun);
      if (opens) {
        // "the secretariat said" after "The executive secretariat of the Forum announced": the
        // body it belongs to; not "the mother said" after "The mother of Rufo Chacón told"
        Optional<Who> body = resolver.resolve(np).filter(w -> w.type() == SpeakerType.ORGANIZATION && !w.how().equals("description"));
        if (body.isPresent()) {
          return body.map(w -> Roles.relabel(w, mention, "role"));
        }
      }
      if (ends) {
        // an unnamed spokesperson stays one: "the spokesperson said" after "a State Department
        // spokesperson dismissed the deal" is unknown, with the department's camp
        return resolver.resolve(np).filter(w -> !w.how().equals("description"))
            .map(w -> Roles.relabel(w, mention, w.how().equals("spokesperson") ? "spokesperson" : "role"));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the phrase's first {@code of} follows {@code noun}: {@code A three-judge panel of the
   * court}, {@code The executive secretariat of the Forum}; not {@code a spokesman for the
   * Department of Foreign Affairs}, whose head comes before {@code for}.
   */
  private boolean headBeforeOf(NounPhrases.Range np, String noun) {
    for (int i = np.from() + 1; i < np.end(); i++) {
      String w = ctx.tokens.get(i).text();
      if (w.equalsIgnoreCase("of") || w.equalsIgnoreCase("for")) {
        return w.equalsIgnoreCase("of") && ctx.tokens.get(i - 1).text().equalsIgnoreCase(noun);
      }
    }
    return false;
  }

  /**
   * The person or organisation ({@code type}) that is the subject of one of the two sentences
   * before, in the same or previous paragraph.
   */
  Optional<Who> previousSubject(int tokenIndex, Mention mention, SpeakerType type) {
    return previousSubject(tokenIndex, mention, type, m -> true);
  }

  private boolean possessive(EntityMention m) {
    return m.end() < ctx.tokens.size() && ctx.tokens.get(m.end()).pos().equals("POS");
  }

  /**
   * {@code the bank blamed} after {@code Venezuela's central bank published}: the latest phrase
   * before {@code tokenIndex}, outside quotes, that ends in {@code noun} and is a registry name
   * or alias, though CoreNLP tagged no name there.
   */
  Optional<Who> earlierRegistered(String noun, int tokenIndex, Mention mention) {
    for (int i = tokenIndex - 1; i >= 0; i--) {
      if (ctx.inQuote[i] || !ctx.tokens.get(i).lemma().equalsIgnoreCase(noun)) {
        continue;
      }
      int lo = Math.max(ctx.sentenceOf(i).firstToken(), i - MAX_ALIAS_WORDS);
      for (int k = lo; k < i; k++) {
        Optional<Actor> actor = ctx.registry.byName(ctx.words(k, i + 1));
        if (actor.isPresent() && actor.get().type() == SpeakerType.ORGANIZATION) {
          return Optional.of(new Who(actor.get().name(), actor.get().type(), actor, "", mention, "role"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * As above for an organisation noun that no country is ({@code the company}, {@code the bank}):
   * past a subject CoreNLP tags a place ({@code India's largest buyer, Reliance, said}).
   */
  Optional<Who> previousBody(int tokenIndex, Mention mention) {
    return previousSubject(tokenIndex, mention, SpeakerType.ORGANIZATION,
        m -> !ctx.tokens.get(m.first()).ner().equals("LOCATION"));
  }

  /** As above, for a subject that passes {@code fits}; a subject that does not, ends its sentence's search only. */
  private Optional<Who> previousSubject(int tokenIndex, Mention mention, SpeakerType type,
      Predicate<EntityMention> fits) {
    int sentence = ctx.tokens.get(tokenIndex).sentence();
    int paragraph = ctx.paragraphOf(ctx.tokens.get(tokenIndex).begin());
    for (int s = sentence - 1; s >= 0 && s >= sentence - 2; s--) {
      Sentence prev = ctx.parsed.sentences().get(s);
      if (paragraph - ctx.paragraphOf(prev.begin()) > 1) {
        break;
      }
      Optional<EntityMention> appositive = appositiveSubject(prev, type, fits);
      if (appositive.isPresent()) {
        return appositive.map(m -> Roles.relabel(resolver.named(m, null, "role"), mention, "role"));
      }
      int start = ctx.afterDateline(prev);
      for (EntityMention m : ctx.mentions) {
        if (m.sentence() != s || m.pronoun() || resolver.isModifier(m) || m.first() < start) {
          continue; // "In Caracas, PDVSA was defiant": past the place (or dateline) to the subject
        }
        if (m.type() == type && !m.place() && resolver.isSubject(m) && fits.test(m)) {
          return Optional.of(Roles.relabel(resolver.named(m, null, "role"), mention, "role"));
        }
        if (!fits.test(m) && possessive(m)) {
          continue; // "India's largest buyer, Reliance Industries, said": past the owner that does not fit
        }
        break;
      }
      if (describedSubject(prev)) {
        // "The executive secretariat of the Forum announced …. '…,' the secretariat said": the
        // unnamed subject just before, not a name two sentences back.
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * {@code The Venezuelan ambassador to the United Nations, Samuel Moncada, explained}: the name
   * set off by commas after the role that opens the sentence, when it is the subject of the
   * sentence's first verb (the first name, {@code United Nations}, only completes the role).
   */
  private Optional<EntityMention> appositiveSubject(Sentence sentence, SpeakerType type, Predicate<EntityMention> fits) {
    int verb = ctx.firstFiniteVerb(sentence);
    if (verb < 0) {
      return Optional.empty();
    }
    NounPhrases.Range np = phrases.leftOf(verb);
    if (np.isEmpty() || np.from() <= sentence.firstToken() || !ctx.tokens.get(np.from() - 1).text().equals(",")) {
      return Optional.empty();
    }
    EntityMention m = ctx.mentionAt(np.from());
    boolean whole = m != null && !m.pronoun() && m.first() == np.from() && m.end() == np.end();
    return whole && m.type() == type && fits.test(m) ? Optional.of(m) : Optional.empty();
  }

  /**
   * Whether the sentence's first finite verb has a subject phrase with no name at its head. A
   * sentence holding a quote ({@code "…," the ministry said}) is an attribution, not a description
   * of someone new.
   */
  private boolean describedSubject(Sentence sentence) {
    if (ctx.holdsQuote(sentence)) {
      return false;
    }
    int verb = ctx.firstFiniteVerb(sentence);
    if (verb >= 0) {
      NounPhrases.Range np = phrases.leftOf(verb);
      if (np.isEmpty()) {
        return false;
      }
      for (EntityMention m : ctx.mentions) {
        boolean inside = m.first() >= np.from() && m.first() < np.end();
        if (inside && (m.pronoun() || resolver.isSubject(m))) {
          return false;
        }
      }
      return ctx.tokens.get(np.end() - 1).isNoun();
    }
    return false;
  }

  /**
   * The latest name before {@code offset} whose own words or role words contain every word of
   * {@code words} ({@code court} → {@code Ninth District Court of Appeals}; {@code envoy} → {@code
   * Elliott Abrams, the US special envoy}); with {@code orgOnly}, organisations only. A body's
   * noun ({@code group}, {@code ministry}) names no person, even one whose role holds the word.
   */
  Optional<EntityMention> matching(List<String> words, int offset, boolean orgOnly, boolean loose) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Optional<EntityMention> exact = matchingWords(words, offset, orgOnly, loose);
    List<String> kinds = RoleNouns.SYNONYMS.get(words.get(words.size() - 1));
    if (exact.isPresent() || kinds == null) {
      return exact;
    }
    for (String kind : kinds) {
      Optional<EntityMention> m = matchingWords(List.of(kind), offset, true, loose);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /**
   * As {@link #matching} for a person, with words of one kind taken for each other: a diplomat's
   * nouns ({@code the Russian envoy} for {@code Russian Ambassador Vassily Nebenzia}) and a
   * country's name and adjective ({@code Russia's deputy permanent representative}).
   */
  Optional<EntityMention> matchingKin(List<String> words, int offset) {
    if (words.size() < 2) {
      return Optional.empty(); // a bare "the delegate" may be anyone's; "the Russian delegate" is not
    }
    Set<String> wanted = kin(words);
    EntityMention best = null;
    for (EntityMention m : ctx.mentions) {
      if (m.pronoun() || m.span().begin() >= offset || m.type() != SpeakerType.PERSON) {
        continue;
      }
      if (kin(ownWords(m)).containsAll(wanted)) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The words of a mention's name, of the role written beside it and of its registry role. */
  private List<String> ownWords(EntityMention m) {
    List<String> own = new ArrayList<>(NameKey.words(m.text()));
    own.addAll(NameKey.words(roleOf(m)));
    m.actor().ifPresent(a -> own.addAll(NameKey.words(a.role())));
    return own;
  }

  private Set<String> kin(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(RoleNouns.DIPLOMATS.contains(w) ? "envoy"
          : ctx.registry.country(w).map(a -> "country:" + a.name()).orElse(w));
    }
    return out;
  }

  /**
   * The role written beside a mention, else, for a person, beside another mention of them: {@code
   * Johnson Smith said} keeps the role of {@code Minister Kamina Johnson Smith}. Remembered per mention.
   */
  private String roleOf(EntityMention m) {
    if (!m.role().isEmpty() || m.type() != SpeakerType.PERSON) {
      return m.role();
    }
    return borrowedRoles.computeIfAbsent(m, p -> resolver.named(p, null, "role").role());
  }

  private Optional<EntityMention> matchingWords(List<String> words, int offset, boolean orgOnly, boolean loose) {
    EntityMention best = null;
    boolean body = orgOnly || RoleNouns.ORG_NOUNS.contains(words.get(words.size() - 1));
    for (EntityMention m : ctx.mentions) {
      if (m.pronoun() || m.span().begin() >= offset || (body && m.type() != SpeakerType.ORGANIZATION)) {
        continue;
      }
      List<String> own = ownWords(m);
      if (own.containsAll(words) || (loose && words.size() > 1 && own.containsAll(words.subList(words.size() - 1, words.size()))
          && !orgOnly && m.type() == SpeakerType.ORGANIZATION == RoleNouns.ORG_NOUNS.contains(words.get(words.size() - 1)))) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * {@code the government said}: a registered government that was the subject of one of the two
   * sentences before ({@code Chile's government …. The government added}), else the registered
   * government the article names most often ({@code Venezuela} is the Venezuelan government), not
   * the place named last ({@code the government said} just after a mention of Norway, in a story
   * about Venezuela).
   */
  Optional<Who> government(int tokenIndex, Mention mention) {
    Optional<Who> previous = previousSubject(tokenIndex, mention, SpeakerType.ORGANIZATION,
        m -> m.actor().filter(RoleReferents::governs).isPresent());
    if (previous.isPresent()) {
      return previous;
    }
    return mainGovernment()
        .map(m -> Roles.relabel(resolver.named(m, null, "role"), mention, "role"));
  }

  /** A registered government: {@code Venezuelan government}, or a country speaking through its government. */
  private static boolean governs(Actor a) {
    return a.type() == SpeakerType.ORGANIZATION && (a.name().toLowerCase(Locale.ROOT).endsWith("government")
        || a.role().toLowerCase(Locale.ROOT).contains("speaking through its government"));
  }

  /** The registered government named most often; of two named equally often, the one named first. */
  private Optional<EntityMention> mainGovernment() {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, EntityMention> first = new HashMap<>();
    for (EntityMention m : ctx.mentions) {
      if (m.pronoun() || m.actor().isEmpty()) {
        continue;
      }
      Actor a = m.actor().get();
      if (governs(a)) {
        counts.merge(a.name(), 1, Integer::sum);
        first.putIfAbsent(a.name(), m);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(e -> -first.get(e.getKey()).first())) // a tie: the one named first
        .map(e -> first.get(e.getKey()));
  }

  /**
   * {@code the paper wrote}, {@code the tabloid said}: the latest newspaper or broadcaster named
   * in the paragraph or the two before, known as one by the words beside it ({@code the Madrid
   * daily La Gaceta Ibérica}) or by its name ({@code The Miami Herald}). A phrase with more words
   * ({@code the Beijing paper}) takes one described by all of them, or one in its own paragraph.
   */
  Optional<Who> outlet(List<String> words, int offset, Mention mention) {
    int paragraph = ctx.paragraphOf(offset);
    EntityMention best = null;
    for (EntityMention m : ctx.mentions) {
      if (m.pronoun() || m.span().begin() >= offset || m.type() != SpeakerType.ORGANIZATION
          || paragraph - ctx.paragraphOf(m.span().begin()) > 2) {
        continue;
      }
      // the word before may be an adverb to CoreNLP: "the Madrid daily El País"
      String before = m.first() > 0 ? ctx.tokens.get(m.first() - 1).text() : "";
      String name = m.actor().map(Actor::name).orElse(m.text());
      String role = roleOf(m) + " " + before;
      List<String> described = NameKey.words(name + " " + role);
      boolean near = paragraph == ctx.paragraphOf(m.span().begin());
      if (RoleNouns.press(name, role) && (near || described.containsAll(words.subList(0, words.size() - 1)))) {
        best = m;
      }
    }
    return Optional.ofNullable(best).map(m -> Roles.relabel(resolver.named(m, null, "role"), mention, "role"));
  }

  /**
   * The most recent fitting entity before {@code offset}: for an organisation noun, an organisation
   * whose name contains it (else the latest organisation); for a person's role, the latest person
   * whose role mentions it (else the latest person); for a document, the latest speaker of any type.
   */
  Optional<Who> recent(int offset, String noun, Mention mention, String how) {
    EntityMention best = null;
    EntityMention fallback = null;
    for (EntityMention m : ctx.mentions) {
      if (m.span().begin() >= offset || m.pronoun()) {
        continue;
      }
      boolean org = m.type() == SpeakerType.ORGANIZATION;
      if (noun == null) {
        fallback = m;
      } else if (noun.isEmpty()) {
        if (!org) {
          fallback = m;
        }
      } else if (org && (!m.place() || noun.equals("government") || noun.equals("country"))) {
        if (noun.equals("organization")) {
          best = m;
        }
        fallback = m;
        if (m.text().toLowerCase().contains(noun)) {
          best = m;
        }
      }
    }
    EntityMention chosen = best != null ? best : fallback;
    if (chosen == null) {
      return Optional.empty();
    }
    Who who = resolver.named(chosen, null, how);
    return Optional.of(new Who(who.name(), who.type(), who.actor(), who.role(), mention, how));
  }
}
