package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Token;
import org.quotestance.speakers.ActorRegistry;
import org.quotestance.speakers.NameKey;

/**
 * Finds the names and subject pronouns in the writer's own text: runs of capitalised words are
 * matched against the actor registry first, then typed by CoreNLP's entity classes (see {@link
 * NameRuns}). Skips tokens inside quotes, adds surnames CoreNLP tagged only elsewhere, and across
 * the article unlinks shadowed registry aliases and gives a lone surname its full name's gender.
 * Static; returns the mentions in text order.
 */
final class MentionFinder {
  static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they");
  /** Tags before a word that make it no clause's subject ({@code in Lima}, {@code the Lima talks}). */
  private static final Set<String> NOT_BEFORE_SUBJECT = Set.of("IN", "TO", "DT", "POS", "JJ", "NNP");

  /** Verbs before {@code himself as} or {@code only as} when a source is named by what they gave: {@code identified himself as}. */
  private static final Set<String> SELF_NAMING = Set.of("identify", "introduce", "know");

  private MentionFinder() {}

  static List<EntityMention> find(ParsedText parsed, boolean[] inQuote, ActorRegistry registry) {
    List<EntityMention> out = new ArrayList<>();
    List<Token> tokens = parsed.tokens();
    Set<String> surnames = surnames(tokens);
    Set<String> givenNames = givenNames(tokens);
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (inQuote[i]) {
        i++;
        continue;
      }
      if (t.pos().equals("PRP") && PRONOUNS.contains(t.text().toLowerCase())) {
        out.add(pronoun(t, i));
        i++;
        continue;
      }
      if (!NameRuns.startsName(t)) {
        i++;
        continue;
      }
      int runEnd = NameRuns.runEnd(tokens, inQuote, i);
      int end = NameRuns.withRegistryTail(tokens, inQuote, i, runEnd, registry);
      int before = out.size();
      if (NameRuns.pressName(tokens, i, end, registry)) {
        // "the Madrid daily La Gaceta Ibérica": a newspaper, whatever class CoreNLP gives its words
        out.add(NameRuns.mention(tokens, i, end, SpeakerType.ORGANIZATION, "neuter", Optional.empty()));
      } else {
        NameRuns.addRun(tokens, i, end, registry, out);
      }
      boolean surname = surnames.contains(tokens.get(end - 1).text().toLowerCase());
      if (out.size() == before && surname) {
        // "Ledezma is less sure": a surname CoreNLP did not tag here but did elsewhere.
        out.add(NameRuns.mention(tokens, i, end, SpeakerType.PERSON, "", Optional.empty()));
      } else if ((surname || givenNames.contains(t.text().toLowerCase())) && out.size() == before + 1 && end - i == 1
          && isSubjectPlace(tokens, out.get(before))) {
        // "Albuquerque also criticised…" after "Miguel Albuquerque", "Orlando said" after "Orlando
        // Quintero": the person, not the city.
        out.set(before, NameRuns.mention(tokens, i, end, SpeakerType.PERSON, "", Optional.empty()));
      }
      i = end;
    }
    return withFullNameGenders(withoutShadowedAliases(out, tokens));
  }

  /**
   * Unlinks one-word registry aliases that this article uses for someone else: when the article
   * has named an unregistered {@code Orlando Guevara Mairena} and never names the registry's {@code
   * Freddy Guevara} in full, a later {@code Guevara} is Orlando Guevara Mairena, not the
   * registry's.
   */
  private static List<EntityMention> withoutShadowedAliases(List<EntityMention> mentions, List<Token> tokens) {
    Set<String> linkedInFull = new HashSet<>();
    for (EntityMention m : mentions) {
      if (!m.pronoun() && m.actor().isPresent() && NameKey.words(m.text()).size() > 1) {
        linkedInFull.add(m.actor().get().name());
      }
    }
    Set<String> otherNames = new HashSet<>(); // later words of unregistered full names seen so far
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      List<String> words = NameKey.words(m.text());
      if (!m.pronoun() && m.type() == SpeakerType.PERSON && m.actor().isEmpty() && words.size() > 1) {
        otherNames.addAll(words.subList(1, words.size()));
      }
      if (!m.pronoun() && words.size() == 1 && selfNamed(tokens, m.first())) {
        otherNames.add(words.get(0)); // "a caller who identified himself as Omar" is no registered Omar
      }
      boolean shadowed = m.actor().isPresent() && m.actor().get().type() == SpeakerType.PERSON
          && words.size() == 1 && otherNames.contains(words.get(0))
          && !linkedInFull.contains(m.actor().get().name());
      out.add(shadowed ? m.unlinked() : m);
    }
    return out;
  }

  /**
   * Whether the one-word name at {@code first} is the one a source gave for themselves: {@code who
   * identified himself as Omar}, {@code who gave her name as Belkis}, {@code identified only as
   * Toño}; not {@code casts himself as Chávez's heir} or {@code served not only as Maduro's ally}.
   */
  static boolean selfNamed(List<Token> tokens, int first) {
    if (first < 3 || !tokens.get(first - 1).text().equals("as")
        || (first + 1 < tokens.size() && tokens.get(first + 1).pos().equals("POS"))) {
      return false;
    }
    int k = first - 2;
    boolean only = tokens.get(k).text().equalsIgnoreCase("only");
    if (only) {
      k--; // "identified herself only as", "gave his name only as", "known only as"
    }
    if (k < 1 || tokens.get(k - 1).sentence() != tokens.get(first).sentence()) {
      return false;
    }
    String before = tokens.get(k).text().toLowerCase();
    boolean verb = only && SELF_NAMING.contains(tokens.get(k).lemma().toLowerCase());
    boolean reflexive = (before.equals("himself") || before.equals("herself"))
        && SELF_NAMING.contains(tokens.get(k - 1).lemma().toLowerCase());
    boolean name = before.equals("name")
        && (tokens.get(k - 1).pos().equals("PRP$") || (k >= 2 && tokens.get(k - 2).pos().equals("PRP$")));
    return verb || reflexive || name;
  }

  /** The words sources in the text gave as their own one-word names (see {@link #selfNamed}), as name keys. */
  static Set<String> selfNamedWords(List<Token> tokens, List<EntityMention> mentions) {
    Set<String> out = new HashSet<>();
    for (EntityMention m : mentions) {
      if (!m.pronoun() && m.end() - m.first() == 1 && selfNamed(tokens, m.first())) {
        out.add(NameKey.of(m.text()));
      }
    }
    return out;
  }

  /**
   * A one-word place that opens a clause rather than follows a preposition or article ({@code in
   * Lima}, {@code the Lima talks}): where the article names a person with that surname, it is them.
   */
  private static boolean isSubjectPlace(List<Token> tokens, EntityMention m) {
    if (!m.place() || m.actor().isPresent()) {
      return false;
    }
    String before = m.first() == 0 ? "" : tokens.get(m.first() - 1).pos();
    // "Zulia, Lara" or "Zulia and Lara": a list of places; "In a statement, Falcón said": a subject
    boolean listItem = (before.equals(",") || before.equals("CC")) && m.first() >= 2
        && tokens.get(m.first() - 2).pos().startsWith("NNP");
    int verb = m.end() < tokens.size() && tokens.get(m.end()).pos().equals("RB") ? m.end() + 1 : m.end();
    return finiteVerb(tokens, verb) && !listItem && !NOT_BEFORE_SUBJECT.contains(before);
  }

  /**
   * A finite verb of its own ({@code Albuquerque also criticised}, {@code Falcón has said}), not
   * {@code be} or a passive or perfect of being ({@code Lara has been hit}, {@code Lara was hit}).
   */
  private static boolean finiteVerb(List<Token> tokens, int verb) {
    if (verb >= tokens.size() || !tokens.get(verb).pos().matches("VBD|VBZ|VBP")) {
      return false;
    }
    String lemma = tokens.get(verb).lemma().toLowerCase();
    if (lemma.equals("have")) {
      return verb + 1 < tokens.size() && tokens.get(verb + 1).pos().equals("VBN")
          && !tokens.get(verb + 1).lemma().equalsIgnoreCase("be");
    }
    return !lemma.equals("be");
  }

  /** First words of the names of two words or more that CoreNLP tagged as persons anywhere in the text. */
  private static Set<String> givenNames(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      boolean startOfPerson = tokens.get(i).ner().equals("PERSON") && tokens.get(i + 1).ner().equals("PERSON")
          && (i == 0 || !tokens.get(i - 1).ner().equals("PERSON"));
      if (startOfPerson) {
        out.add(tokens.get(i).text().toLowerCase());
      }
    }
    return out;
  }

  /** Last words of the names CoreNLP tagged as persons anywhere in the text. */
  private static Set<String> surnames(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      boolean endOfPerson = tokens.get(i).ner().equals("PERSON")
          && (i + 1 == tokens.size() || !tokens.get(i + 1).ner().equals("PERSON"));
      if (endOfPerson && i > 0 && tokens.get(i - 1).ner().equals("PERSON")) {
        out.add(tokens.get(i).text().toLowerCase());
      }
    }
    return out;
  }

  /**
   * A surname alone takes the gender of the full name used elsewhere ({@code Ledezma} → {@code
   * Mariana Ledezma}); not when full names of both genders share it ({@code Yohandry Pérez} and her
   * husband {@code Luis Pérez}), and never a full name of unknown gender. A guessed gender ({@code
   * female?}) is passed on like a known one.
   */
  private static List<EntityMention> withFullNameGenders(List<EntityMention> mentions) {
    java.util.Map<String, String> bySurname = new java.util.HashMap<>();
    for (EntityMention m : mentions) {
      List<String> words = NameKey.words(m.text());
      if (m.type() == SpeakerType.PERSON && !m.pronoun() && words.size() > 1 && !m.gender().isEmpty()) {
        bySurname.merge(words.get(words.size() - 1), m.gender(), MentionFinder::sameGender);
      }
    }
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : mentions) {
      List<String> words = NameKey.words(m.text());
      String gender = m.gender().isEmpty() && m.type() == SpeakerType.PERSON && words.size() == 1
          ? bySurname.getOrDefault(words.get(0), "") : m.gender();
      out.add(gender.equals(m.gender()) ? m : new EntityMention(m.first(), m.end(), m.span(), m.text(), m.type(),
          gender, m.actor(), m.pronoun(), m.sentence(), m.role(), m.place()));
    }
    return out;
  }

  /** One gender for a surname from two full names: the known one over a guess of the same; else none. */
  private static String sameGender(String a, String b) {
    String guess = org.quotestance.speakers.Genders.GUESSED;
    if (!a.replace(guess, "").equals(b.replace(guess, ""))) {
      return "";
    }
    return a.endsWith(guess) ? b : a;
  }

  private static EntityMention pronoun(Token t, int i) {
    String word = t.text().toLowerCase();
    SpeakerType type = word.equals("it") || word.equals("they") ? SpeakerType.ORGANIZATION : SpeakerType.PERSON;
    String gender = switch (word) {
      case "he" -> "male";
      case "she" -> "female";
      default -> "neuter";
    };
    return new EntityMention(
        i, i + 1, new CharSpan(t.begin(), t.end()), t.text(), type, gender, Optional.empty(), true, t.sentence(), "",
        false);
  }

  static String text(List<Token> tokens, int from, int end) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < end; k++) {
      Token t = tokens.get(k);
      if (k > from && t.begin() > tokens.get(k - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }
}
