package org.quotestance.quotes;

import java.util.List;
import java.util.Set;
import org.quotestance.nlp.Animacy;
import org.quotestance.speakers.Actor;
import org.quotestance.speakers.NameKey;

/**
 * The word tables behind {@link Roles}: nouns for documents, organisations, spokespeople, party
 * members, capitalised titles of office, collectives and generic people, and the words in an organisation's name that show what
 * kind it is; with the tests on nouns and names built from them. Static and immutable; the tests
 * take lower-case nouns and do not throw.
 */
final class RoleNouns {
  static final Set<String> DOC_NOUNS = Set.of("statement", "tweet", "post", "letter", "communique",
      "communiqué", "message", "release", "note", "report", "text", "declaration", "video", "ruling", "decree",
      "judgment", "judgement", "verdict", "decision", "opinion", "advisory", "editorial", "memo", "document",
      "filing", "resolution", "notice", "order", "claim", "lawsuit", "complaint", "petition", "website",
      "advice", "guidance", "faq", "guidelines");
  /** Names for the text a meeting adopts: {@code the document} may be a declaration named before. */
  private static final Set<String> ADOPTED_TEXTS = Set.of("declaration", "resolution", "communique", "communiqué",
      "text", "document");
  /** The generic ones among them. */
  private static final Set<String> GENERIC_TEXTS = Set.of("text", "document");
  /** Documents only a court issues: {@code the ruling reads} is the court's. */
  static final Set<String> COURT_DOCS = Set.of("ruling", "judgment", "judgement", "verdict", "opinion");
  static final Set<String> ORG_NOUNS = Set.copyOf(java.util.List.of("ministry", "department", "government", "court", "union",
      "club", "council", "company", "party", "embassy", "consulate", "office", "agency", "commission", "committee", "army",
      "military", "police", "administration", "white", "kremlin", "group", "organisation", "organization",
      "campaign", "firm", "league", "board", "assembly", "parliament", "congress", "senate", "federation",
      "service", "newspaper", "paper", "station", "network", "broadcaster", "agency", "bureau", "institute", "trust",
      "association", "authority", "council", "regime", "kremlin", "junta", "opposition", "coalition", "alliance",
      "bank", "fund"));
  /** Organisation nouns no country or city is: {@code the company said} never means India. */
  static final Set<String> NON_STATE = Set.of("company", "firm", "group", "bank", "union", "party", "club",
      "newspaper", "paper", "station", "network", "broadcaster", "association", "federation", "coalition",
      "alliance", "campaign", "league", "trust", "institute");
  static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "representative");
  /** Words in an organisation's name that show what kind it is, for {@code the union}, {@code the court} ... */
  static final java.util.Map<String, List<String>> SYNONYMS = java.util.Map.of(
      "union", List.of("union", "federation", "confederation", "workers", "syndicate", "guild"),
      "court", List.of("court", "tribunal", "justice"),
      "ministry", List.of("ministry", "department", "secretariat"),
      "department", List.of("department", "ministry"),
      "company", List.of("inc", "corp", "corporation", "ltd", "llc", "company", "co", "group", "plc", "airlines", "motors",
          "industries", "holdings", "enterprises"),
      "club", List.of("club", "fc", "united", "city", "athletic"),
      "party", List.of("party", "movement", "front"),
      "agency", List.of("agency", "service", "office", "bureau", "administration"));
  /** Relatives and counsel, who speak for someone named after {@code of} but are not them. */
  static final Set<String> RELATIONS = Set.of("mother", "father", "wife", "husband", "son", "daughter",
      "brother", "sister", "widow", "cousin", "uncle", "aunt", "nephew", "niece", "grandmother", "grandfather",
      "relative", "friend", "lawyer", "attorney", "neighbour", "neighbor", "girlfriend", "boyfriend", "partner",
      "fiancée", "fiancee", "parent", "child", "family");
  /** Nouns for the judges who decide for a court: {@code a three-judge panel of the Third Circuit}. */
  static final Set<String> PANELS = Set.of("panel", "bench", "chamber");
  /** Nouns for a part of a body that speaks for it: {@code the secretariat of the Forum}, {@code a panel of the court}. */
  static final Set<String> BODY_PARTS = Set.of("secretariat", "panel", "bench", "chamber", "presidency", "board",
      "directorate", "commission", "committee");
  /** Collective speakers that CoreNLP's animacy lists call inanimate. */
  private static final Set<String> COLLECTIVES = Set.of("source", "crowd", "delegation", "team", "side",
      "camp", "family", "panel", "mission", "staff", "bank", "fund");
  /** Capitalised nouns for a party's members: {@code the Florida Republican} is a person, not Florida. */
  static final Set<String> PARTY_MEMBERS = Set.of("republican", "democrat", "socialist", "chavista",
      "sandinista", "conservative", "liberal", "tory", "peronist", "communist");
  /** Titles of office that writers capitalise: {@code the President wrote} is a person, as {@code the president}. */
  static final Set<String> OFFICE_TITLES = Set.of("president", "minister", "chancellor", "governor", "mayor",
      "senator", "ambassador", "secretary", "pope", "cardinal", "archbishop", "bishop", "king", "queen", "premier",
      "envoy", "commissioner", "judge", "prosecutor", "general", "colonel", "admiral", "congressman", "congresswoman");
  /** Determiners that introduce someone new: {@code a man in a Guaidó cap} is no earlier name. */
  static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");
  /**
   * Prepositions after a new person's noun that say where they work, stand or belong ({@code a
   * nurse at the hospital}, {@code an aide to Guaidó}): the person speaks, not what follows.
   */
  static final Set<String> DESCRIBING_PREPOSITIONS = Set.of("at", "in", "from", "of", "for", "with",
      "on", "to", "near", "outside", "inside", "behind", "beside", "among", "across", "along");
  static final Set<String> GENERIC_PEOPLE = Set.of("politician", "leader", "lawmaker", "legislator");
  /** Nouns for one who speaks for a country abroad, which writers use for each other: {@code the Russian envoy}. */
  static final Set<String> DIPLOMATS = Set.of("ambassador", "envoy", "diplomat", "representative", "delegate",
      "emissary", "chargé", "charge");
  /** Nouns for a newspaper or broadcaster that speaks: {@code the paper wrote}, {@code the Madrid daily El País}. */
  static final Set<String> PRESS = Set.of("newspaper", "paper", "daily", "tabloid", "weekly", "broadsheet",
      "magazine", "broadcaster");
  /** Words that newspapers' names are made of, in the languages of the news, folded: {@code Miami Herald}, {@code Folha}. */
  private static final Set<String> PRESS_NAMES = Set.of("times", "post", "herald", "gazette", "gaceta", "gazeta",
      "journal", "jornal", "tribune", "tribuna", "diario", "courier", "courant", "corriere", "correo",
      "correio", "chronicle", "telegraph", "observer", "guardian", "mail", "mirror", "express", "inquirer",
      "examiner", "globe", "noticias", "news", "prensa", "zeitung", "folha", "voz", "voice",
      "universal", "nacional", "nacion", "semana", "ledger", "dispatch", "sentinel", "bulletin");

  private RoleNouns() {}

  /**
   * Whether a description's head noun names a thing, not someone who can speak ({@code a remark
   * quickly welcomed by officials}, {@code the blackout}). Organisation and collective nouns can
   * speak although CoreNLP's lists call them inanimate.
   */
  static boolean thing(String noun) {
    return !ORG_NOUNS.contains(noun) && !COLLECTIVES.contains(noun) && Animacy.inanimate(noun);
  }

  /**
   * Whether an organisation is a newspaper or broadcaster, by the words written beside it ({@code
   * the opposition daily}) or a word of its name ({@code Herald}).
   */
  static boolean press(String name, String role) {
    return NameKey.words(role).stream().anyMatch(PRESS::contains)
        || NameKey.words(name).stream().anyMatch(PRESS_NAMES::contains);
  }

  /**
   * Whether the mention's own name says it is this kind of organisation ({@code Workers
   * Federation} for {@code union}).
   */
  static boolean namedAs(EntityMention m, String noun) {
    return namedAs(m.actor().map(Actor::name).orElse(m.text()), noun);
  }

  static boolean namedAs(String name, String noun) {
    List<String> words = NameKey.words(name);
    return words.contains(noun) || SYNONYMS.getOrDefault(noun, List.of()).stream().anyMatch(words::contains);
  }

  /**
   * Whether a name says it is some other kind of organisation than {@code noun} ({@code Energy
   * Ministry} for {@code company}).
   */
  static boolean namedOtherwise(String name, String noun) {
    return !namedAs(name, noun)
        && NameKey.words(name).stream().anyMatch(w -> ORG_NOUNS.contains(w) && !w.equals(noun));
  }

  /**
   * Whether {@code earlier} may be the document a later {@code noun} refers to: the same noun, or
   * a generic name for an adopted text ({@code the document reads} after {@code a declaration}; a
   * resolution is no declaration).
   */
  static boolean sameDocument(String earlier, String noun) {
    return earlier.equals(noun) || (GENERIC_TEXTS.contains(noun) && ADOPTED_TEXTS.contains(earlier));
  }
}
