package org.quotestance.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Token;
import org.quotestance.speakers.Actor;
import org.quotestance.speakers.NameKey;

/**
 * Who a person's name stands for in one article, for {@link Resolver}: the fullest name of the
 * same person written there ({@code Mendes} → {@code Carla Mendes}), keeping namesakes apart, and
 * the role written beside that person.
 */
final class SameNames {
  /** A role that is only a form of address: {@code Mr}, {@code Dr.}. */
  /** A courtesy title written before a name: {@code Mr}, {@code Dr.}, {@code Fr}. */
  static final Pattern HONORIFIC = Pattern.compile("(?i)(mr|mrs|ms|miss|dr|fr|sir|prof)\\.?");

  /** Relatives who usually share a person's family name. */
  private static final Set<String> KIN = Set.of("son", "daughter", "brother", "sister", "grandson", "granddaughter");

  private final ArticleContext ctx;

  SameNames(ArticleContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The role written beside {@code m}, else beside another mention of the full {@code name}; a bare
   * honorific ({@code Mr}, {@code Dr.}) only when nothing says more.
   */
  String role(EntityMention m, String name) {
    if (!m.role().isEmpty() && !HONORIFIC.matcher(m.role()).matches()) {
      return m.role();
    }
    List<String> full = NameKey.words(name);
    for (EntityMention other : ctx.mentions) {
      boolean described = !other.role().isEmpty() && !HONORIFIC.matcher(other.role()).matches();
      if (described && !other.pronoun() && NameKey.words(bareName(other.text())).equals(full)) {
        return other.role();
      }
    }
    return m.role();
  }

  /**
   * The longest person mention in the article that is the same person: a longer name ending with
   * the mention's words ({@code Mendes} → {@code Carla Mendes}; {@code Luis Pérez} stays himself
   * beside {@code Yohandry Pérez}), or, for a one-word name, the same first word ({@code Rafael}
   * → {@code Rafael Castillo}, as features and local news call residents; {@code Lu} → {@code Lu
   * Kang}, as Chinese names put the family name first), or, for a one-word name, a later word of a
   * longer name ({@code Guevara} → {@code Orlando Guevara Mairena}). A registry person counts by its canonical
   * name for the first-word rule, and for its first surname only once the article has named them
   * before the mention and no one else's name ends with it ({@code Calderón} after {@code Humberto
   * Calderón Berti}; not {@code Rodríguez} beside {@code Jorge Rodríguez}). When people
   * with different first names share the word ({@code Yohandry Pérez}, {@code Luis Pérez}), it is
   * the one named last before the mention. A full name is never lengthened by a namesake's.
   * ({@code Carlos Vecchio} and {@code Carlos Alfredo Vecchio} stay two spellings.)
   */
  String fullName(EntityMention m) {
    String best = bareName(m.text());
    List<String> words = NameKey.words(best);
    String nearest = null; // the namesake named last before m, when namesakes differ
    Set<String> firstWords = new HashSet<>();
    for (EntityMention other : ctx.mentions) {
      if (other.type() != SpeakerType.PERSON || other.pronoun()) {
        continue;
      }
      String name = other.actor().map(Actor::name).orElse(bareName(other.text()));
      List<String> full = NameKey.words(name);
      boolean sameFirst = words.size() == 1 && full.size() > 1 && full.get(0).equals(words.get(0));
      // "Guevara" for "Orlando Guevara Mairena": Spanish names carry two surnames.
      boolean laterWord =
          words.size() == 1 && full.size() > 2 && full.subList(1, full.size()).contains(words.get(0));
      // A registered person's first surname ("Calderón" for Humberto Calderón Berti) counts once
      // the article has named them before, and only when no other person's name ends with it.
      boolean registeredLater = laterWord && other.first() < m.first()
          && full.get(full.size() - 2).equals(words.get(0)) && !anotherEndsWith(other, words.get(0));
      boolean sameName = other.actor().isPresent()
          ? sameFirst || registeredLater
          : sameFirst || laterWord || endsWith(full, words);
      if (!sameName || full.size() <= words.size()) {
        continue;
      }
      firstWords.add(full.get(0));
      if (other.first() < m.first()) {
        nearest = name;
      }
      if (name.length() > best.length()) {
        best = name;
      }
    }
    // "Pérez" after both Yohandry and Luis Pérez: the one named last, not the longer name.
    String found = firstWords.size() > 1 && nearest != null ? nearest : best;
    return words.size() == 1 && NameKey.words(found).size() == 1 && m.actor().isEmpty()
        ? familyName(found) : found;
  }

  /**
   * {@code Yelitza Parra, 52, and her daughter Valentina}, {@code their son, Luis,}: a child or
   * sibling introduced by a possessive beside a person named in full (the one named last before,
   * in the same sentence) carries that family name (Valentina Parra). Not a spouse or parent,
   * whose name may differ. The one word itself when no such introduction is found.
   */
  private String familyName(String given) {
    String key = NameKey.words(given).get(0);
    for (EntityMention intro : ctx.mentions) {
      List<String> own = NameKey.words(intro.text());
      if (intro.pronoun() || intro.type() != SpeakerType.PERSON || own.size() != 1 || !own.get(0).equals(key)) {
        continue;
      }
      int k = intro.first() - 1;
      if (k >= 0 && ctx.tokens.get(k).text().equals(",")) {
        k--;
      }
      if (k < 1 || !KIN.contains(ctx.tokens.get(k).text().toLowerCase()) || !ctx.tokens.get(k - 1).pos().equals("PRP$")) {
        continue;
      }
      String family = null;
      for (EntityMention p : ctx.mentions) {
        String surname = familyOf(p);
        if (!p.pronoun() && p.type() == SpeakerType.PERSON && p.sentence() == intro.sentence()
            && p.end() < k && surname != null) {
          // only a name joined to the relative: "Yelitza Parra, 52, and her daughter"; not
          // "María Rodríguez said troops took Wilmer Pérez and her son Luis"
          boolean object = p.first() > 0 && ctx.tokens.get(p.first() - 1).isVerb(); // "troops took Wilmer Pérez"
          family = coordinated(p.end(), k - 1) && !object && agrees(p.gender(), ctx.tokens.get(k - 1).text())
              ? surname : null;
        }
      }
      if (family == null && k - 1 == ctx.sentenceOf(k).firstToken()) {
        family = previousFamily(intro.sentence(), ctx.tokens.get(k - 1).text());
      }
      if (family != null) {
        return given + " " + family;
      }
    }
    return given;
  }

  /**
   * {@code Rosa Pérez was marking homework by candlelight. She had retired. Her son Daniel came
   * in}: a possessive that opens the sentence stands for the person named in full as the subject
   * of one of the two sentences before, whose family name the relative carries; null when none
   * agrees, or when another person is named between.
   */
  private String previousFamily(int sentence, String possessive) {
    EntityMention found = null;
    for (EntityMention p : ctx.mentions) {
      if (p.pronoun() || p.type() != SpeakerType.PERSON || p.sentence() >= sentence || p.sentence() < sentence - 2) {
        continue;
      }
      found = p; // the one named last
    }
    if (found == null || !agrees(found.gender(), possessive) || !opensSentence(found)) {
      return null;
    }
    return familyOf(found);
  }

  /** The last word of a person's name written in full (registry name first), or null for one word. */
  private static String familyOf(EntityMention p) {
    String[] parts = p.actor().map(Actor::name).orElse(bareName(p.text())).split("\\s+");
    return parts.length > 1 ? parts[parts.length - 1] : null;
  }

  /** Whether the mention is its sentence's subject: only an opening phrase closed by a comma before it. */
  private boolean opensSentence(EntityMention m) {
    int first = ctx.parsed.sentences().get(m.sentence()).firstToken();
    if (m.first() == first) {
      return true;
    }
    return ctx.tokens.get(m.first() - 1).text().equals(",") && m.end() < ctx.tokens.size()
        && ctx.tokens.get(m.end()).isVerb();
  }

  /** Whether a possessive ({@code his}, {@code her}, {@code their}) can stand for a person of {@code gender}. */
  private static boolean agrees(String gender, String possessive) {
    String g = gender.replace("?", "");
    return switch (possessive.toLowerCase()) {
      case "his" -> !g.equals("female");
      case "her" -> !g.equals("male");
      default -> true;
    };
  }

  /** Whether tokens {@code [from, to)} only join two people: commas, an age, {@code and} or {@code with}. */
  private boolean coordinated(int from, int to) {
    boolean joined = false;
    for (int i = from; i < to; i++) {
      Token t = ctx.tokens.get(i);
      if (t.text().matches("(?i)and|with|alongside")) {
        joined = true;
      } else if (!t.text().equals(",") && !t.pos().equals("CD")) {
        return false;
      }
    }
    return joined;
  }

  /** Whether a person mention other than {@code person} ends with {@code word} ({@code Jorge Rodríguez}). */
  private boolean anotherEndsWith(EntityMention person, String word) {
    for (EntityMention m : ctx.mentions) {
      if (m.type() != SpeakerType.PERSON || m.pronoun() || m.actor().equals(person.actor())) {
        continue;
      }
      List<String> name = NameKey.words(m.actor().map(Actor::name).orElse(bareName(m.text())));
      if (name.size() > 1 && name.get(name.size() - 1).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code name} ends with all of {@code words}: {@code Pérez} is Yohandry Pérez, but
   * {@code Luis Pérez} is not.
   */
  private static boolean endsWith(List<String> name, List<String> words) {
    return !words.isEmpty() && name.size() >= words.size()
        && name.subList(name.size() - words.size(), name.size()).equals(words);
  }

  private static String bareName(String name) {
    return name.replaceFirst("^(?i)(mr|mrs|ms|miss|dr)\\.?\\s+", "");
  }
}
