package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Token;
import org.quotestance.speakers.Actor;
import org.quotestance.speakers.ActorRegistry;
import org.quotestance.speakers.Genders;
import org.quotestance.speakers.NameKey;

/**
 * Runs of capitalised words for {@link MentionFinder}: where a run of name words starts and ends
 * (joining hyphenated given names, name particles and connectors such as {@code of}, and lower-case
 * words that complete a registry name), and how a run splits into mentions: registry names first,
 * then CoreNLP's entity classes, with the role words written before each name. Static; works on
 * token indexes into one article and adds the mentions it finds to the caller's list.
 */
final class NameRuns {
  private static final Set<String> CONNECTORS = Set.of("of", "'s", "’s", "de", "del", "la", "en", "y", "for", "&", "-", "and");
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "sen.", "sen", "senator", "president", "gen.", "general", "rep.", "minister");
  private static final Set<String> ORG_HEADS =
      Set.of("ministry", "department", "government", "court", "council", "assembly", "party", "office", "agency",
          "commission", "committee", "union", "group", "bank", "company", "embassy", "army", "police", "hall",
          "administration", "congress", "senate", "parliament", "club", "association", "foundation", "organization",
          "organisation", "network", "coalition", "alliance", "league", "federation", "institute", "board",
          "kremlin", "pentagon", "house", "command", "forces", "guard", "tribunal", "front", "movement", "cabinet",
          "centre", "center", "observatory", "fund", "programme", "forum", "service", "bureau", "secretariat",
          "authority", "society", "directorate", "chamber", "conference", "university");

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from");

  private NameRuns() {}

  /**
   * A hyphen with a word glued to each side, after a name, the second word tagged as part of a
   * person's name or a capitalised name word after a person's: {@code Jae-hoon}, {@code
   * Persad-Bissessar}; not {@code Saab-linked}.
   */
  private static boolean hyphenJoined(List<Token> tokens, int hyphen) {
    if (hyphen < 1 || hyphen + 1 >= tokens.size()) {
      return false;
    }
    Token h = tokens.get(hyphen);
    Token before = tokens.get(hyphen - 1);
    Token after = tokens.get(hyphen + 1);
    // "Persad-Bissessar": CoreNLP may tag only the first half of a double surname.
    boolean personAfter = after.ner().equals("PERSON")
        || (before.ner().equals("PERSON") && after.ner().equals("O") && after.isProperNoun() && after.isCapitalised());
    return h.text().equals("-") && before.end() == h.begin() && h.end() == after.begin()
        && startsName(before) && personAfter
        && after.text().chars().allMatch(Character::isLetter);
  }

  /**
   * A lower-case word that CoreNLP tags as part of a person's name, between two name words: {@code
   * da} in {@code Lula da Silva}, {@code van} in {@code Rob van Dijk}.
   */
  private static boolean particle(List<Token> tokens, int i) {
    if (i < 1 || i + 1 >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    return t.ner().equals("PERSON") && !t.isCapitalised() && tokens.get(i - 1).ner().equals("PERSON")
        && tokens.get(i + 1).ner().equals("PERSON") && startsName(tokens.get(i + 1));
  }

  static boolean startsName(Token t) {
    return (t.isProperNoun() || t.isEntity()) && t.isCapitalised();
  }

  static int runEnd(List<Token> tokens, boolean[] inQuote, int from) {
    int end = from + 1;
    int sentence = tokens.get(from).sentence();
    while (end < tokens.size() && !inQuote[end] && tokens.get(end).sentence() == sentence) {
      Token t = tokens.get(end);
      if (startsName(t)) {
        end++;
      } else if (hyphenJoined(tokens, end) && !inQuote[end + 1]) {
        end += 2;
      } else if (particle(tokens, end)) {
        end++;
      } else if (CONNECTORS.contains(t.text().toLowerCase())
          && end + 1 < tokens.size()
          && startsName(tokens.get(end + 1))
          && !inQuote[end + 1]) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * The run's end, moved past up to three lower-case words when they complete a registry name:
   * {@code Supreme Court in exile} is not the {@code Supreme Court}.
   */
  static int withRegistryTail(List<Token> tokens, boolean[] inQuote, int from, int end, ActorRegistry registry) {
    if (end >= tokens.size() || tokens.get(end).pos().equals("POS")) {
      // "France's foreign ministry" stays "France": the role phrase after it is resolved elsewhere.
      return end;
    }
    int best = end;
    for (int k = end + 1; k <= end + 3 && k <= tokens.size(); k++) {
      Token last = tokens.get(k - 1);
      // only words: a comma after "Elliott Abrams" completes no name
      if (inQuote[k - 1] || last.sentence() != tokens.get(from).sentence() || last.isCapitalised()
          || !Character.isLetter(last.text().charAt(0))) {
        break;
      }
      if (registry.byName(MentionFinder.text(tokens, from, k)).isPresent()) {
        best = k;
      }
    }
    return best;
  }

  /** Splits a run of capitalised words into mentions: registry names first, then entity classes. */
  static void addRun(List<Token> tokens, int from, int end, ActorRegistry registry, List<EntityMention> out) {
    List<String> words = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int k = from; k < end; k++) {
      for (String w : NameKey.words(tokens.get(k).text())) {
        words.add(w);
        owner.add(k);
      }
    }
    Optional<ActorRegistry.Match> match = registry.longestIn(words);
    if (match.isPresent() && !placeThenPerson(tokens, from, end, match.get(), owner, registry)
        && (cutsPerson(tokens, from, end, owner.get(match.get().from()), owner.get(match.get().to() - 1) + 1)
            || personInsideName(tokens, match.get(), owner, end))) {
      match = Optional.empty();
    }
    String lastWord = tokens.get(end - 1).text().toLowerCase();
    boolean wholeRun = match.isPresent() && match.get().from() == 0 && match.get().to() == words.size();
    if (!wholeRun && end - from > 1 && ORG_HEADS.contains(lastWord) && tokens.get(end - 1).isCapitalised()
        && !personOfOrganisation(tokens, from, end)) {
      // "Puerto Cabello Dockworkers Union": the place is part of the organisation's name.
      out.add(mention(tokens, from, end, SpeakerType.ORGANIZATION, "neuter", Optional.empty()));
      return;
    }
    int registryFrom = match.map(m -> m.actor().type() == SpeakerType.PERSON ? from : owner.get(m.from())).orElse(end);
    if (isOrganisationOf(tokens, from, end, registryFrom)) {
      // "Communist Party of Kenya", "Centre for Peaceful Mediation": what follows the organisation
      // noun is part of its name, whatever class CoreNLP gives each part.
      out.add(mention(tokens, from, end, SpeakerType.ORGANIZATION, "neuter", Optional.empty()));
      return;
    }
    if (match.isPresent()) {
      int a = owner.get(match.get().from());
      int b = owner.get(match.get().to() - 1) + 1;
      if (a > from) {
        addRun(tokens, from, a, registry, out);
      }
      Actor actor = match.get().actor();
      String role = a > from ? MentionFinder.text(tokens, from, a) : "";
      out.add(mention(tokens, a, b, actor.type(), actor.gender(), Optional.of(actor)).withRole(role));
      if (b < end) {
        addRun(tokens, b, end, registry, out);
      }
      return;
    }
    int k = from;
    while (k < end) {
      String ner = tokens.get(k).ner();
      int j = k + 1;
      while (j < end && (sameClass(tokens.get(j).ner(), ner, tokens.get(j)) || hyphenJoined(tokens, j - 1))) {
        j++;
      }
      int stop = j;
      while (stop - 1 > k && !tokens.get(stop - 1).isEntity()
          && CONNECTORS.contains(tokens.get(stop - 1).text().toLowerCase())) {
        stop--; // "David Malloy of Rockford": the person's name does not end in "of"
      }
      typed(tokens, k, stop, ner).ifPresent(out::add);
      k = j;
    }
  }

  /**
   * Whether a run is a newspaper's or broadcaster's name, written right after a noun for one
   * ({@code the opposition daily La Gaceta Ibérica}, {@code state broadcaster VTV}): no word of it
   * a person's name, the registry naming nothing in it.
   */
  static boolean pressName(List<Token> tokens, int from, int end, ActorRegistry registry) {
    if (from == 0 || tokens.get(from - 1).sentence() != tokens.get(from).sentence()
        || !RoleNouns.PRESS.contains(tokens.get(from - 1).text().toLowerCase())) {
      return false;
    }
    List<String> words = new ArrayList<>();
    for (int k = from; k < end; k++) {
      if (tokens.get(k).ner().equals("PERSON")) {
        return false;
      }
      words.addAll(NameKey.words(tokens.get(k).text()));
    }
    return registry.longestIn(words).isEmpty();
  }

  /**
   * A registered place after a sentence-opening {@code in}, {@code at} or {@code from}, then a
   * registered person, run together by CoreNLP into one person's name: {@code In Caracas Maduro was
   * defiant} is Caracas, then Maduro.
   */
  private static boolean placeThenPerson(List<Token> tokens, int from, int end, ActorRegistry.Match match,
      List<Integer> owner, ActorRegistry registry) {
    // only a sentence-opening "In Caracas", "At Miraflores", "From Havana", and no possessive after
    // the run: not "said that Santiago Morales, 23," nor "In Santiago López's view"
    if (from == 0 || !PLACE_PREPOSITIONS.contains(tokens.get(from - 1).text().toLowerCase())
        || (from > 1 && tokens.get(from - 2).sentence() == tokens.get(from - 1).sentence())
        || (end < tokens.size() && tokens.get(end).pos().equals("POS"))) {
      return false;
    }
    int a = owner.get(match.from());
    int b = owner.get(match.to() - 1) + 1;
    if (match.actor().type() == SpeakerType.PERSON) {
      return b == end && a > from && isRegistered(tokens, from, a, registry, SpeakerType.ORGANIZATION);
    }
    return a == from && b < end && isRegistered(tokens, b, end, registry, SpeakerType.PERSON);
  }

  private static boolean isRegistered(List<Token> tokens, int from, int end, ActorRegistry registry, SpeakerType type) {
    return registry.byName(MentionFinder.text(tokens, from, end)).filter(x -> x.type() == type).isPresent();
  }

  /** A person, then {@code of} or {@code at}: {@code David Smilde of Tulane University} is the person's affiliation. */
  private static boolean personOfOrganisation(List<Token> tokens, int from, int end) {
    boolean person = false;
    for (int k = from; k < end; k++) {
      String w = tokens.get(k).text();
      if (person && (w.equals("of") || w.equals("at"))) {
        return true;
      }
      person |= tokens.get(k).ner().equals("PERSON");
    }
    return false;
  }

  /**
   * A capitalised organisation noun, then {@code of} or {@code for}, then the rest of the run, with
   * no person in the run and no registry name before the connector ({@code registryFrom}; a registry
   * person anywhere counts as before it).
   */
  private static boolean isOrganisationOf(List<Token> tokens, int from, int end, int registryFrom) {
    for (int k = from; k < end; k++) {
      if (tokens.get(k).ner().equals("PERSON") || tokens.get(k).pos().equals("POS")) {
        return false; // not "the Ministry of Foreign Affairs and Trade's SafeTravel website"
      }
    }
    for (int of = from + 1; of < end - 1; of++) {
      Token head = tokens.get(of - 1);
      String connector = tokens.get(of).text();
      if ((connector.equals("of") || connector.equals("for")) && head.isCapitalised()
          && ORG_HEADS.contains(head.text().toLowerCase())) {
        return registryFrom > of;
      }
    }
    return false;
  }

  /**
   * Whether a registry hit {@code [a, b)} covers only part of a person's name, as a surname alias
   * does inside another person's full name ({@code Eduardo Sánchez} is not Pedro Sánchez).
   */
  private static boolean cutsPerson(List<Token> tokens, int from, int end, int a, int b) {
    boolean personBefore = a > from && tokens.get(a - 1).ner().equals("PERSON");
    boolean personAfter = b < end && tokens.get(b).ner().equals("PERSON");
    return (personBefore || personAfter) && tokens.get(a).ner().equals("PERSON");
  }

  /** A one-word person's alias inside a name CoreNLP tags as an organisation or place ({@code Puerto Cabello}). */
  private static boolean personInsideName(
      List<Token> tokens, ActorRegistry.Match match, List<Integer> owner, int end) {
    if (match.actor().type() != SpeakerType.PERSON || fullNameAtEnd(tokens, match, owner, end)) {
      return false;
    }
    for (int w = match.from(); w < match.to(); w++) {
      String ner = tokens.get(owner.get(w)).ner();
      if (ner.equals("ORGANIZATION") || ner.equals("LOCATION")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the match is a name of two or more capitalised words that ends the run: the person,
   * even when CoreNLP runs it into an organisation before it ({@code Ambassador to the United
   * Nations Kelly Craft}); not {@code of Cuba} inside {@code Workers' Central Union of Cuba}.
   */
  private static boolean fullNameAtEnd(List<Token> tokens, ActorRegistry.Match match, List<Integer> owner, int end) {
    int first = owner.get(match.from());
    int last = owner.get(match.to() - 1);
    if (last - first < 1 || last + 1 != end) {
      return false;
    }
    for (int k = first; k <= last; k++) {
      if (!startsName(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameClass(String ner, String runNer, Token t) {
    return ner.equals(runNer) || (!t.isEntity() && CONNECTORS.contains(t.text().toLowerCase()));
  }

  private static Optional<EntityMention> typed(List<Token> tokens, int from, int end, String ner) {
    String lastWord = tokens.get(end - 1).text().toLowerCase();
    switch (ner) {
      case "PERSON": {
        int start = from;
        if (start > 0 && HONORIFICS.contains(tokens.get(start - 1).text().toLowerCase())) {
          start--;
        }
        String text = MentionFinder.text(tokens, start, end);
        return Optional.of(mention(tokens, from, end, SpeakerType.PERSON, Genders.of(text), Optional.empty()));
      }
      case "ORGANIZATION":
        return Optional.of(mention(tokens, from, end, SpeakerType.ORGANIZATION, "neuter", Optional.empty()));
      case "LOCATION": {
        EntityMention m = mention(tokens, from, end, SpeakerType.ORGANIZATION, "neuter", Optional.empty());
        return Optional.of(new EntityMention(m.first(), m.end(), m.span(), m.text(), m.type(), m.gender(),
            m.actor(), false, m.sentence(), "", true));
      }
      default:
        if (ORG_HEADS.contains(lastWord)) {
          return Optional.of(mention(tokens, from, end, SpeakerType.ORGANIZATION, "neuter", Optional.empty()));
        }
        return Optional.empty();
    }
  }

  static EntityMention mention(
      List<Token> tokens, int from, int end, SpeakerType type, String gender, Optional<Actor> actor) {
    CharSpan span = new CharSpan(tokens.get(from).begin(), tokens.get(end - 1).end());
    return new EntityMention(from, end, span, MentionFinder.text(tokens, from, end), type, gender,
        actor, false, tokens.get(from).sentence(), preRole(tokens, from), false);
  }

  /**
   * Role words written right before a name ({@code Kremlin spokesman Dmitry Peskov}, {@code the
   * pro-government newspaper Moskovsky Vestnik}): up to four nouns and adjectives, lower-case.
   */
  private static String preRole(List<Token> tokens, int from) {
    int k = from;
    while (k > 0 && from - k < 4) {
      Token t = tokens.get(k - 1);
      boolean word = t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("HYPH");
      if (!word || t.sentence() != tokens.get(from).sentence()) {
        break;
      }
      k--;
    }
    return k < from ? MentionFinder.text(tokens, k, from).toLowerCase() : "";
  }
}
