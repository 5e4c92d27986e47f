package org.quotestance.quotes;

import java.util.List;
import java.util.Locale;
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
 * {@link RoleNouns}, and {@link RoleReferents} finds the earlier names and subjects a role noun
 * refers to.
 */
final class Roles {
  /** The most words a registry title before {@code and} is looked for in. */
  private static final int MAX_TITLE_WORDS = 6;
  private static final Set<String> UNNAMED_QUANTITIES = Set.of("some", "several", "two", "three", "many");
  /** Plural-looking nouns that name one institution ({@code Police said}). */
  private static final Set<String> INSTITUTIONS = Set.of("police", "military", "forces", "authorities");
  private final ArticleContext ctx;
  private final Resolver resolver;
  private final RoleReferents referents;

  Roles(ArticleContext ctx, Resolver resolver) {
    this.ctx = ctx;
    this.resolver = resolver;
    this.referents = new RoleReferents(ctx, resolver);
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
    if (titled.isEmpty()) {
      // "the former bus driver and union leader": one title names the one person both describe
      titled = coordinatedTitle(np.from());
    }
    if (titled.isPresent()) {
      Actor a = titled.get();
      return Optional.of(new Who(a.name(), a.type(), titled, "", mention, "title"));
    }
    String noun = head.lemma().toLowerCase();
    List<String> words = contentWords(phrase);
    boolean definite = ctx.tokens.get(np.from()).text().equalsIgnoreCase("the")
        || ctx.tokens.get(np.from()).pos().equals("PRP$");
    int of = speakerBeforeOf(np);
    if (RoleNouns.DOC_NOUNS.contains(noun) && of >= 0) {
      // "An informal group of holders of the 2020 notes": the group speaks; the notes are bonds
      return resolve(new NounPhrases.Range(np.from(), of));
    }
    if (RoleNouns.DOC_NOUNS.contains(noun)) {
      // "a Treasury Department statement said": the name between the article and the noun issued
      // it (not "Venezuela" in "the UN's Venezuela report"); "an embassy statement said": the
      // organisation the words name
      int first = np.from() + (ctx.tokens.get(np.from()).pos().equals("DT") ? 1 : 0);
      Optional<EntityMention> issuer = Optional.ofNullable(ctx.mentionAt(first))
          .filter(m -> !m.pronoun() && m.first() == first && m.end() == np.end() - 1);
      if (issuer.isEmpty() && words.size() > 1) {
        issuer = referents.matching(words.subList(0, words.size() - 1), span.begin(), true, false);
      }
      if (issuer.isPresent()) {
        return Optional.of(relabel(resolver.named(issuer.get(), null, "document"), mention, "document"));
      }
      int possessive = possessiveIn(np);
      boolean its = ctx.tokens.get(np.from()).text().matches("(?i)its|their");
      // "Its final declaration condemns": whom "it" stands for
      Optional<Who> possessor = its ? resolver.objectPronoun(np.from())
          : possessive > np.from() ? resolver.resolve(new NounPhrases.Range(np.from(), possessive)) : Optional.empty();
      if (possessor.isPresent() && possessor.get().type() == SpeakerType.ORGANIZATION) {
        // "the department's Smartraveller website", "the Ministry of Foreign Affairs and Trade's
        // SafeTravel website": the body that owns it (not "Guaidó's arrest order", which a court
        // issued; "Thursday's statement" names no one)
        return possessor.map(w -> relabel(w, mention, "document"));
      }
      if (noun.equals("website")) {
        // "The website said" after "Efecto Cocuyo, an independent news website"; else a publisher
        // the text does not name ("the website that published the investigation said")
        return referents.matching(words, span.begin(), false, false)
            .map(m -> relabel(resolver.named(m, null, "role"), mention, "role"));
      }
      Optional<Who> own = participleAgent(np.end(), nextFiniteVerb(np.end()), new NounPhrases(ctx));
      if (own.isPresent()) {
        // "The report, released on Tuesday by the UN rights office, said": that office
        return Optional.of(relabel(own.get(), mention, "document"));
      }
      Optional<Who> source = documentSource(noun, np.from()).map(w -> relabel(w, mention, "document"));
      if (RoleNouns.COURT_DOCS.contains(noun) && source.map(w -> w.name().equals(Who.UNNAMED) && w.role().matches("(?i).*\\bcourt\\b.*")).orElse(true)) {
        // "The ruling reads" after "A federal appeals court upheld a Delaware ruling": a court
        // issued it, the one named last (not after "A judge in Caracas ordered ..., in a ruling")
        Optional<Who> court = referents.matching(List.of("court"), span.begin(), true, false)
            .map(m -> relabel(resolver.named(m, null, "document"), mention, "document"));
        source = court.isPresent() ? court : source;
      }
      return source.isPresent() ? source : referents.recent(span.begin(), "organization", mention, "document");
    }
    if (RoleNouns.SPOKES.contains(noun) && words.size() > 1 && !head.pos().endsWith("S")) {
      // "a State Department spokesperson": the organisation the phrase names, else an earlier one
      // its words match ("a ministry spokesman")
      Optional<EntityMention> org = lastOrganisation(new NounPhrases.Range(np.from(), np.end() - 1))
          .or(() -> referents.matching(words.subList(0, words.size() - 1), span.begin(), true, true));
      if (org.isPresent()) {
        // the role shown is the phrase without its article: "Department of Homeland Security spokesperson"
        int from = ctx.tokens.get(np.from()).pos().equals("DT") ? np.from() + 1 : np.from();
        Mention bare = ctx.mention(new CharSpan(ctx.tokens.get(from).begin(), head.end()));
        return Optional.of(relabel(resolver.named(org.get(), null, "spokesperson"), bare, "spokesperson"));
      }
    }
    if (definite && RoleNouns.PRESS.contains(noun)) {
      Optional<Who> outlet = referents.outlet(words, span.begin(), mention);
      if (outlet.isPresent()) {
        return outlet;
      }
    }
    boolean person = (head.pos().equals("NN") || RoleNouns.PARTY_MEMBERS.contains(noun)
        || (head.pos().equals("NNP") && RoleNouns.OFFICE_TITLES.contains(noun))) && !RoleNouns.ORG_NOUNS.contains(noun);
    // "a man in a Guaidó cap" introduces someone new: an indefinite person is never an earlier name.
    boolean newPerson = person && RoleNouns.INDEFINITE.contains(ctx.tokens.get(np.from()).text().toLowerCase());
    if (np.end() - np.from() == 2 && ctx.tokens.get(np.from()).text().equalsIgnoreCase("the")) {
      // "the government said": the one just spoken of, else the article's main one
      Optional<Who> same = head.text().equalsIgnoreCase("government")
          ? referents.government(np.from(), mention)
          : Optional.empty();
      if (same.isEmpty()) {
        same = referents.sameRoleBefore(np.from(), head.text(), mention);
      }
      if (same.isPresent()) {
        return same;
      }
    }
    if ((definite || !head.pos().endsWith("S")) && !newPerson) {
      Optional<EntityMention> match = referents.matching(words, span.begin(), false, false);
      boolean orgNoun = head.pos().equals("NN") && RoleNouns.ORG_NOUNS.contains(noun);
      if (match.isPresent() && definite && orgNoun && !RoleNouns.namedAs(match.get(), noun)) {
        // "the company said" right after "Citgo, which runs three refineries, said it was
        // unaffected": the organisation just speaking, not an earlier one only described as a
        // company ("PDVSA, the state oil company"), unless its name says it is something else.
        Optional<Who> previous = previousOrganisation(np.from(), mention, noun)
                .filter(w -> !RoleNouns.namedOtherwise(w.name(), noun));
        if (previous.isPresent()) {
          return previous;
        }
      }
      if (match.isEmpty() && definite && person) {
        // "the official" after "a senior State Department official said"; "the former Chilean
        // president" right after a sentence about Michelle Bachelet.
        Optional<Who> described = referents.earlierDescription(noun, np.from(), mention);
        if (described.isPresent()) {
          return described;
        }
        Optional<Who> previous = referents.previousSubject(np.from(), mention, SpeakerType.PERSON);
        if (previous.isPresent()) {
          return previous;
        }
      }
      boolean orgHead = definite && !person && head.pos().equals("NN") && RoleNouns.ORG_NOUNS.contains(noun);
      if (match.isEmpty() && orgHead) {
        Optional<EntityMention> owner = lastOrganisation(np);
        if (owner.isPresent()) {
          // "the OAS press office said", "the European Union's diplomatic service said": the body it names
          return Optional.of(relabel(resolver.named(owner.get(), null, "role"), mention, "role"));
        }
        // "the company said" right after "Gulf Coast Power, the main utility in the region, said".
        Optional<Who> previous = previousOrganisation(np.from(), mention, noun)
            .or(() -> referents.earlierRegistered(noun, np.from(), mention));
        if (previous.isPresent()) {
          return previous;
        }
      }
      if (match.isEmpty() && definite && person) {
        match = referents.matchingKin(words, span.begin());
      }
      if (match.isEmpty()) {
        match = referents.matching(words, span.begin(), false, true);
      }
      if (match.isPresent()) {
        return Optional.of(relabel(resolver.named(match.get(), null, "role"), mention, "role"));
      }
    }
    if (definite && (noun.equals("government") || noun.equals("country"))) {
      return referents.recent(span.begin(), noun, mention, "role");
    }
    if (definite && RoleNouns.GENERIC_PEOPLE.contains(noun)) {
      return referents.recent(span.begin(), "", mention, "role");
    }
    // "the owner of a pharmacy": the noun before "of" heads the phrase, not the pharmacy
    Token described = of >= 0 && RoleNouns.thing(noun) ? ctx.tokens.get(of - 1) : head;
    String kind = described.lemma().toLowerCase(Locale.ROOT);
    if (described.isNoun() && !RoleNouns.thing(kind)) {
      SpeakerType type = described.pos().endsWith("S") || RoleNouns.ORG_NOUNS.contains(kind) ? SpeakerType.ORGANIZATION : SpeakerType.PERSON;
      int partitive = partitiveStart(np.from());
      if (type == SpeakerType.ORGANIZATION && (partitive >= 0 || unnamedGroup(np))) {
        // "a Caracas-based rights group", "one of the women", "Organisers said": the text names no one
        String role = partitive >= 0 ? ctx.words(partitive, np.end()) : phrase.replaceFirst("^(?i)(a|an)\\s+", "");
        boolean one = partitive >= 0 && ctx.tokens.get(partitive).text().equalsIgnoreCase("one")
            && !RoleNouns.ORG_NOUNS.contains(kind); // "one of the women", not "one of the rights groups"
        return Optional.of(new Who(Who.UNNAMED, one ? SpeakerType.PERSON : type, Optional.empty(), role, mention, "description"));
      }
      String name = phrase.replaceFirst("^(?i)(a|an|the|one|another|some|several|two|three|many|its|his|her|their)\\s+", "");
      return Optional.of(new Who(name, type, Optional.empty(), name, mention, "description"));
    }
    return Optional.empty();
  }

  /**
   * A group the text introduces without naming it: an indefinite or counted phrase ({@code a rights
   * group}, {@code two U.S. officials}: the people are not named, whoever they work for) or a bare
   * plural of lower-case words ({@code Witnesses said}, {@code local media reported}). A definite
   * plural ({@code the bishops}) may point back to a name, and a capitalised word in a bare plural
   * ({@code U.S. officials}, {@code Venezuelan officials}) says whose group it is; neither is counted.
   */
  private boolean unnamedGroup(NounPhrases.Range np) {
    Token first = ctx.tokens.get(np.from());
    String w = first.text().toLowerCase();
    if (RoleNouns.INDEFINITE.contains(w) || UNNAMED_QUANTITIES.contains(w)) {
      return true;
    }
    Token head = ctx.tokens.get(np.end() - 1);
    if (!head.pos().equals("NNS") || INSTITUTIONS.contains(head.text().toLowerCase())
        || first.pos().matches("DT|PRP\\$|CD")) {
      return false;
    }
    for (int i = np.from(); i < np.end(); i++) {
      Token t = ctx.tokens.get(i);
      // a capital that only opens the sentence counts for a one-word phrase ("Witnesses said") only
      boolean sentenceStart = i == ctx.sentenceOf(i).firstToken() && np.end() - np.from() == 1;
      if ((t.isCapitalised() && !sentenceStart) || t.pos().equals("POS") || t.isProperNoun()) {
        return false;
      }
    }
    return true;
  }

  /** Where {@code one of} starts before the phrase at {@code from} ({@code one of the women}), or -1. */
  private int partitiveStart(int from) {
    if (from < 2 || !ctx.tokens.get(from - 1).text().equalsIgnoreCase("of") || ctx.inQuote[from - 2]) {
      return -1;
    }
    String w = ctx.tokens.get(from - 2).text().toLowerCase();
    return RoleNouns.INDEFINITE.contains(w) || UNNAMED_QUANTITIES.contains(w) ? from - 2 : -1;
  }

  /** {@code the Head of State said}: the person who was the subject of one of the two sentences before. */
  Optional<Who> previousPerson(NounPhrases.Range np) {
    Token head = ctx.tokens.get(np.end() - 1);
    Mention mention = ctx.mention(new CharSpan(ctx.tokens.get(np.from()).begin(), head.end()));
    return referents.previousSubject(np.from(), mention, SpeakerType.PERSON);
  }

  /** The organisation that was the subject just before; never a country for {@code the company} (see {@link RoleNouns#NON_STATE}). */
  private Optional<Who> previousOrganisation(int tokenIndex, Mention mention, String noun) {
    return RoleNouns.NON_STATE.contains(noun)
        ? referents.previousBody(tokenIndex, mention)
        : referents.previousSubject(tokenIndex, mention, SpeakerType.ORGANIZATION);
  }

  /** The last organisation (not a place) named inside the phrase. */
  private Optional<EntityMention> lastOrganisation(NounPhrases.Range np) {
    return ctx.mentionsIn(np.from(), np.end()).stream()
        .filter(m -> !m.pronoun() && m.type() == SpeakerType.ORGANIZATION && !m.place()).reduce((a, b) -> b);
  }

  /**
   * The index of the phrase's first {@code of} when a lower-case noun for people or a body comes
   * before it ({@code a group of holders of the notes}), or -1 ({@code a copy of the letter}).
   */
  private int speakerBeforeOf(NounPhrases.Range np) {
    for (int i = np.from() + 1; i < np.end() - 1; i++) {
      if (ctx.tokens.get(i).text().equals("of")) {
        if (possessiveIn(new NounPhrases.Range(i, np.end())) > i) {
          return -1; // "The president of Colombia's statement": the document path finds its owner
        }
        Token before = ctx.tokens.get(i - 1);
        String noun = before.lemma().toLowerCase();
        boolean body = before.pos().matches("NNS?") && !before.isCapitalised() && !RoleNouns.DOC_NOUNS.contains(noun)
            && !RoleNouns.thing(noun);
        return body ? i : -1;
      }
    }
    return -1;
  }

  /** The index of the possessive {@code 's} inside the phrase, or -1. */
  private int possessiveIn(NounPhrases.Range np) {
    for (int i = np.from() + 1; i < np.end() - 1; i++) {
      if (ctx.tokens.get(i).pos().equals("POS")) {
        return i;
      }
    }
    return -1;
  }

  static Who relabel(Who who, Mention mention, String how) {
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
   * The registry title just before {@code and} that joins it to the phrase at {@code from} ({@code
   * the former bus driver} in {@code the former bus driver and union leader}), or empty. A phrase
   * with its own determiner or a plural ({@code and his wife}, {@code and ministers}) is someone
   * else.
   */
  private Optional<Actor> coordinatedTitle(int from) {
    int and = from - 1;
    Token first = ctx.tokens.get(from);
    if (and < 1 || !ctx.tokens.get(and).text().equals("and") || ctx.inQuote[and]
        || first.pos().matches("DT|PRP\\$|CD") || first.pos().endsWith("S")) {
      return Optional.empty(); // "the former bus driver and his wife": two people
    }
    for (int start = and - 1; start >= 0 && start >= and - MAX_TITLE_WORDS; start--) {
      Token t = ctx.tokens.get(start);
      if (ctx.inQuote[start] || t.text().equals(",") || t.sentence() != ctx.tokens.get(from).sentence()) {
        break;
      }
      if (t.pos().equals("DT")) {
        return ctx.registry.byTitle(ctx.words(start, and));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the noun at {@code i} opens a reported clause ({@code told the session that the final
   * declaration "…"}), whose sentence's subject did not write it.
   */
  private boolean reported(int i) {
    int k = i - 1;
    while (k > 0 && ctx.tokens.get(k).pos().matches("DT|JJ|NN|NNP|VBN|CD")) {
      k--;
    }
    return k >= 0 && ctx.tokens.get(k).text().equalsIgnoreCase("that");
  }

  /**
   * Who issued a document ({@code the statement said}): the latest earlier sentence that mentions
   * the same kind of document ({@code the document reads} after {@code a declaration}) names its
   * author as {@code statement from X}, {@code X's statement} or the subject of its clause.
   */
  Optional<Who> documentSource(String noun, int before) {
    NounPhrases phrases = new NounPhrases(ctx);
    for (int i = before - 1; i >= 0 && i > before - 400; i--) {
      Token t = ctx.tokens.get(i);
      if (ctx.inQuote[i] || !t.pos().startsWith("NN")
          || !RoleNouns.sameDocument(t.lemma().toLowerCase(Locale.ROOT), noun) || reported(i)) {
        continue;
      }
      if (i + 2 < ctx.tokens.size() && ctx.tokens.get(i + 1).text().matches("(?i)from|by|of")) {
        Optional<Who> from = resolver.resolve(phrases.rightOf(i + 1));
        if (from.isPresent() && !from.get().how().equals("description")) {
          return from;
        }
      }
      int pos = i - 1;
      while (pos > i - 3 && pos > 0 && ctx.tokens.get(pos).pos().matches("JJ|VBG|VBN|NN")) {
        pos--; // "the group's closing statement"
      }
      if (pos >= 1 && ctx.tokens.get(pos).pos().equals("POS")) {
        EntityMention owner = ctx.mentionAt(pos - 1);
        if (owner != null && !owner.pronoun()) {
          return Optional.of(resolver.named(owner, null, "document"));
        }
        Optional<Who> described = resolver.resolve(phrases.leftOf(pos));
        if (owner == null && described.isPresent() && !described.get().how().equals("description")) {
          return described; // "the group's statement": the group named before
        }
      }
      org.quotestance.nlp.Sentence s = ctx.sentenceOf(i);
      for (int v = s.firstToken(); v < s.endToken(); v++) {
        if (!ctx.inQuote[v] && ctx.tokens.get(v).pos().matches("VBD|VBZ|VBP")) {
          NounPhrases.Range np = phrases.leftOf(v);
          if (!np.isEmpty() && np.from() > 0 && ctx.tokens.get(np.from() - 1).pos().matches("WDT|WP")) {
            continue; // "The final text, which diplomats have begun to call …": not who wrote it
          }
          int by = ctx.expletiveBy(v);
          if (by >= 0) {
            // "it was affirmed by the Foreign Ministry that …": the agent, not "it"
            Optional<Who> agent = resolver.resolve(phrases.rightOf(by)).filter(w -> !w.how().equals("description"));
            if (agent.isPresent()) {
              return agent;
            }
            continue;
          }
          if (!np.isEmpty() && np.from() <= i && i < np.end()) {
            // "The report, released on Thursday by the UN rights office, said": the participle's agent
            Optional<Who> agent = participleAgent(i + 1, v, phrases);
            if (agent.isPresent()) {
              return agent;
            }
          }
          Optional<Who> who = np.isEmpty() ? Optional.empty() : resolver.resolve(np);
          if (who.isPresent() && !who.get().how().equals("document")) {
            return who;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The first finite verb outside quotes from token {@code from} to its sentence's end (that end if none). */
  private int nextFiniteVerb(int from) {
    if (from >= ctx.tokens.size()) {
      return from;
    }
    int end = ctx.sentenceOf(from).endToken();
    for (int i = from; i < end; i++) {
      if (!ctx.inQuote[i] && ctx.tokens.get(i).pos().matches("VBD|VBZ|VBP")) {
        return i;
      }
    }
    return end;
  }

  /** The agent after {@code by} behind a participle between two tokens ({@code released on Thursday by X}). */
  private Optional<Who> participleAgent(int from, int to, NounPhrases phrases) {
    for (int b = from; b < to; b++) {
      if (!ctx.tokens.get(b).text().equalsIgnoreCase("by") || ctx.inQuote[b]) {
        continue;
      }
      for (int p = Math.max(from, b - 4); p < b; p++) {
        if (ctx.tokens.get(p).pos().equals("VBN")) {
          return resolver.resolve(phrases.rightOf(b)).filter(w -> !w.how().equals("description"));
        }
      }
    }
    return Optional.empty();
  }
}
