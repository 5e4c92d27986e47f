package org.quotestance.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Mention;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.speakers.Actor;
import org.quotestance.speakers.NameKey;

/**
 * Turns a subject noun phrase into a speaker: a name (canonicalised through the registry or the
 * longest name of the same person in the article), a pronoun (resolved by gender, number,
 * sentence subjects and recency; see {@link Pronouns}), a role ({@code the minister}, {@code the
 * statement}, {@code the ministry}) resolved to the entity it refers to (see {@link Roles}), or an
 * unnamed description ({@code a senior official}). One instance serves one article and remembers
 * the pronouns it has resolved there.
 */
final class Resolver {
  /** Nouns of time after an adjective: {@code Maduro last week accused} keeps its subject. */
  private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "night", "day", "weekend", "time",
      "morning", "evening", "afternoon");

  /** Prepositions of place: a place named after one is where someone is, not who. */
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "from");

  /** Nouns for a body one government sends to another or to an organisation ({@link #missionTo}). */
  private static final Set<String> MISSIONS = Set.of("mission", "delegation", "embassy", "representation");
  /** Nouns for one person sent to a body: {@code South Africa's envoy to the UN} is the envoy. */
  private static final Set<String> ENVOYS = Set.of("envoy", "ambassador", "representative", "delegate");

  /** Plural nouns for the members of a body ({@code heads}, {@code foreign ministers}). */
  private static final Set<String> MEMBERS = Set.of("ministers", "leaders", "heads", "ambassadors", "envoys",
      "members", "delegates", "representatives", "presidents", "governments");

  private final ArticleContext ctx;
  private final Roles roles;
  private final Pronouns pronouns;
  private final SameNames names;
  private final OpeningPhrases openings;

  Resolver(ArticleContext ctx) {
    this.ctx = ctx;
    this.names = new SameNames(ctx);
    this.roles = new Roles(ctx, this);
    this.pronouns = new Pronouns(ctx, this);
    this.openings = new OpeningPhrases(ctx);
  }

  /** The speaker a subject phrase names, or empty when it names none. */
  Optional<Who> resolve(NounPhrases.Range phrase) {
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    int missionAt = missionStart(phrase);
    boolean envoy = missionAt >= 0 && ENVOYS.contains(ctx.tokens.get(phrase.from() - 2).text().toLowerCase(Locale.ROOT));
    if (envoy && ctx.mentionsIn(phrase.from(), phrase.end()).stream().noneMatch(m -> !m.pronoun() && m.type() == SpeakerType.PERSON)) {
      // "South Africa's envoy to the UN told": the envoy, not the UN; "US envoy to the OAS Carlos
      // Trujillo said" is Trujillo's (the phrase holds his name)
      return resolve(new NounPhrases.Range(missionAt, phrase.from() - 1));
    }
    int mission = envoy ? -1 : missionAt;
    NounPhrases.Range np = mission >= 0 ? new NounPhrases.Range(mission, phrase.end(), phrase.placeFrom()) : phrase;
    Optional<Who> person = personWithPlace(np);
    if (person.isPresent()) {
      return person;
    }
    if (np.placeFrom() < np.end()) {
      // "the Venezuelan embassy in Moscow": the phrase speaks, not the place; a description keeps
      // the place; a phrase that names no speaker ("state television in Caracas") leaves it to
      // the place.
      String described = ctx.words(np.from(), np.end()).replaceFirst("^(?i)(a|an|the|one)\\s+", "");
      String place = ctx.words(np.placeFrom() + 1, np.end());
      return resolve(new NounPhrases.Range(np.from(), np.placeFrom()))
          .map(w -> w.how().equals("description")
              // an unnamed group stays unnamed ("a human rights group in Caracas")
              ? new Who(w.name().equals(Who.UNNAMED) ? Who.UNNAMED : described, w.type(), w.actor(), described, w.mention(), w.how())
              : elsewhere(w, place) ? new Who(described, w.type(), Optional.empty(), "", w.mention(), w.how())
              : w)
          .or(() -> resolve(new NounPhrases.Range(np.placeFrom() + 1, np.end())));
    }
    Token only = ctx.tokens.get(np.from());
    if (np.end() - np.from() == 1 && NounPhrases.isPronounLike(only)) {
      return relative(only) ? resolveRelative(np.from()) : pronouns.resolve(np.from());
    }
    List<EntityMention> inside = ctx.mentionsIn(np.from(), np.end());
    Optional<Who> spokesperson = spokespersonFor(np, inside)
        .or(() -> mission >= 0 ? missionTo(np, phrase.from() - 2, inside) : Optional.empty());
    if (spokesperson.isPresent()) {
      return spokesperson;
    }
    Optional<Actor> office = ctx.words(np.from(), np.end()).matches("(?i).* of .*")
        ? ctx.registry.byTitle(ctx.words(np.from(), np.end())) : Optional.empty();
    if (office.isPresent()) {
      // "The president of Colombia said": the registry's title, before the country that ends it
      Mention said = mentionOf(np);
      return Optional.of(new Who(office.get().name(), office.get().type(), office, "", said, "title"));
    }
    Optional<Who> registered = registered(np);
    if (registered.isPresent()) {
      return registered;
    }
    if (ctx.words(np.from(), np.end()).matches("(?i)(the )?head of (state|government)")) {
      // "the Head of State said": the person just spoken of, not the state.
      return roles.previousPerson(np);
    }
    Optional<EntityMention> before = nameBeforeOf(np).or(() -> courtOfPanel(np));
    if (before.isPresent()) {
      // "The Lima Group of regional countries": the name the phrase opens with speaks; "a
      // three-judge panel of the US Court of Appeals": the court.
      return Optional.of(named(before.get(), np, "name"));
    }
    Token head = ctx.tokens.get(np.end() - 1);
    boolean partyMember = np.end() - np.from() > 1 && RoleNouns.PARTY_MEMBERS.contains(head.text().toLowerCase());
    boolean commonHead = endsInCommonNoun(np) || partyMember;
    Optional<Actor> represented = delegationOf(np);
    if (represented.isPresent()) {
      return Optional.of(new Who(represented.get().name(), represented.get().type(), represented, "", mentionOf(np), "role"));
    }
    Optional<EntityMention> body = memberBody(np);
    if (body.isPresent()) {
      return Optional.of(named(body.get(), np, "name"));
    }
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

  /**
   * {@code a spokesman for the Amazon Military Command}: the unnamed spokesperson of the
   * organisation named after {@code for} or {@code of}, as for {@code a State Department
   * spokesman} (unknown, with the organisation's camp: see {@link Who#toSpeaker}).
   */
  private Optional<Who> spokespersonFor(NounPhrases.Range np, List<EntityMention> inside) {
    for (int i = np.from(); i + 2 < np.end(); i++) {
      Token t = ctx.tokens.get(i);
      String next = ctx.tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
      if (!t.pos().equals("NN") || !RoleNouns.SPOKES.contains(t.text().toLowerCase(Locale.ROOT))
          || !(next.equals("for") || next.equals("of"))) {
        continue;
      }
      int from = ctx.tokens.get(i + 2).begin();
      EntityMention org = inside.stream().filter(m -> m.span().begin() >= from && !m.pronoun()).findFirst().orElse(null);
      boolean title = t.text().equalsIgnoreCase("representative");
      if (org == null || (title && inside.stream().anyMatch(m -> m.span().begin() >= org.span().end() && m.type() == SpeakerType.PERSON))) {
        return Optional.empty(); // "special representative for Venezuela Elliott Abrams" is named
      }
      Mention phrase = mentionOf(np);
      return Optional.of(Roles.relabel(named(org, null, "spokesperson"), phrase, "spokesperson"));
    }
    return Optional.empty();
  }

  /**
   * Where a mission or envoy sent to the body the phrase names starts ({@code Venezuela's mission
   * to} before {@code the United Nations}), or -1: the phrase finder stops at {@code to}.
   */
  private int missionStart(NounPhrases.Range np) {
    int noun = np.from() - 2;
    int lo = ctx.sentenceOf(np.from()).firstToken();
    if (noun < lo || !ctx.tokens.get(np.from() - 1).text().equalsIgnoreCase("to")
        || !ctx.tokens.get(noun).pos().equals("NN") || !(MISSIONS.contains(ctx.tokens.get(noun).text().toLowerCase(Locale.ROOT))
            || ENVOYS.contains(ctx.tokens.get(noun).text().toLowerCase(Locale.ROOT)))) {
      return -1;
    }
    int from = noun;
    while (from - 1 >= lo && ctx.tokens.get(from - 1).pos().matches("JJ|NN|NNS|NNP|NNPS|POS|DT|PRP\\$")) {
      from--;
    }
    return from < noun ? from : -1;
  }

  /**
   * {@code Venezuela's mission to the United Nations}, {@code the Bolivian delegation to the OAS}:
   * the mission speaks, not the body it is sent to ({@link #missionStart} found the phrase, and
   * the mission noun at {@code nounIndex}). Its name is the phrase; its registry entry, and so its
   * camp, is that of a country named before the noun.
   */
  private Optional<Who> missionTo(NounPhrases.Range np, int nounIndex, List<EntityMention> inside) {
    int noun = ctx.tokens.get(nounIndex).begin();
    int to = ctx.tokens.get(nounIndex + 1).end();
    if (inside.stream().noneMatch(m -> !m.pronoun() && m.span().begin() >= to && m.type() == SpeakerType.ORGANIZATION)) {
      return Optional.empty();
    }
    Optional<Actor> country = inside.stream()
        .filter(m -> !m.pronoun() && m.span().end() <= noun && m.type() != SpeakerType.PERSON)
        .findFirst()
        .flatMap(m -> named(m, null, "name").actor());
    String name = stripArticle(ctx.words(np.from(), np.end()));
    Mention phrase = mentionOf(np);
    return Optional.of(new Who(name, SpeakerType.ORGANIZATION, country, "", phrase, "name"));
  }


  /**
   * Whether a registered actor placed somewhere ({@code US Embassy in Caracas}) is not the one
   * the phrase places elsewhere ({@code the US Embassy in Buenos Aires}, matched by its alias
   * {@code US embassy}).
   */
  private static boolean elsewhere(Who w, String place) {
    if (place.isEmpty() || w.actor().isEmpty() || !w.actor().get().name().matches(".* in \\p{Lu}.*")) {
      return false; // placed: "US Embassy in Caracas", not "Supreme Court in exile"
    }
    Actor a = w.actor().get();
    String key = place.toLowerCase(Locale.ROOT);
    return !a.name().toLowerCase(Locale.ROOT).contains(key)
        && a.aliases().stream().noneMatch(x -> x.toLowerCase(Locale.ROOT).contains(key));
  }

  /**
   * {@code A nurse at the University Hospital in Maracaibo}, {@code a former engineer at the state
   * power company Corpoelec}: a new person described by where they work or stand speaks, not the
   * hospital, company or city; an unnamed description with the whole phrase as its role.
   */
  private Optional<Who> personWithPlace(NounPhrases.Range np) {
    int head = DescribedSubjects.personHead(ctx, np.from(), np.end());
    // "The mother of Rufo Chacón said": his mother, whom the text does not name; but "The wife of
    // Juan Guaidó" is the registry's Fabiana Rosales
    if (head < 0 && relationOf(np) && ctx.registry.byTitle(ctx.words(np.from(), np.end())).isEmpty()) {
      String described = ctx.words(np.from(), np.end()).replaceFirst("^(?i)the\\s+", "");
      Mention phrase = mentionOf(np);
      return Optional.of(new Who(described, SpeakerType.PERSON, Optional.empty(), described, phrase, "description"));
    }
    if (head < 0 || head + 1 >= np.end() || !RoleNouns.DESCRIBING_PREPOSITIONS.contains(ctx.tokens.get(head + 1).text().toLowerCase())) {
      return Optional.empty();
    }
    String described = ctx.words(np.from(), np.end()).replaceFirst("^(?i)(a|an|one|another)\\s+", "");
    return resolveRole(new NounPhrases.Range(np.from(), head + 1))
        .filter(w -> w.how().equals("description"))
        .map(w -> new Who(described, w.type(), w.actor(), described, w.mention(), w.how()));
  }

  /**
   * Whether the phrase names a relative or lawyer of a person: {@code the mother of Rufo Chacón},
   * {@code the lawyer for Juan Requesens} ({@code the}, lower-case modifiers, the noun, {@code of}
   * or {@code for}, then a person's name).
   */
  private boolean relationOf(NounPhrases.Range np) {
    if (!ctx.tokens.get(np.from()).text().equalsIgnoreCase("the")) {
      return false;
    }
    for (int i = np.from() + 1; i + 1 < np.end(); i++) {
      Token t = ctx.tokens.get(i);
      if (!t.pos().matches("JJ[RS]?|NN|VBN") || t.isCapitalised()) {
        return false;
      }
      String next = ctx.tokens.get(i + 1).text();
      if (next.equalsIgnoreCase("of") || next.equalsIgnoreCase("for")) {
        int after = ctx.tokens.get(i + 1).end();
        boolean person = ctx.mentionsIn(i + 2, np.end()).stream()
            .anyMatch(m -> !m.pronoun() && m.type() == SpeakerType.PERSON && m.span().begin() >= after);
        return person && RoleNouns.RELATIONS.contains(t.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /** The whole phrase as a mention. */
  private Mention mentionOf(NounPhrases.Range np) {
    return ctx.mention(new CharSpan(ctx.tokens.get(np.from()).begin(), ctx.tokens.get(np.end() - 1).end()));
  }

  /**
   * {@code the Uruguayan delegation}, {@code Mexico's delegation}: a country's delegation speaks for
   * the country; its words before the noun are only the country's name or adjective, of one word
   * (not yet {@code the South African delegation}).
   */
  private Optional<Actor> delegationOf(NounPhrases.Range np) {
    Token head = ctx.tokens.get(np.end() - 1);
    if (!head.text().equalsIgnoreCase("delegation")) {
      return Optional.empty();
    }
    Optional<Actor> country = Optional.empty();
    for (int i = np.from(); i < np.end() - 1; i++) {
      Token t = ctx.tokens.get(i);
      if (t.pos().matches("DT|POS")) {
        continue;
      }
      Optional<Actor> c = ctx.registry.country(t.text());
      if (c.isEmpty() || country.isPresent()) {
        return Optional.empty();
      }
      country = c;
    }
    return country;
  }

  /**
   * {@code CARICOM heads of government}, {@code Lima Group foreign ministers}: the registered body
   * whose name opens a phrase about its members, who speak together; not a country ({@code
   * Colombian officials}) or a person.
   */
  private Optional<EntityMention> memberBody(NounPhrases.Range np) {
    int from = np.from() + (ctx.tokens.get(np.from()).pos().equals("DT") ? 1 : 0);
    EntityMention m = ctx.mentionAt(from);
    if (m == null || m.first() != from || m.pronoun() || m.type() != SpeakerType.ORGANIZATION || m.actor().isEmpty()
        || ctx.registry.country(m.actor().get().name()).isPresent()) {
      return Optional.empty();
    }
    for (int i = m.end(); i < np.end(); i++) {
      Token t = ctx.tokens.get(i);
      if (t.pos().equals("NNS") && MEMBERS.contains(t.text().toLowerCase(Locale.ROOT))) {
        return Optional.of(m);
      }
      if (!t.pos().matches("JJ|NN")) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Whether the phrase ends in a lower-case common noun that is no name: {@code Ms Bachelet's spokesman}. */
  boolean endsInCommonNoun(NounPhrases.Range np) {
    Token head = ctx.tokens.get(np.end() - 1);
    return head.isNoun() && !head.isCapitalised() && ctx.mentionAt(np.end() - 1) == null;
  }

  /** The court named after {@code panel of}, {@code bench of} or {@code chamber of} in the phrase. */
  private Optional<EntityMention> courtOfPanel(NounPhrases.Range np) {
    for (int i = np.from() + 1; i + 1 < np.end(); i++) {
      if (ctx.tokens.get(i).text().equalsIgnoreCase("of") && RoleNouns.PANELS.contains(ctx.tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
        int from = ctx.tokens.get(i + 1).begin();
        List<EntityMention> bodies = ctx.mentionsIn(i + 1, np.end()).stream()
            .filter(m -> !m.pronoun() && m.type() == SpeakerType.ORGANIZATION && m.span().begin() >= from)
            .toList();
        // "the US Court of Appeals", which CoreNLP may split: the court, not the country; not "a
        // panel of UN experts" or "the lower chamber of Brazil's Congress"
        return bodies.stream().filter(m -> m.text().matches("(?i).*\\b(court|tribunal)\\b.*")).findFirst();
      }
    }
    return Optional.empty();
  }

  /** A name that ends right before the phrase's first {@code of}, when the phrase opens with it. */
  private Optional<EntityMention> nameBeforeOf(NounPhrases.Range np) {
    for (int i = np.from() + 1; i < np.end(); i++) {
      if (ctx.tokens.get(i).text().equals("of")) {
        EntityMention m = ctx.mentionAt(i - 1);
        boolean opens = m != null && m.end() == i && !m.pronoun() && m.first() >= np.from()
            && ctx.words(np.from(), m.first()).matches("(?i)(the\\s*)?");
        return opens ? Optional.of(m) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A registry name or alias that ends the phrase ({@code the Venezuelan government}). */
  private Optional<Who> registered(NounPhrases.Range np) {
    for (int from = np.from(); from < np.end(); from++) {
      if (from > np.from() && ctx.tokens.get(from - 1).ner().equals("PERSON")
          && ctx.tokens.get(from).ner().equals("PERSON")) {
        // "Eduardo Sánchez" is not the registry's Sánchez.
        break;
      }
      EntityMention here = ctx.mentionAt(from);
      if (here != null && here.first() == from && here.end() == np.end() && here.actor().isEmpty()
          && here.type() == SpeakerType.PERSON && np.end() - from == 1) {
        // A surname alias the article gives someone else (see MentionFinder).
        break;
      }
      String phrase = ctx.words(from, np.end());
      Optional<Actor> actor = ctx.registry.byName(phrase);
      if (actor.isPresent()) {
        CharSpan span = new CharSpan(ctx.tokens.get(from).begin(), ctx.tokens.get(np.end() - 1).end());
        Actor a = actor.get();
        return Optional.of(new Who(a.name(), a.type(), actor, "", ctx.mention(span), "name"));
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

  /** An object or possessive pronoun ({@code asked her how}, {@code its declaration}) as the one it stands for (see {@link Pronouns}). */
  Optional<Who> objectPronoun(int tokenIndex) {
    return pronouns.resolve(tokenIndex);
  }

  Who named(EntityMention m, NounPhrases.Range np, String how) {
    Mention mention = ctx.mention(m.span());
    if (m.actor().isPresent()) {
      Actor a = m.actor().get();
      Who who = new Who(a.name(), a.type(), m.actor(), m.role(), mention, how);
      String place = placeAfter(m);
      // "an embassy statement" after "The US Embassy in Buenos Aires was measured"
      return elsewhere(who, place)
          ? new Who(stripArticle(m.text()) + " in " + place, a.type(), Optional.empty(), "", mention, how)
          : who;
    }
    if (m.type() == SpeakerType.PERSON) {
      String name = names.fullName(m);
      // A word a source gave as their own name stays theirs ("a caller who identified himself as
      // Omar" is not the registry's Ilhan Omar)
      Optional<Actor> actor = ctx.selfNamed.contains(NameKey.of(name)) ? Optional.empty() : ctx.registry.byName(name);
      return new Who(actor.map(Actor::name).orElse(name), SpeakerType.PERSON, actor, names.role(m, name), mention, how);
    }
    String name = stripArticle(np == null ? m.text() : orgName(m, np));
    Optional<EntityMention> spelled = spelledOut(name);
    if (spelled.isPresent()) {
      // "the FDFA added" after "the Federal Department of Foreign Affairs (FDFA) said"
      Who full = named(spelled.get(), null, how);
      return new Who(full.name(), full.type(), full.actor(), full.role(), mention, how);
    }
    // "the court" after "the Supreme Court had ordered": the registry's alias "the Supreme Court";
    // not after "the Brazilian Supreme Court", which CoreNLP splits into two mentions.
    // "the state's National Guard" (a Texas paper) is not Venezuela's, whatever the registry holds
    boolean someoneElses = np != null && m.first() - 2 >= np.from() && ctx.tokens.get(m.first() - 1).pos().equals("POS")
        && !ctx.tokens.get(m.first() - 2).isCapitalised();
    Optional<Actor> actor = (np == null && qualified(m)) || someoneElses
        ? Optional.empty() : ctx.registry.byStandaloneName(name);
    if (actor.isPresent()) {
      return new Who(actor.get().name(), actor.get().type(), actor, "", mention, how);
    }
    return new Who(name, SpeakerType.ORGANIZATION, Optional.empty(), "", mention, how);
  }

  /**
   * The organisation that an acronym abbreviates: where the article introduces it, {@code Federal
   * Department of Foreign Affairs (FDFA)}, else a name in the article whose capitalised words it
   * abbreviates ({@code Major League Baseball} for {@code MLB}); empty for a word that is not an
   * acronym or abbreviates no organisation named in full.
   */
  private Optional<EntityMention> spelledOut(String acronym) {
    if (!acronym.matches("\\p{Lu}{2,8}")) {
      return Optional.empty();
    }
    EntityMention byInitials = null;
    boolean ambiguous = false;
    for (EntityMention o : ctx.mentions) {
      if (o.pronoun() || o.type() != SpeakerType.ORGANIZATION || o.end() - o.first() < 2) {
        continue;
      }
      int open = o.end();
      if (open + 2 < ctx.tokens.size() && ctx.tokens.get(open).text().equals("(")
          && ctx.tokens.get(open + 1).text().equals(acronym) && ctx.tokens.get(open + 2).text().equals(")")) {
        return Optional.of(o);
      }
      if (acronym.length() >= 3 && !o.place() && initials(o).equals(acronym)) {
        // two bodies with these initials ("International Crisis Group", "International Contact
        // Group"): the acronym is neither for sure
        ambiguous |= byInitials != null && !NameKey.words(byInitials.text()).equals(NameKey.words(o.text()));
        byInitials = o;
      }
    }
    return ambiguous ? Optional.empty() : Optional.ofNullable(byInitials);
  }

  /** The first letters of a mention's capitalised words: {@code IOM} for International Organization for Migration. */
  private String initials(EntityMention m) {
    StringBuilder out = new StringBuilder();
    for (int i = m.first(); i < m.end(); i++) {
      String w = ctx.tokens.get(i).text();
      if (Character.isUpperCase(w.charAt(0))) {
        out.append(w.charAt(0));
      }
    }
    return out.toString();
  }

  /** The capitalised place after {@code in} right after a mention ({@code US Embassy in Buenos Aires}), or "". */
  private String placeAfter(EntityMention m) {
    int i = m.end();
    if (i + 1 >= ctx.tokens.size() || !ctx.tokens.get(i).text().equals("in")) {
      return "";
    }
    int end = i + 1;
    while (end < ctx.tokens.size() && ctx.tokens.get(end).isCapitalised()
        && ctx.tokens.get(end).sentence() == ctx.tokens.get(i).sentence()) {
      end++;
    }
    return end > i + 1 ? ctx.words(i + 1, end) : "";
  }

  /** Whether a capitalised word or a possessive right before the mention qualifies it. */
  private boolean qualified(EntityMention m) {
    if (m.first() == 0) {
      return false;
    }
    Token prev = ctx.tokens.get(m.first() - 1);
    boolean sameSentence = prev.sentence() == ctx.tokens.get(m.first()).sentence();
    return sameSentence && (prev.pos().equals("POS") || (prev.isCapitalised() && !prev.pos().equals("DT")));
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
    if (start < m.first() && ctx.tokens.get(start).pos().equals("POS")) {
      start++; // "the party's Polit Bureau": the possessor is not capitalised, so not in the name
    }
    return ctx.words(start, m.end());
  }

  private static String stripArticle(String name) {
    return name.replaceFirst("^(?i)the\\s+", "");
  }

  /**
   * Whether {@code m} can be its sentence's subject: no finite verb before it, not a modifier of
   * another noun, and not inside a phrase that opens the sentence (see {@link OpeningPhrases}).
   */
  boolean isSubject(EntityMention m) {
    Sentence sentence = ctx.parsed.sentences().get(m.sentence());
    int first = sentence.firstToken();
    // "Asked by Drummond whether Norway would try again, Dalby said": the question is no clause of his
    int from = Math.max(ctx.afterOpeningParticiple(sentence, m.first()), openings.mainClauseFrom(first, m.first()));
    if (opensCoordinateClause(m)) {
      // "The group meets again on Saturday, and Carlos said they had written": the second clause's subject
      from = m.first();
    }
    boolean appositive = appositiveBeforeVerb(m, sentence);
    for (int i = from; i < m.first(); i++) {
      if (!ctx.inQuote[i] && ctx.tokens.get(i).isFiniteVerb() && !(appositive && inRelativeClause(i))) {
        return false;
      }
    }
    return (m.pronoun() || !modifier(m)) && !openings.holds(m, first);
  }

  /** Whether {@code m} comes right after a comma and {@code and} or {@code but}, or a semicolon, and a finite verb follows it. */
  private boolean opensCoordinateClause(EntityMention m) {
    int c = m.first() - 1;
    if (m.pronoun() || c < 1 || m.end() >= ctx.tokens.size() || !ctx.tokens.get(m.end()).isFiniteVerb()) {
      return false;
    }
    String word = ctx.tokens.get(c).text().toLowerCase(Locale.ROOT);
    return word.equals(";") || (word.matches("and|but") && ctx.tokens.get(c - 1).text().equals(","));
  }

  /**
   * {@code One of them, a sergeant who gave only his first name, Wilmer, said}: a name between
   * commas right before a finite verb names the subject it follows, whose verbs are a relative
   * clause's (see {@link #isSubject}).
   */
  private boolean appositiveBeforeVerb(EntityMention m, Sentence sentence) {
    return !m.pronoun() && m.first() - 1 > sentence.firstToken() && m.end() + 1 < sentence.endToken()
        && ctx.tokens.get(m.first() - 1).text().equals(",") && ctx.tokens.get(m.end()).text().equals(",")
        && ctx.tokens.get(m.end() + 1).isFiniteVerb();
  }

  /** Whether the verb at {@code v} is the first of a relative clause: {@code who}, {@code that} or {@code which} a few words before, no comma between. */
  private boolean inRelativeClause(int v) {
    for (int i = v - 1; i >= 0 && i >= v - 3; i--) {
      String w = ctx.tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (w.equals(",")) {
        return false;
      }
      if (w.equals("who") || w.equals("that") || w.equals("which")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name inside someone else's description, not the head of its own phrase: before a noun, a
   * hyphen or an adjective ({@code a Maduro appointee}, {@code a Beijing-based trader}, {@code the
   * Guaidó interim government}), after {@code of} ({@code the envoy of Norway}), a place after a
   * preposition of place (see {@link #placePreposition}) or the agent of a describing participle.
   */
  private boolean modifier(EntityMention m) {
    int end = ctx.parsed.sentences().get(m.sentence()).endToken();
    if (m.end() < end && (ctx.tokens.get(m.end()).pos().matches("NNS?") || ctx.beforeHyphen(m.end() - 1))) {
      return true; // "a Maduro appointee", "a Beijing-based trader"
    }
    // "the Guaidó interim government", but not "Maduro last week accused"
    if (m.end() + 1 < end && ctx.tokens.get(m.end()).pos().equals("JJ")
        && ctx.tokens.get(m.end() + 1).pos().matches("NNS?")
        && !TIME_NOUNS.contains(ctx.tokens.get(m.end() + 1).lemma().toLowerCase())) {
      return true;
    }
    int before = m.first() - 1;
    if (before >= 0 && ctx.tokens.get(before).pos().equals("DT")) {
      before--;
    }
    if (before >= 0 && ctx.tokens.get(before).text().equalsIgnoreCase("of")) {
      return true;
    }
    return placePreposition(m) >= 0 || passiveAgent(m);
  }

  /**
   * {@code the board appointed by the opposition-controlled National Assembly}: the agent of a
   * participle that only describes a phrase, not of a passive verb ({@code is led by}).
   */
  private boolean passiveAgent(EntityMention m) {
    int lo = ctx.parsed.sentences().get(m.sentence()).firstToken();
    int i = m.first() - 1;
    while (i > lo && i > m.first() - 5 && ctx.tokens.get(i).pos().matches("DT|JJ|HYPH|VBN|NN")) {
      i--;
    }
    if (i <= lo || !ctx.tokens.get(i).text().equals("by") || !ctx.tokens.get(i - 1).pos().equals("VBN")) {
      return false;
    }
    int aux = i - 2;
    while (aux > lo && ctx.tokens.get(aux).pos().startsWith("RB")) {
      aux--;
    }
    // "is led by Jorge Rodríguez" makes him the one the paragraph is about, and "a video message
    // recorded by Guaidó" its author; "the attorney general appointed by Mr. Guaidó" only
    // describes the attorney general
    return aux < lo || !(ctx.tokens.get(aux).lemma().matches("be|have|get")
        || RoleNouns.DOC_NOUNS.contains(ctx.tokens.get(aux).lemma().toLowerCase(Locale.ROOT)));
  }

  /** A name inside someone else's phrase or a place after a preposition (see {@link #modifier}). */
  boolean isModifier(EntityMention m) {
    return !m.pronoun() && modifier(m);
  }

  /**
   * For a place named after a preposition of place, where someone is rather than who ({@code the
   * embassy in Canberra}, {@code In Caracas, PDVSA was defiant}, {@code in Port of Spain}, where
   * CoreNLP may tag only {@code Spain}, {@code in the Netherlands}): the preposition's index; -1
   * otherwise, and for an organisation ({@code analysts at PDVSA}).
   */
  private int placePreposition(EntityMention m) {
    boolean place = m.place() || ctx.tokens.get(m.first()).ner().equals("LOCATION");
    if (!place || m.pronoun()) {
      return -1;
    }
    int lo = ctx.parsed.sentences().get(m.sentence()).firstToken();
    int j = m.first() - 1;
    if (j - 1 > lo && ctx.tokens.get(j).text().equals("of") && ctx.tokens.get(j - 1).isProperNoun()) {
      j -= 2;
    }
    while (j > lo && ctx.tokens.get(j).pos().matches("DT|JJ")) {
      j--; // "in the Netherlands", "in eastern Caracas"
    }
    return j >= lo && LOCATIVE.contains(ctx.tokens.get(j).text().toLowerCase()) ? j : -1;
  }

  /**
   * {@code who}, {@code that}, {@code which}: the phrase before it ({@code a tweet by John Bolton
   * that said}); past a place, to what is there ({@code the Venezuelan Embassy in Port of Spain,
   * which}).
   */
  private Optional<Who> resolveRelative(int tokenIndex) {
    NounPhrases phrases = new NounPhrases(ctx);
    int lo = ctx.sentenceOf(tokenIndex).firstToken();
    int reach = 3;
    for (int i = tokenIndex - 1; i >= lo && i >= tokenIndex - reach; i--) {
      EntityMention m = ctx.mentionAt(i);
      if (m == null || m.pronoun()) {
        continue;
      }
      int preposition = placePreposition(m);
      if (preposition >= 0) {
        i = preposition; // "in Port of Spain": look past the place
        reach = tokenIndex - preposition + 3;
        continue;
      }
      if (headNounBetween(m.end(), tokenIndex)) {
        break; // "A Treasury official who": the official, not the Treasury
      }
      return Optional.of(named(m, null, "relative"));
    }
    NounPhrases.Range before = phrases.leftOf(tokenIndex);
    return before.isEmpty() ? Optional.empty() : resolveRole(before);
  }

  /** Whether a common noun lies between tokens {@code from} and {@code to}: the head of a phrase the name modifies. */
  private boolean headNounBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (ctx.tokens.get(k).pos().matches("NNS?")) {
        return true;
      }
    }
    return false;
  }

  /** Who issued the latest document of this kind before token {@code before} (see {@link Roles}). */
  Optional<Who> document(String noun, int before) {
    return roles.documentSource(noun, before);
  }

  /** A phrase without a name: see {@link Roles}. */
  private Optional<Who> resolveRole(NounPhrases.Range np) {
    return roles.resolve(np);
  }
}
