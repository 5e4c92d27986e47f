package org.quotestance.quotes;

import java.util.Set;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Token;

/**
 * What a stretch set off by commas names, for {@link NounPhrases}: a person's name with or without
 * a title ({@code , General Jesús Suárez Chourio,}), an organisation ({@code , the Hemispheric Peace
 * Network,}), a place's name after a place noun ({@code the capital, Lima,}), a region after a
 * person's place ({@code of Houston, Texas,}) or a title after a name ({@code , R-Fla.,}). The
 * arguments are token indexes into one article: the comma before the stretch or the stretch's first
 * token, and the comma after it.
 */
final class CommaNames {
  private static final Set<String> PLACE_NOUNS = Set.of("capital", "city", "town", "village", "state", "province",
      "region", "port", "island", "district", "municipality", "neighbourhood", "neighborhood", "country");
  /** How many tokens a capitalised title between commas after a name may hold. */
  static final int MAX_TITLE = 10;

  private final ArticleContext ctx;

  CommaNames(ArticleContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Where the name starts in {@code former lawmaker Carlos Vecchio} between commas: a person's name
   * after up to four lower-case title words, with no article or preposition, or after a name's
   * possessive and a title ({@code Equatorial Guinea's Ambassador Anatolio Ndong Mba}); -1 otherwise.
   */
  int titledName(int from, int end) {
    if (from < 1 || from >= end || !isComma(from - 1)) {
      return -1;
    }
    EntityMention m = ctx.mentionAt(end - 1);
    if (m == null || m.pronoun() || m.type() != SpeakerType.PERSON || m.end() != end || m.first() <= from
        || m.first() - from > 4) {
      return -1;
    }
    int owner = ownerEnd(from, m.first());
    for (int i = owner < 0 ? from : owner; i < m.first(); i++) {
      Token t = ctx.tokens.get(i);
      boolean title = t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("HYPH");
      if ((t.isCapitalised() && owner < 0) || ctx.inQuote[i] || !title) {
        return -1;
      }
    }
    return m.first();
  }

  /**
   * Where the title starts after a name and its {@code 's} that open the stretch ({@code Equatorial
   * Guinea's Ambassador Anatolio Ndong Mba}, whose title may then be capitalised); -1 otherwise.
   */
  private int ownerEnd(int from, int name) {
    EntityMention owner = ctx.mentionAt(from);
    if (owner == null || owner.pronoun() || owner.first() != from || owner.end() + 1 >= name) {
      return -1;
    }
    return ctx.tokens.get(owner.end()).pos().equals("POS") ? owner.end() + 1 : -1;
  }

  /** A short run of proper nouns that names someone. */
  boolean isBareName(int from, int end) {
    if (from >= end || end - from > 5 || from < 1 || !isComma(from - 1)) {
      return false;
    }
    for (int i = from; i < end; i++) {
      EntityMention inside = ctx.mentionAt(i);
      boolean person = inside != null && !inside.pronoun() && inside.type() == SpeakerType.PERSON;
      // "Penny/NN Wong/NNP": CoreNLP's tagger may miss a first name that NER still calls a person
      if ((!ctx.tokens.get(i).isProperNoun() && !person) || ctx.inQuote[i]) {
        return false;
      }
    }
    EntityMention m = ctx.mentionAt(from);
    if (m == null && end - from > 1 && SameNames.HONORIFIC.matcher(ctx.tokens.get(from).text()).matches()) {
      m = ctx.mentionAt(from + 1); // "OPEC Secretary-General, Mr Mohammed Barkindo, told"
    }
    return m != null || rankedName(from, end);
  }

  /** {@code the} and an organisation's name, the whole stretch after a comma. */
  boolean isNamedOrganisation(int from, int end) {
    if (from < 1 || end - from < 2 || !isComma(from - 1) || !ctx.tokens.get(from).text().equalsIgnoreCase("the")) {
      return false;
    }
    EntityMention m = ctx.mentionAt(from + 1);
    return m != null && !m.pronoun() && m.type() == SpeakerType.ORGANIZATION && m.first() == from + 1 && m.end() == end;
  }

  /**
   * A person's name that ends the stretch after at most three other words (proper nouns, as {@link
   * #isBareName} checks): {@code General Jesús Suárez Chourio}, {@code Lt Col Marcus Persaud}.
   */
  boolean rankedName(int from, int end) {
    EntityMention m = ctx.mentionAt(end - 1);
    return m != null && !m.pronoun() && m.type() == SpeakerType.PERSON && m.end() == end
        && m.first() > from && m.first() - from <= 3;
  }

  /**
   * A capitalised title or label between commas right after a person's name: {@code Juan Guaidó,
   * President of the National Assembly, wrote}, {@code Sen. Marco Rubio, R-Fla., said}. It names no
   * one else and holds no verb.
   */
  boolean isTitleAfterName(int comma, int commaEnd) {
    EntityMention before = comma > 0 ? ctx.mentionAt(comma - 1) : null;
    if (before == null || before.pronoun() || before.type() != SpeakerType.PERSON || before.end() != comma
        || commaEnd - comma - 1 > MAX_TITLE || !ctx.tokens.get(comma + 1).isCapitalised()) {
      return false;
    }
    for (int i = comma + 1; i < commaEnd; i++) {
      EntityMention m = ctx.mentionAt(i);
      if (ctx.inQuote[i] || ctx.tokens.get(i).isFiniteVerb()
          || (m != null && m.type() == SpeakerType.PERSON)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code Thomas Whitcombe of Rockford, Illinois,}: one to three words of a place name between
   * commas after a place that follows a person's name and {@code of}, {@code in}, {@code at} or
   * {@code from}; the region belongs to the place, and the person is the subject. Among stacked
   * insertions ({@code needPerson} false) the place may follow a comma instead: {@code , from
   * Maturin, Monagas,}.
   */
  boolean isRegionAfterPlace(int comma, int commaEnd, boolean needPerson) {
    if (commaEnd - comma - 1 < 1 || commaEnd - comma - 1 > 3) {
      return false;
    }
    for (int i = comma + 1; i < commaEnd; i++) {
      if (!ctx.tokens.get(i).isProperNoun() || !ctx.tokens.get(i).ner().equals("LOCATION")) {
        return false; // "In Hamburg, Gabriela Ochoa, a nurse, said": a person, not a region
      }
    }
    for (int i = comma - 1; i >= 2 && comma - i <= 3 && ctx.tokens.get(i).isProperNoun(); i--) {
      String before = ctx.tokens.get(i - 1).text().toLowerCase();
      if (NounPhrases.PLACE_PREPOSITIONS.contains(before) || before.equals("of")) {
        if (!needPerson && isComma(i - 2)) {
          return true; // "Yorgelis Marcano, 26, from Maturin, Monagas, who …": among stacked insertions
        }
        EntityMention person = ctx.mentionAt(i - 2);
        return person != null && !person.pronoun() && person.type() == SpeakerType.PERSON && person.end() == i - 1;
      }
    }
    return false;
  }

  /** A place, a name or an organisation between commas. */
  boolean namesSomething(int comma, int commaEnd) {
    return isPlaceName(comma, commaEnd) || isBareName(comma + 1, commaEnd) || isNamedOrganisation(comma + 1, commaEnd)
        || titledName(comma + 1, commaEnd) >= 0;
  }

  /** One to three place-name words between commas right after a place noun: {@code the capital, Lima,}. */
  boolean isPlaceName(int comma, int commaEnd) {
    if (commaEnd - comma - 1 < 1 || commaEnd - comma - 1 > 3 || comma < 1
        || !PLACE_NOUNS.contains(ctx.tokens.get(comma - 1).text().toLowerCase())) {
      return false;
    }
    for (int i = comma + 1; i < commaEnd; i++) {
      if (!ctx.tokens.get(i).isProperNoun() || !ctx.tokens.get(i).ner().equals("LOCATION")) {
        return false;
      }
    }
    return true;
  }

  boolean isComma(int i) {
    return i >= 0 && i < ctx.tokens.size() && ctx.tokens.get(i).text().equals(",");
  }
}
