package org.quotestance.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Mention;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Token;
import org.quotestance.speakers.Actor;
import org.quotestance.speakers.NameKey;

/**
 * Resolves subject phrases that hold no name: registry titles, documents, spokespeople, role and
 * organisation nouns, and unnamed descriptions. Part of {@link Resolver}; its word tables are in
 * {@link RoleNouns}.
 */
final class Roles {
  private final ArticleContext ctx;
  private final Resolver resolver;

  Roles(ArticleContext ctx, Resolver resolver) {
    this.ctx = ctx;
    this.resolver = resolver;
  }

  /**
   * A phrase without a name: a registry title ({@code the opposition leader}); a document ({@code
   * the statement}) resolved to whoever issued it; a spokesperson resolved to the organisation
   * named in the phrase; a role or organisation noun ({@code the court}, {@code the envoy}) matched
   * against earlier names and the roles written beside them; else an unnamed description.
   */
  Optional<Who> resolve(NounPhrases.Range np) {
    String phrase = ctx.words(np.from(), np.end());
    Token head = ctx.tokens.get(np.end() - 1);
    CharSpan span = new CharSpan(ctx.tokens.get(np.from()).begin(), head.end());
    Mention mention = ctx.mention(span);
    Optional<Actor> titled = ctx.registry.byTitle(phrase);
    if (titled.isPresent()) {
      Actor a = titled.get();
      return Optional.of(new Who(a.name(), a.type(), titled, "", mention, "title"));
    }
    String noun = head.lemma().toLowerCase();
    List<String> words = contentWords(phrase);
    boolean definite = ctx.tokens.get(np.from()).text().equalsIgnoreCase("the")
        || ctx.tokens.get(np.from()).pos().equals("PRP$");
    if (RoleNouns.DOC_NOUNS.contains(noun)) {
      Optional<Who> source = documentSource(noun, np.from()).map(w -> relabel(w, mention, "document"));
      return source.isPresent() ? source : recent(span.begin(), "organization", mention, "document");
    }
    if (RoleNouns.SPOKES.contains(noun) && words.size() > 1 && !head.pos().endsWith("S")) {
      Optional<EntityMention> org = matching(words.subList(0, words.size() - 1), span.begin(), true, true);
      if (org.isPresent()) {
        return Optional.of(relabel(resolver.named(org.get(), null, "spokesperson"), mention, "spokesperson"));
      }
    }
    boolean person = (head.pos().equals("NN") || RoleNouns.PARTY_MEMBERS.contains(noun)) && !RoleNouns.ORG_NOUNS.contains(noun);
    if (definite || !head.pos().endsWith("S")) {
      Optional<EntityMention> match = matching(words, span.begin(), false, false);
      boolean orgNoun = head.pos().equals("NN") && RoleNouns.ORG_NOUNS.contains(noun);
      if (match.isPresent() && definite && orgNoun && !RoleNouns.namedAs(match.get(), noun)) {
        // "the company said" right after "Citgo, which runs three refineries, said it was
        // unaffected": the organisation just speaking, not an earlier one only described as a
        // company ("PDVSA, the state oil company"), unless its name says it is something else.
        Optional<Who> previous = previousSubject(np.from(), mention, SpeakerType.ORGANIZATION)
            .filter(w -> !RoleNouns.namedOtherwise(w.name(), noun));
        if (previous.isPresent()) {
          return previous;
        }
      }
      if (match.isEmpty() && definite && person) {
        // "the official" after "a senior State Department official said"; "the former Chilean
        // president" right after a sentence about Michelle Bachelet.
        Optional<Who> described = earlierDescription(noun, np.from(), mention);
        if (described.isPresent()) {
          return described;
        }
        Optional<Who> previous = previousSubject(np.from(), mention, SpeakerType.PERSON);
        if (previous.isPresent()) {
          return previous;
        }
      }
      if (match.isEmpty() && definite && !person && head.pos().equals("NN") && RoleNouns.ORG_NOUNS.contains(noun)) {
        // "the company said" right after "Gulf Coast Power, the main utility in the region, said".
        Optional<Who> previous = previousSubject(np.from(), mention, SpeakerType.ORGANIZATION);
        if (previous.isPresent()) {
          return previous;
        }
      }
      if (match.isEmpty()) {
        match = matching(words, span.begin(), false, true);
      }
      if (match.isPresent()) {
        return Optional.of(relabel(resolver.named(match.get(), null, "role"), mention, "role"));
      }
    }
    if (definite && (noun.equals("government") || noun.equals("country"))) {
      return recent(span.begin(), noun, mention, "role");
    }
    if (definite && RoleNouns.GENERIC_PEOPLE.contains(noun)) {
      return recent(span.begin(), "", mention, "role");
    }
    if (head.isNoun() && !RoleNouns.thing(noun)) {
      SpeakerType type = head.pos().endsWith("S") || RoleNouns.ORG_NOUNS.contains(noun) ? SpeakerType.ORGANIZATION : SpeakerType.PERSON;
      String name = phrase.replaceFirst("^(?i)(a|an|the|some|several|two|three|many|its|his|her|their)\\s+", "");
      return Optional.of(new Who(name, type, Optional.empty(), name, mention, "description"));
    }
    return Optional.empty();
  }

  /** An earlier indefinite description with the same head noun: {@code a senior State Department official}. */
  private Optional<Who> earlierDescription(String noun, int before, Mention mention) {
    for (int i = before - 1; i >= 0 && i > before - 600; i--) {
      Token t = ctx.tokens.get(i);
      if (ctx.inQuote[i] || !t.pos().equals("NN") || !t.lemma().equalsIgnoreCase(noun)) {
        continue;
      }
      int k = i - 1;
      while (k >= 0 && i - k < 7 && !ctx.inQuote[k] && ctx.tokens.get(k).pos().matches("JJ.?|NNP?S?|HYPH|CD|POS|VBN")) {
        k--;
      }
      if (k < 0 || !ctx.tokens.get(k).text().matches("(?i)an?")) {
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
   * The person or organisation ({@code type}) that is the subject of one of the two sentences
   * before, in the same or previous paragraph.
   */
  private Optional<Who> previousSubject(int tokenIndex, Mention mention, SpeakerType type) {
    int sentence = ctx.tokens.get(tokenIndex).sentence();
    int paragraph = ctx.paragraphOf(ctx.tokens.get(tokenIndex).begin());
    for (int s = sentence - 1; s >= 0 && s >= sentence - 2; s--) {
      org.quotestance.nlp.Sentence prev = ctx.parsed.sentences().get(s);
      if (paragraph - ctx.paragraphOf(prev.begin()) > 1) {
        break;
      }
      for (EntityMention m : ctx.mentions) {
        if (m.sentence() != s || m.pronoun()) {
          continue;
        }
        if (m.type() == type && !m.place() && resolver.isSubject(m)) {
          return Optional.of(relabel(resolver.named(m, null, "role"), mention, "role"));
        }
        break;
      }
    }
    return Optional.empty();
  }


  private static Who relabel(Who who, Mention mention, String how) {
    return new Who(who.name(), who.type(), who.actor(), who.role(), mention, how);
  }

  private static List<String> contentWords(String phrase) {
    List<String> out = new java.util.ArrayList<>();
    for (String w : NameKey.words(phrase)) {
      if (!Set.of("the", "a", "an", "its", "his", "her", "their", "'s", "our", "this", "that").contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The latest name before {@code offset} whose own words or role words contain every word of
   * {@code words} ({@code court} → {@code Ninth District Court of Appeals}; {@code envoy} → {@code
   * Elliott Abrams, the US special envoy}); with {@code orgOnly}, organisations only.
   */
  private Optional<EntityMention> matching(List<String> words, int offset, boolean orgOnly, boolean loose) {
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

  private Optional<EntityMention> matchingWords(List<String> words, int offset, boolean orgOnly, boolean loose) {
    EntityMention best = null;
    for (EntityMention m : ctx.mentions) {
      if (m.pronoun() || m.span().begin() >= offset || (orgOnly && m.type() != SpeakerType.ORGANIZATION)) {
        continue;
      }
      List<String> own = new java.util.ArrayList<>(NameKey.words(m.text()));
      own.addAll(NameKey.words(m.role()));
      m.actor().ifPresent(a -> own.addAll(NameKey.words(a.role())));
      if (own.containsAll(words) || (loose && words.size() > 1 && own.containsAll(words.subList(words.size() - 1, words.size()))
          && !orgOnly && m.type() == SpeakerType.ORGANIZATION == RoleNouns.ORG_NOUNS.contains(words.get(words.size() - 1)))) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Who issued a document ({@code the statement said}): the latest earlier sentence that mentions
   * the same kind of document names its author as {@code statement from X}, {@code X's statement}
   * or the subject of its clause.
   */
  Optional<Who> documentSource(String noun, int before) {
    NounPhrases phrases = new NounPhrases(ctx);
    for (int i = before - 1; i >= 0 && i > before - 400; i--) {
      Token t = ctx.tokens.get(i);
      if (ctx.inQuote[i] || !t.lemma().equalsIgnoreCase(noun)) {
        continue;
      }
      if (i + 2 < ctx.tokens.size() && ctx.tokens.get(i + 1).text().matches("(?i)from|by|of")) {
        Optional<Who> from = resolver.resolve(phrases.rightOf(i + 1));
        if (from.isPresent() && !from.get().how().equals("description")) {
          return from;
        }
      }
      if (i >= 2 && ctx.tokens.get(i - 1).pos().equals("POS")) {
        EntityMention owner = ctx.mentionAt(i - 2);
        if (owner != null && !owner.pronoun()) {
          return Optional.of(resolver.named(owner, null, "document"));
        }
      }
      org.quotestance.nlp.Sentence s = ctx.sentenceOf(i);
      for (int v = s.firstToken(); v < s.endToken(); v++) {
        if (!ctx.inQuote[v] && ctx.tokens.get(v).pos().matches("VBD|VBZ|VBP")) {
          NounPhrases.Range np = phrases.leftOf(v);
          Optional<Who> who = np.isEmpty() ? Optional.empty() : resolver.resolve(np);
          if (who.isPresent() && !who.get().how().equals("document")) {
            return who;
          }
        }
      }
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
