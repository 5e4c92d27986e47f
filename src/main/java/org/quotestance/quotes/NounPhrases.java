package org.quotestance.quotes;

import java.util.Optional;
import java.util.Set;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.Token;

/**
 * Finds the noun phrase that is the subject of a reporting verb: to its left ({@code Pompeo
 * said}), skipping auxiliaries, adverbs, a short parenthesis ({@code The department (Dirco) said})
 * and comma-delimited appositives or relative clauses ({@code Maduro, who ..., fumed}); or to its
 * right in inverted order ({@code said Pompeo}).
 */
final class NounPhrases {
  /**
   * A token range {@code [from, end)}; empty when {@code from == end}. {@code placeFrom} is where a
   * trailing place phrase begins ({@code the envoy | in Bogota}, at the preposition); {@code end}
   * when there is none.
   */
  record Range(int from, int end, int placeFrom) {
    Range(int from, int end) {
      this(from, end, end);
    }

    boolean isEmpty() {
      return from >= end;
    }
  }

  private static final Set<String> SKIP_WORDS =
      Set.of("also", "later", "then", "again", "further", "reportedly", "however", "once", "previously",
          "earlier", "separately", "meanwhile", "recently", "repeatedly", "publicly", "today", "yesterday");
  private static final Set<String> AUX = Set.of("be", "have", "do", "will", "would", "can", "could", "shall",
      "should", "may", "might", "must", "go", "continue", "begin", "reportedly");
  private static final Set<String> NP_TAGS =
      Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "DT", "POS", "PRP$", "CD", "HYPH", "FW", "VBN", "VBG");
  private static final int MAX = 12;
  /** How many tokens a parenthesis between a subject and its verb may hold: {@code (Dirco)}, {@code (R-Fla.)}. */
  private static final int MAX_PARENTHESIS = 8;
  private static final Set<String> ASKED = Set.of("asked", "questioned", "pressed", "quoted", "interviewed", "contacted",
      "reached");
  /** Adverbs of degree inside a phrase after {@code of}: {@code of mostly Latin American governments}. */
  private static final Set<String> DEGREE = Set.of("mostly", "mainly", "largely", "chiefly", "predominantly");
  private static final Set<String> PARTITIVES = Set.of("most", "many", "some", "all", "none", "each", "both", "several");
  private static final Set<String> INSERTION_OPENERS =
      Set.of("the", "a", "an", "who", "which", "whose", "however", "meanwhile", "though", "too");
  /** How far back a relative clause broken by its own commas may start. */
  private static final int MAX_RELATIVE = 25;
  private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves");
  static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from");
  private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "regime", "authority", "administration",
      "ministry");
  private static final Set<String> DAY_PARTS = Set.of("night", "morning", "afternoon", "evening", "week", "month",
      "year", "weekend");
  static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december", "today", "yesterday", "tonight", "weekend");

  private final ArticleContext ctx;
  private final CommaNames names;

  NounPhrases(ArticleContext ctx) {
    this.ctx = ctx;
    this.names = new CommaNames(ctx);
  }

  /** The subject to the left of the verb at {@code v}, within its sentence. */
  Range leftOf(int v) {
    int lo = ctx.sentenceOf(v).firstToken();
    int j = skipBackward(v - 1, lo);
    if (j >= lo && isComma(j)) {
      int k = commaBefore(j - 1, j, lo);
      if (k >= lo && names.isRegionAfterPlace(k, j, true)) {
        // "Dana Whitfield of Houston, Texas, said": past the region to the person
        return leftOf(k);
      }
      if (k >= lo && clauseBefore(k, lo) && names.namesSomething(k, j)) {
        // "John Bolton, speaking in the Peruvian capital, Lima, said", "Bolton, who met Colombia's
        // defence minister, General Luis Navarro, said": the name belongs to the clause before it
        j = k;
        k = commaBefore(j - 1, j, lo);
      }
      int titled = names.titledName(k + 1, j);
      if (titled >= 0) {
        // "Guaidó's envoy in Washington, former lawmaker Carlos Vecchio, said": the appositive name
        return new Range(titled, j);
      }
      if (names.isBareName(k + 1, j) || names.isNamedOrganisation(k + 1, j)) {
        // "The company's chief executive, Sandra Whitlock, told ...", "A coalition of peace groups,
        // the Hemispheric Peace Network, said": the name between commas.
        return new Range(k + 1, j);
      }
      if (k >= lo && (isInsertion(k + 1, j) || names.isTitleAfterName(k, j))) {
        int opening = k;
        j = skipBackward(k - 1, lo);
        int relative = relativeClauseStart(j, lo);
        if (relative >= 0) {
          // "Guaidó, who is recognised by Australia, the United States and 50 others, wrote": the
          // clause's commas hid its start.
          opening = relative;
          j = skipBackward(relative - 1, lo);
        }
        int title = titleBefore(opening, lo);
        if (title >= 0) {
          // "Sen. Marco Rubio, R-Fla., who backs the bill, said": a title before the clause too
          j = skipBackward(title - 1, lo);
        }
        j = pastStackedInsertions(j, lo);
      } else if (k < lo && isInsertion(lo, j)) {
        return new Range(v, v);
      }
    }
    if (j < lo || ctx.inQuote[j]) {
      return new Range(v, v);
    }
    Token last = ctx.tokens.get(j);
    if (isPronounLike(last)) {
      return new Range(j, j + 1);
    }
    if (!isNpToken(j, j + 1)) {
      return new Range(v, v);
    }
    int start = j;
    while (start - 1 >= lo && j - start < MAX && isNpToken(start - 1, start)) {
      start--;
    }
    while (start <= j && !isNpStart(start)) {
      start++;
    }
    if (start <= j && hasNoun(start, j + 1)) {
      int from = start;
      int end = j + 1;
      return personBefore(from, end, lo).or(() -> withPlace(from, end, lo)).orElse(new Range(from, end));
    }
    return new Range(v, v);
  }

  /**
   * The whole phrase when a new person is described by what follows: {@code a nurse at the
   * University Hospital in Maracaibo}, {@code an aide to Guaidó} (see {@link
   * DescribedSubjects#personHead}); empty otherwise.
   */
  private Optional<Range> personBefore(int start, int end, int lo) {
    for (int k = start - 1; k >= lo && start - k <= MAX && !ctx.inQuote[k]; k--) {
      Token t = ctx.tokens.get(k);
      if (!isNpToken(k, k + 1) && !t.pos().equals("IN") && !t.pos().equals("TO")) {
        break;
      }
      int head = DescribedSubjects.personHead(ctx, k, end);
      if (head >= 0 && head + 1 < end && RoleNouns.DESCRIBING_PREPOSITIONS.contains(ctx.tokens.get(head + 1).text().toLowerCase())) {
        return Optional.of(new Range(k, end));
      }
    }
    return Optional.empty();
  }

  /**
   * Where {@code a spokesman for} starts, when it opens the phrase at {@code start} or comes right
   * before it; -1 otherwise.
   */
  private int spokespersonBefore(int start, int lo) {
    int noun = start;
    while (noun < ctx.tokens.size() && ctx.tokens.get(noun).pos().matches("DT|JJ")) {
      noun++;
    }
    if (noun + 1 < ctx.tokens.size() && spokesFor(noun)) {
      return start;
    }
    noun = start - 2;
    if (noun < lo || !spokesFor(noun)) {
      return -1;
    }
    int from = noun;
    while (from - 1 >= lo && ctx.tokens.get(from - 1).pos().matches("DT|JJ")) {
      from--;
    }
    return from;
  }

  private boolean spokesFor(int noun) {
    return RoleNouns.SPOKES.contains(ctx.tokens.get(noun).text().toLowerCase())
        && ctx.tokens.get(noun + 1).text().matches("(?i)for|of");
  }

  /**
   * The phrase that a place name after {@code in}, {@code at} or {@code from} belongs to, with the
   * place: {@code the Venezuelan embassy in Moscow} and {@code the envoy from Norway} speak, not
   * Moscow or Norway; so does a person named before it ({@code Susan Pryor from Leeds}). Empty
   * unless the word before the preposition is a common noun or ends a person's name, and the place
   * ends in a name.
   */
  private Optional<Range> withPlace(int place, int end, int lo) {
    int prep = place - 1;
    int noun = prep - 1;
    if (noun < lo || !PLACE_PREPOSITIONS.contains(ctx.tokens.get(prep).text().toLowerCase())
        || !ctx.tokens.get(place).isCapitalised() || !ctx.tokens.get(end - 1).isCapitalised()) {
      return Optional.empty();
    }
    EntityMention person = ctx.mentionAt(noun);
    if (person != null && !person.pronoun() && person.type() == SpeakerType.PERSON && person.end() == prep
        && person.first() >= lo && !ctx.inQuote[noun]
        && (person.first() == lo || !ctx.tokens.get(person.first() - 1).pos().matches("IN|TO"))) {
      // "Susan Pryor from Leeds told our reporter": the person, not her town; not "Relatives of
      // Fernando Albán in New York said", where the person is inside another phrase
      return Optional.of(new Range(person.first(), end, prep));
    }
    Token head = ctx.tokens.get(noun);
    String lemma = head.lemma().toLowerCase();
    // "the US Embassy in New Delhi": a capitalised organisation noun heads the phrase too.
    boolean capitalisedOrg = head.isCapitalised() && RoleNouns.ORG_NOUNS.contains(lemma);
    if (ctx.inQuote[noun] || !head.pos().matches("NNP?S?") || (head.isCapitalised() && !capitalisedOrg)
        || GOVERNMENT_NOUNS.contains(lemma) || RoleNouns.DOC_NOUNS.contains(lemma)) {
      // "the government in Caracas" is the place's government; "a letter from Pompeo" is Pompeo's.
      return Optional.empty();
    }
    int start = noun;
    while (start - 1 >= lo && noun - start < MAX && isNpToken(start - 1, start)) {
      start--;
    }
    while (start <= noun && !isNpStart(start)) {
      start++;
    }
    int spokes = spokespersonBefore(start, lo);
    if (spokes >= 0) {
      // "A spokesman for the UN human rights office in Geneva": the spokesman, for the office, in Geneva
      return Optional.of(new Range(spokes, end, prep));
    }
    if (start > noun || (start > lo && ctx.tokens.get(start - 1).pos().matches("IN|TO")) || hasOf(start, noun)) {
      // "the head of research at Barclays": the phrase's head is not its last word, or the
      // phrase is itself inside another; the place stays the speaker.
      return Optional.empty();
    }
    return Optional.of(new Range(start, end, prep));
  }

  /** The subject right after the verb at {@code v} ({@code said Pompeo}), within its sentence. */
  Range rightOf(int v) {
    int hi = ctx.sentenceOf(v).endToken();
    int j = v + 1;
    if (j >= hi || ctx.inQuote[j]) {
      return new Range(j, j);
    }
    if (isPronounLike(ctx.tokens.get(j))) {
      return new Range(j, j + 1);
    }
    int end = j;
    while (end < hi && end - j < MAX && !ctx.inQuote[end]) {
      Token t = ctx.tokens.get(end);
      String w = t.text().toLowerCase();
      boolean connector = (w.equals("of") || w.equals("for")) && end > j && end + 1 < hi
          // "the Inter-American Commission on Human Rights": "on" inside one organisation's name
          || w.equals("on") && end > j && isNpToken(end, end + 1);
      boolean compound = t.pos().matches("VBN|VBG") && end > j && ctx.tokens.get(end - 1).pos().equals("HYPH");
      // "the embattled strongman": a participle before a noun modifies it
      boolean modifier = t.pos().equals("VBN") && end + 1 < hi && ctx.tokens.get(end + 1).isNoun()
          && (end == j || !ctx.tokens.get(end - 1).isNoun());
      if (NP_TAGS.contains(t.pos()) && !t.pos().startsWith("VB") || connector || compound || modifier || t.pos().equals("HYPH")) {
        end++;
      } else {
        break;
      }
    }
    while (end - 2 >= j && ctx.tokens.get(end - 1).pos().equals("JJ") && ctx.tokens.get(end - 2).isNoun()) {
      end--; // "a trading source familiar with the talks": the adjective opens what follows the head
    }
    return hasNoun(j, end) ? new Range(j, end) : new Range(j, j);
  }

  /** The phrase after {@code according to} at {@code to} (the index of "to"). */
  Range after(int to) {
    return rightOf(to);
  }

  private int skipBackward(int j, int lo) {
    while (j >= lo) {
      Token t = ctx.tokens.get(j);
      String w = t.text().toLowerCase();
      int open = w.equals(")") ? parenthesisOpening(j, lo) : -1;
      if (open >= 0) {
        j = open - 1; // "The Department of International Relations (Dirco) said": past the acronym
        continue;
      }
      int time = timePhraseStart(j, lo);
      if (time >= 0) {
        j = time - 1; // "Colombia's Foreign Ministry on Monday dismissed", "Maduro last night blamed"
        continue;
      }
      boolean adverb = t.pos().startsWith("RB") && !w.equals("not");
      boolean aux = (t.isVerb() || t.pos().equals("MD") || t.pos().equals("TO")) && AUX.contains(t.lemma().toLowerCase());
      // "Maduro himself said": the reflexive only stresses the name before it.
      boolean emphatic = REFLEXIVES.contains(w) && j > lo && ctx.tokens.get(j - 1).isNoun();
      if (adverb || aux || emphatic || t.pos().equals("MD") || SKIP_WORDS.contains(w)) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * The first token of a time phrase that ends at {@code j} ({@code on Monday}, {@code yesterday},
   * {@code last night}, {@code on Tuesday morning}), or -1.
   */
  private int timePhraseStart(int j, int lo) {
    String w = ctx.tokens.get(j).text().toLowerCase();
    int start = -1;
    if (TIME_WORDS.contains(w) && ctx.tokens.get(j).pos().startsWith("NN")) {
      start = j;
    } else if (DAY_PARTS.contains(w) && j - 1 >= lo) {
      String before = ctx.tokens.get(j - 1).text().toLowerCase();
      start = before.equals("last") || before.equals("this") || TIME_WORDS.contains(before) ? j - 1 : -1;
    }
    if (start < 0 || ctx.mentionAt(j) != null) {
      return -1; // "USA Today reported": a name, not a day
    }
    if (start - 1 >= lo && ctx.tokens.get(start - 1).text().equalsIgnoreCase("on")) {
      start--;
    }
    return start;
  }

  /** The {@code (} that opens a short parenthesis closed at {@code close}, outside quotes; -1 if none. */
  private int parenthesisOpening(int close, int lo) {
    for (int k = close - 1; k >= lo && close - k <= MAX_PARENTHESIS; k--) {
      if (ctx.inQuote[k]) {
        return -1;
      }
      if (ctx.tokens.get(k).text().equals("(")) {
        return k;
      }
    }
    return -1;
  }

  /** The comma opening a title after a name that the comma at {@code closing} ends; -1 if none. */
  private int titleBefore(int closing, int lo) {
    for (int k = closing - 1; k >= lo && closing - k <= CommaNames.MAX_TITLE + 1; k--) {
      if (isComma(k)) {
        return names.isTitleAfterName(k, closing) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * The end of the phrase before any further ages, places and descriptions of a person between
   * commas that end at {@code j}: {@code Yorgelis Marcano, 26, from Maturin, who works at a bakery,
   * said} reaches the name past {@code from Maturin} and {@code 26}, not the place.
   */
  private int pastStackedInsertions(int j, int lo) {
    for (int round = 0; round < 3 && j >= lo && !ctx.inQuote[j]; round++) {
      int k = commaBefore(j, j, lo);
      if (k < lo || !isComma(k)
          || !(isAgeOrPlace(k + 1, j + 1) || isDescriptionOfPerson(k, j + 1, lo) || names.isRegionAfterPlace(k, j + 1, false))) {
        break;
      }
      j = skipBackward(k - 1, lo);
    }
    return j;
  }

  /**
   * The nearest comma at or before {@code from}, less than 30 tokens before {@code j}; else where
   * the search stopped (below {@code lo}, or a token that is no comma).
   */
  private int commaBefore(int from, int j, int lo) {
    int k = from;
    while (k >= lo && j - k < 30 && !isComma(k)) {
      k--;
    }
    return k;
  }

  /**
   * An insertion after a person's name that describes them ({@code Alfredo Romero, director of
   * Foro Penal, who attended, said}): the name, not the organisation, is the subject.
   */
  private boolean isDescriptionOfPerson(int comma, int commaEnd, int lo) {
    EntityMention before = comma > 0 ? ctx.mentionAt(comma - 1) : null;
    if (before == null || before.pronoun() || before.type() != SpeakerType.PERSON || before.end() != comma
        || !isInsertion(comma + 1, commaEnd)) {
      return false;
    }
    // the name must open its phrase ("On Wednesday, US President Donald Trump, …"), not end a
    // phrase about someone else ("After meeting Maduro, the foreign minister, who …, said")
    int start = ctx.parsed.tokenAt(before.span().begin());
    while (start - 1 >= lo && !isComma(start - 1) && ctx.tokens.get(start - 1).isCapitalised()
        && isNpToken(start - 1, start)) {
      start--;
    }
    return start == lo || isComma(start - 1);
  }

  /**
   * An insertion that cannot be a subject: a lone number ({@code , 26,}) or a short phrase of
   * {@code from}, {@code at} or {@code in} and names ({@code , from Maturin,}).
   */
  private boolean isAgeOrPlace(int from, int commaEnd) {
    Token first = ctx.tokens.get(from);
    if (commaEnd - from == 1 && first.pos().equals("CD")) {
      return true;
    }
    if (commaEnd - from < 2 || commaEnd - from > 5 || !PLACE_PREPOSITIONS.contains(first.text().toLowerCase())) {
      return false;
    }
    for (int i = from + 1; i < commaEnd; i++) {
      if (ctx.tokens.get(i).isNoun() && !ctx.tokens.get(i).isCapitalised()) {
        return false; // "in Caracas the interior minister": the subject is inside
      }
    }
    return true;
  }

  /**
   * Whether the stretch before {@code comma}, from the comma before it, is a relative or participle
   * clause with its verb ({@code , who met the minister,}; not {@code , where the prime minister,},
   * whose verb comes after the name).
   */
  private boolean clauseBefore(int comma, int lo) {
    int k = commaBefore(comma - 1, comma, lo);
    if (k < lo || k + 1 >= comma) {
      return false;
    }
    String pos = ctx.tokens.get(k + 1).pos();
    boolean opens = pos.startsWith("W") || pos.equals("VBG") || pos.equals("VBN") || pastParticipleWithPhrase(k + 1, comma);
    for (int i = k + 1; opens && i < comma; i++) {
      if (ctx.tokens.get(i).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The comma before a {@code who} or {@code which} clause that runs on, with no comma of its own
   * between, to token {@code j}; -1 otherwise.
   */
  private int relativeClauseStart(int j, int lo) {
    for (int i = j; i > lo && j - i < MAX_RELATIVE && !ctx.inQuote[i] && !isComma(i); i--) {
      String w = ctx.tokens.get(i).text().toLowerCase();
      if ((w.equals("who") || w.equals("which") || w.equals("whose")) && isComma(i - 1)) {
        return i - 1;
      }
    }
    return -1;
  }

  /** A comma-delimited insertion: appositive, relative clause or adverbial ({@code , however,}). */
  private boolean isInsertion(int from, int commaEnd) {
    if (from >= commaEnd) {
      return false;
    }
    Token first = ctx.tokens.get(from);
    String w = first.text().toLowerCase();
    boolean partitive = PARTITIVES.contains(w)
        && from + 1 < commaEnd && ctx.tokens.get(from + 1).text().equalsIgnoreCase("of"); // ", most of which backed Peru,"
    return partitive || INSERTION_OPENERS.contains(w) || REFLEXIVES.contains(w) // ", himself a former minister,"
        || (!first.isCapitalised() && first.pos().startsWith("JJ")) // ", foreign policy spokesperson for X,"
        || first.pos().equals("PRP$")
        || first.pos().startsWith("W")
        || first.pos().startsWith("RB")
        || first.pos().equals("IN")
        || first.pos().equals("CD")
        || first.pos().equals("VBG")
        || first.pos().equals("VBN") // ", led by the European Union,"
        || ASKED.contains(w) // ", asked about the flights," (often tagged as a past tense)
        || pastParticipleWithPhrase(from, commaEnd) // ", recognised as interim president by 50 countries,"
        || (!first.isCapitalised() && first.isNoun())
        || possessiveRole(from, commaEnd);
  }

  /**
   * {@code , recognised as interim president by 50 countries,}: a participle the tagger read as a
   * past tense, followed by a preposition, cannot be the main verb of a clause set off by commas.
   */
  private boolean pastParticipleWithPhrase(int from, int commaEnd) {
    // ", read in the Teresa Carreño Theatre,": a participle spelt like its base form may be tagged as one
    if (from + 2 >= commaEnd || !ctx.tokens.get(from).pos().matches("VBD|VB")) {
      return false;
    }
    String next = ctx.tokens.get(from + 1).pos();
    return next.equals("IN") || next.equals("TO");
  }

  /** {@code , Maduro's vice president,}: a name's possessive before a lower-case role. */
  private boolean possessiveRole(int from, int commaEnd) {
    for (int i = from + 1; i < commaEnd - 1 && i <= from + 3; i++) {
      Token t = ctx.tokens.get(i);
      if (t.pos().equals("POS")) {
        Token next = ctx.tokens.get(i + 1);
        return !next.isCapitalised() && (next.isNoun() || next.pos().startsWith("JJ"));
      }
      if (!t.isCapitalised()) {
        return false;
      }
    }
    return false;
  }

  private boolean isNpToken(int i, int right) {
    if (ctx.inQuote[i]) {
      return false;
    }
    Token t = ctx.tokens.get(i);
    String w = t.text().toLowerCase();
    if (TIME_WORDS.contains(w)) {
      return false;
    }
    if ((w.equals("of") || w.equals("for")) && i - 1 >= 0 && ctx.tokens.get(i - 1).isNoun()) {
      return true;
    }
    if (DEGREE.contains(w) && i >= 1 && ctx.tokens.get(i - 1).text().equalsIgnoreCase("of")) {
      return true; // "The Lima Group of mostly Latin American governments"
    }
    if (w.equals("on") && t.ner().equals("ORGANIZATION") && i >= 1 && ctx.tokens.get(i - 1).ner().equals("ORGANIZATION")
        && i + 1 < ctx.tokens.size() && ctx.tokens.get(i + 1).ner().equals("ORGANIZATION")) {
      return true; // inside one name: "Inter-American Commission on Human Rights"
    }
    if (w.equals("and") && (t.ner().equals("ORGANIZATION") || t.ner().equals("LOCATION"))) {
      return true; // inside one name: "Department of Foreign Affairs and Trade", "Trinidad and Tobago"
    }
    if (t.pos().equals("VBN") || t.pos().equals("VBG")) {
      // "Left-wing", "Fuming Maduro", "the governing party": a participle modifying what follows.
      Token next = ctx.tokens.get(i + 1);
      // "the embattled strongman": a past participle right before the phrase's noun modifies it
      boolean adjective = t.pos().equals("VBN") ? i + 1 <= right : i + 1 < right;
      return t.isCapitalised() || next.pos().equals("HYPH") || (next.isNoun() && adjective);
    }
    return NP_TAGS.contains(t.pos()) || w.equals("-") || w.equals("&") || w.equals("'s") || w.equals("’s");
  }

  private boolean hasOf(int from, int to) {
    for (int i = from; i < to; i++) {
      String w = ctx.tokens.get(i).text().toLowerCase();
      if (w.equals("of") || w.equals("for")) {
        return true;
      }
    }
    return false;
  }

  private boolean isNpStart(int i) {
    Token t = ctx.tokens.get(i);
    String w = t.text().toLowerCase();
    return !(w.equals("of") || w.equals("for") || w.equals("'s") || w.equals("’s") || t.pos().equals("POS")
        || t.pos().equals("HYPH") || w.equals("-"));
  }

  private boolean hasNoun(int from, int end) {
    for (int i = from; i < end; i++) {
      Token t = ctx.tokens.get(i);
      if (t.isNoun() || isPronounLike(t)) {
        return true;
      }
    }
    return false;
  }

  static boolean isPronounLike(Token t) {
    String w = t.text().toLowerCase();
    return (t.pos().equals("PRP") && MentionFinder.PRONOUNS.contains(w))
        || ((t.pos().equals("WP") || t.pos().equals("WDT")) && (w.equals("who") || w.equals("that") || w.equals("which")));
  }

  private boolean isComma(int i) {
    return names.isComma(i);
  }
}
