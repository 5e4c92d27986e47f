package org.quotestance.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Mention;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Token;
import org.quotestance.speakers.Actor;
import org.quotestance.speakers.NameKey;

/**
 * Turns a subject noun phrase into a speaker: a name (canonicalised through the registry or the
 * longest name of the same person in the article), a pronoun (resolved by gender, number,
 * sentence subjects and recency), a role ({@code the minister}, {@code the statement}, {@code the
 * ministry}) resolved to the entity it refers to, or an unnamed description ({@code a senior
 * official}).
 */
final class Resolver {
  private static final Set<String> DOC_NOUNS = Set.of("statement", "tweet", "post", "letter", "communique",
      "communiqué", "message", "release", "note", "report", "text", "declaration", "video", "ruling", "decree");
  private static final Set<String> ORG_NOUNS = Set.of("ministry", "department", "government", "court", "union",
      "club", "council", "company", "party", "embassy", "office", "agency", "commission", "committee", "army",
      "military", "police", "administration", "white", "kremlin", "group", "organisation", "organization",
      "campaign", "firm", "league", "board", "assembly", "parliament", "congress", "senate", "spokesperson's");
  private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "representative");
  private static final int MAX_SENTENCES_BACK = 8;

  private final ArticleContext ctx;
  private final Map<Integer, Optional<EntityMention>> pronouns = new HashMap<>();

  Resolver(ArticleContext ctx) {
    this.ctx = ctx;
  }

  /** The speaker a subject phrase names, or empty when it names none. */
  Optional<Who> resolve(NounPhrases.Range np) {
    if (np.isEmpty()) {
      return Optional.empty();
    }
    Token only = ctx.tokens.get(np.from());
    if (np.end() - np.from() == 1 && NounPhrases.isPronounLike(only)) {
      return relative(only) ? resolveRelative(np.from()) : resolvePronoun(np.from());
    }
    Optional<Who> registered = registered(np);
    if (registered.isPresent()) {
      return registered;
    }
    List<EntityMention> inside = ctx.mentionsIn(np.from(), np.end());
    Token head = ctx.tokens.get(np.end() - 1);
    boolean commonHead = head.isNoun() && !head.isCapitalised() && ctx.mentionAt(np.end() - 1) == null;
    if (commonHead) {
      // "a senior US administration official", "U.S. officials": the names only modify the head.
      return resolveRole(np);
    }
    Optional<EntityMention> named = pick(inside);
    if (named.isPresent()) {
      return Optional.of(named(named.get(), np, "name"));
    }
    return resolveRole(np);
  }

  /** A registry name or alias that ends the phrase ({@code the Venezuelan government}). */
  private Optional<Who> registered(NounPhrases.Range np) {
    for (int from = np.from(); from < np.end(); from++) {
      String phrase = ctx.words(from, np.end());
      Optional<Actor> actor = ctx.registry.byName(phrase);
      if (actor.isPresent()) {
        CharSpan span = new CharSpan(ctx.tokens.get(from).begin(), ctx.tokens.get(np.end() - 1).end());
        Actor a = actor.get();
        return Optional.of(new Who(a.name(), a.type(), actor, "", new Mention(phrase, span), "name"));
      }
    }
    return Optional.empty();
  }

  private static boolean relative(Token t) {
    return t.pos().startsWith("W");
  }

  /** Last person in the phrase, else its last organisation. */
  private static Optional<EntityMention> pick(List<EntityMention> inside) {
    EntityMention person = null;
    EntityMention org = null;
    for (EntityMention m : inside) {
      if (m.pronoun()) {
        continue;
      }
      if (m.type() == SpeakerType.PERSON) {
        person = m;
      } else {
        org = m;
      }
    }
    return Optional.ofNullable(person != null ? person : org);
  }

  Who named(EntityMention m, NounPhrases.Range np, String how) {
    Mention mention = new Mention(m.text(), m.span());
    if (m.actor().isPresent()) {
      Actor a = m.actor().get();
      return new Who(a.name(), a.type(), m.actor(), m.role(), mention, how);
    }
    if (m.type() == SpeakerType.PERSON) {
      String name = longestName(m);
      Optional<Actor> actor = ctx.registry.byName(name);
      return new Who(actor.map(Actor::name).orElse(name), SpeakerType.PERSON, actor, roleOf(m), mention, how);
    }
    String name = np == null ? m.text() : orgName(m, np);
    return new Who(stripArticle(name), SpeakerType.ORGANIZATION, Optional.empty(), "", mention, how);
  }

  /** An organisation named with a modifier before it ({@code Colombia's Foreign Ministry}). */
  private String orgName(EntityMention m, NounPhrases.Range np) {
    if (m.end() != np.end()) {
      return m.text();
    }
    int start = m.first();
    while (start - 1 >= np.from() && (ctx.tokens.get(start - 1).isCapitalised()
        || ctx.tokens.get(start - 1).pos().equals("POS"))) {
      start--;
    }
    return ctx.words(start, m.end());
  }

  private String roleOf(EntityMention m) {
    for (EntityMention other : ctx.mentions) {
      if (!other.role().isEmpty() && sameSurname(other, m)) {
        return other.role();
      }
    }
    return "";
  }

  /** The longest person mention in the article with the same last word (the full name). */
  private String longestName(EntityMention m) {
    String best = bareName(m.text());
    for (EntityMention other : ctx.mentions) {
      if (other.type() == SpeakerType.PERSON && !other.pronoun() && other.actor().isEmpty()
          && sameSurname(other, m) && bareName(other.text()).length() > best.length()) {
        best = bareName(other.text());
      }
    }
    return best;
  }

  private static boolean sameSurname(EntityMention a, EntityMention b) {
    List<String> x = NameKey.words(a.text());
    List<String> y = NameKey.words(b.text());
    return !x.isEmpty() && !y.isEmpty() && x.get(x.size() - 1).equals(y.get(y.size() - 1));
  }

  private static String bareName(String name) {
    return name.replaceFirst("^(?i)(mr|mrs|ms|miss|dr)\\.?\\s+", "");
  }

  private static String stripArticle(String name) {
    return name.replaceFirst("^(?i)the\\s+", "");
  }

  /** A pronoun: the nearest compatible sentence subject, else the nearest compatible mention. */
  Optional<Who> resolvePronoun(int tokenIndex) {
    return antecedent(tokenIndex).map(m -> {
      Who who = named(m, null, "pronoun");
      Token t = ctx.tokens.get(tokenIndex);
      return new Who(who.name(), who.type(), who.actor(), who.role(), new Mention(t.text(), new CharSpan(t.begin(), t.end())), "pronoun");
    });
  }

  private Optional<EntityMention> antecedent(int tokenIndex) {
    Optional<EntityMention> known = pronouns.get(tokenIndex);
    if (known != null) {
      return known;
    }
    pronouns.put(tokenIndex, Optional.empty()); // guards against cycles while resolving
    Optional<EntityMention> found = findAntecedent(tokenIndex);
    pronouns.put(tokenIndex, found);
    return found;
  }

  private Optional<EntityMention> findAntecedent(int p) {
    Token pronoun = ctx.tokens.get(p);
    String word = pronoun.text().toLowerCase();
    int sentence = pronoun.sentence();
    int paragraph = ctx.paragraphOf(pronoun.begin());
    for (int s = sentence; s >= 0 && s >= sentence - MAX_SENTENCES_BACK; s--) {
      if (paragraph - ctx.paragraphOf(ctx.parsed.sentences().get(s).begin()) > 2) {
        break;
      }
      Optional<EntityMention> found = inSentence(s, s == sentence ? p : Integer.MAX_VALUE, word);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** In one sentence, before token {@code limit}: its subject if compatible, else the last compatible. */
  private Optional<EntityMention> inSentence(int s, int limit, String pronoun) {
    EntityMention subject = null;
    EntityMention last = null;
    for (EntityMention m : ctx.mentions) {
      if (m.sentence() != s || m.first() >= limit) {
        continue;
      }
      Optional<EntityMention> real = m.pronoun() ? antecedent(m.first()) : Optional.of(m);
      if (real.isEmpty()) {
        continue;
      }
      boolean compatible = compatible(real.get(), pronoun) && (!m.pronoun() || sameWord(m, pronoun));
      if (subject == null && compatible && isSubject(m)) {
        subject = real.get();
      }
      if (compatible) {
        last = real.get();
      }
    }
    return Optional.ofNullable(subject != null ? subject : last);
  }

  private boolean sameWord(EntityMention m, String pronoun) {
    return m.text().equalsIgnoreCase(pronoun);
  }

  /** The first mention of its sentence before any verb of the writer's. */
  private boolean isSubject(EntityMention m) {
    int first = ctx.parsed.sentences().get(m.sentence()).firstToken();
    for (int i = first; i < m.first(); i++) {
      if (!ctx.inQuote[i] && ctx.tokens.get(i).pos().matches("VBD|VBZ|VBP|MD")) {
        return false;
      }
    }
    return true;
  }

  private static boolean compatible(EntityMention m, String pronoun) {
    String gender = m.gender();
    return switch (pronoun) {
      case "he" -> m.type() == SpeakerType.PERSON && !gender.equals("female");
      case "she" -> m.type() == SpeakerType.PERSON && !gender.equals("male");
      case "it" -> m.type() == SpeakerType.ORGANIZATION;
      case "they" -> m.type() == SpeakerType.ORGANIZATION;
      default -> false;
    };
  }

  /** {@code who}, {@code that}, {@code which}: the phrase before it ({@code a tweet by John Bolton that said}). */
  private Optional<Who> resolveRelative(int tokenIndex) {
    NounPhrases phrases = new NounPhrases(ctx);
    int lo = ctx.sentenceOf(tokenIndex).firstToken();
    for (int i = tokenIndex - 1; i >= lo && i >= tokenIndex - 3; i--) {
      EntityMention m = ctx.mentionAt(i);
      if (m != null && !m.pronoun()) {
        return Optional.of(named(m, null, "relative"));
      }
    }
    NounPhrases.Range before = phrases.leftOf(tokenIndex);
    return before.isEmpty() ? Optional.empty() : resolveRole(before);
  }

  /** A phrase without a name: a registry title, a document, an organisation or a person's role. */
  private Optional<Who> resolveRole(NounPhrases.Range np) {
    String phrase = ctx.words(np.from(), np.end());
    Token head = ctx.tokens.get(np.end() - 1);
    CharSpan span = new CharSpan(ctx.tokens.get(np.from()).begin(), head.end());
    Mention mention = new Mention(phrase, span);
    Optional<Actor> titled = ctx.registry.byTitle(phrase);
    if (titled.isPresent()) {
      Actor a = titled.get();
      return Optional.of(new Who(a.name(), a.type(), titled, "", mention, "title"));
    }
    String noun = head.lemma().toLowerCase();
    boolean definite = ctx.tokens.get(np.from()).text().equalsIgnoreCase("the")
        || ctx.tokens.get(np.from()).pos().equals("PRP$");
    if (DOC_NOUNS.contains(noun)) {
      return recent(span.begin(), null, mention, "document");
    }
    if (definite && ORG_NOUNS.contains(noun)) {
      return recent(span.begin(), noun, mention, "role");
    }
    if (definite && head.pos().equals("NN") && !SPOKES.contains(noun)) {
      return recent(span.begin(), "", mention, "role");
    }
    if (head.isNoun() && !definite) {
      SpeakerType type = head.pos().endsWith("S") ? SpeakerType.ORGANIZATION : SpeakerType.PERSON;
      String name = phrase.replaceFirst("^(?i)(a|an|the|some|several|two|three|many)\\s+", "");
      return Optional.of(new Who(name, type, Optional.empty(), name, mention, "description"));
    }
    return Optional.empty();
  }

  /**
   * The most recent fitting entity before {@code offset}: for an organisation noun, an organisation
   * whose name contains it (else the latest organisation); for a person's role, the latest person
   * whose role mentions it (else the latest person); for a document, the latest speaker of any type.
   */
  private Optional<Who> recent(int offset, String noun, Mention mention, String how) {
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
      } else if (org) {
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
    Who who = named(chosen, null, how);
    return Optional.of(new Who(who.name(), who.type(), who.actor(), who.role(), mention, how));
  }
}
