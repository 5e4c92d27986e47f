package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.speakers.ActorRegistry;

/**
 * One article prepared for attribution: its text, tokens, paragraphs, the quoted stretches, and
 * the names and pronouns in the writer's words.
 */
final class ArticleContext {
  /** How many tokens an opening paragraph may hold to be read as a headline. */
  static final int MAX_HEADLINE_TOKENS = 40;
  /** How many opening paragraphs (a masthead, a dateline, then the headline) may hold the headline. */
  static final int MAX_HEADLINE_PARAGRAPH = 3;
  /** How many tokens a dateline may run before its dash: {@code SAN JOSÉ, Costa Rica (AFP) —}. */
  static final int DATELINE_WORDS = 12;

  /** Dashes as CoreNLP writes them: em, en, double and single hyphen. */
  static final Set<String> DASHES = Set.of("\u2014", "\u2013", "--", "-");

  final String text;
  final ParsedText parsed;
  final List<Token> tokens;
  final List<CharSpan> paragraphs;
  final List<Marked> quotes;
  final boolean[] inQuote;
  final List<EntityMention> mentions;
  /** Name keys of the one-word names sources gave for themselves ({@code a caller who identified himself as Omar}). */
  final Set<String> selfNamed;
  final ReportingVerbs verbs;
  final ActorRegistry registry;

  ArticleContext(String text, ParsedText parsed, List<CharSpan> paragraphs, List<Marked> quotes,
      ReportingVerbs verbs, ActorRegistry registry) {
    this.text = text;
    this.parsed = parsed;
    this.tokens = parsed.tokens();
    this.paragraphs = paragraphs;
    this.quotes = quotes;
    this.verbs = verbs;
    this.registry = registry;
    this.inQuote = new boolean[tokens.size()];
    for (Marked q : quotes) {
      int from = q.open();
      int to = q.close() >= 0 ? q.close() + 1 : q.span().end();
      for (int i = parsed.tokenAt(from); i < tokens.size() && tokens.get(i).begin() < to; i++) {
        inQuote[i] = true;
      }
    }
    this.mentions = withRoles(outsideDatelines(MentionFinder.find(parsed, inQuote, registry)));
    this.selfNamed = MentionFinder.selfNamedWords(tokens, mentions);
  }

  /** The mentions but those in a dateline ({@code NEW YORK —} is no one who speaks). */
  private List<EntityMention> outsideDatelines(List<EntityMention> found) {
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : found) {
      if (m.pronoun() || m.end() > afterDateline(sentenceOf(m.first()))) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * {@code the governor of Bolívar state, Justo Noguera, said}, {@code Venezuela's ambassador to
   * Belarus, Marcos Paredes, said}: a role phrase, a comma, the name.
   */
  private EntityMention withRoleBefore(EntityMention m) {
    int comma = m.first() - 1;
    if (m.pronoun() || comma < 1 || !tokens.get(comma).text().equals(",")) {
      return m;
    }
    int k = comma - 1;
    while (k >= 0 && comma - k < 10 && !tokens.get(k).text().equals(",") && !tokens.get(k).isVerb()
        && tokens.get(k).sentence() == m.sentence() && !inQuote[k]) {
      k--;
    }
    int from = k + 1;
    // "the governor of …", "its ambassador", "Venezuela's ambassador to Belarus"
    boolean opens = from < comma && (tokens.get(from).text().matches("(?i)the|a|an|its|his|her|their")
        || (from + 2 < comma && tokens.get(from).isProperNoun() && tokens.get(from + 1).pos().equals("POS")));
    return opens && hasRoleNoun(from, comma) ? m.withRole(words(from, comma)) : m;
  }

  /** Any finite verb: {@code At the hospital in Caracas, a surgeon who asked not to be named said}. */
  private boolean finiteVerb(int from, int end) {
    for (int k = from; k < end; k++) {
      if (tokens.get(k).isFiniteVerb() && !inQuote[k]) {
        return true;
      }
    }
    return false;
  }

  /** A verb followed by its object, outside a relative clause: {@code the general followed events}. */
  private boolean verbWithObject(int from, int end) {
    for (int k = from; k + 1 < end; k++) {
      if (tokens.get(k).pos().startsWith("W")) {
        return false; // "a fisherman who mends nets by the harbour": a relative clause in the role
      }
      if (tokens.get(k).isVerb() && !inQuote[k] && tokens.get(k + 1).pos().matches("DT|PRP\\$|NNS?|CD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [from, end)} hold a finite verb outside a relative clause: then {@code ,
   * the federation said ...} after {@code in Geneva} is a new clause, not an appositive role.
   */
  private boolean clause(int from, int end) {
    for (int k = from; k < end; k++) {
      String pos = tokens.get(k).pos();
      if (pos.startsWith("W")) {
        return false;
      }
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case words inside names ({@code Banco de Venezuela}), which are no role nouns. */
  private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "la", "las", "los", "da", "do", "dos",
      "das", "di", "van", "von", "le", "y", "e");

  private boolean hasRoleNoun(int from, int end) {
    for (int k = from; k < end; k++) {
      Token t = tokens.get(k);
      if (t.isVerb()) {
        return false;
      }
      if (t.pos().matches("NNP?") && !t.isCapitalised() && !NAME_PARTICLES.contains(t.text())) {
        return true; // a lower-case word CoreNLP tags a proper noun is a noun too: "chargé d'affaires"
      }
    }
    return false;
  }

  /**
   * In a relative clause set off by commas, {@code who serves as} or {@code whom Brazil recognises
   * as}, the index of the {@code as} before a role noun, or -1.
   */
  private int roleAfterAs(int from, int end) {
    if (!tokens.get(from).text().matches("(?i)who|whom")) {
      return -1;
    }
    for (int k = from + 1; k + 1 < end; k++) {
      if (tokens.get(k).text().equals("as") && hasRoleNoun(k + 1, end)) {
        return k;
      }
    }
    return -1;
  }

  boolean isReportingVerb(int i) {
    Token t = tokens.get(i);
    if (inQuote[i] || !t.isVerb() || !verbs.contains(t.lemma()) || beforeHyphen(i)) {
      return false;
    }
    // "qualified the result as «…»" reports words; "could qualify for 'protected status'" does not
    return !verbs.classOf(t.lemma()).orElse("").equals(ReportingVerbs.WITH_AS) || asAfter(i);
  }

  /**
   * Whether a hyphen written without a space joins token {@code i} to the next word: "a think-tank
   * event" holds no verb, "a Beijing-based trader" is no Beijing; a spaced dash ("Pérez — no
   * relation —"), which CoreNLP tags alike, joins nothing.
   */
  boolean beforeHyphen(int i) {
    return i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("HYPH")
        && tokens.get(i + 1).begin() == tokens.get(i).end();
  }

  /** Whether {@code as} follows token {@code i} in its sentence, within a few words and before any quote. */
  private boolean asAfter(int i) {
    if (i > 0 && tokens.get(i - 1).pos().matches("MD|TO|WP")) {
      return false; // "Venezuelans who qualify as 'refugees'", "could qualify as": a status, not words
    }
    int end = Math.min(sentenceOf(i).endToken(), i + 6);
    for (int k = i + 1; k < end && !inQuote[k]; k++) {
      if (tokens.get(k).text().equalsIgnoreCase("as")) {
        return true;
      }
    }
    return false;
  }

  /** Whether any token of {@code s} lies inside a quotation. */
  boolean holdsQuote(Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (inQuote[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token after a wire dateline that opens {@code s} ({@code CARACAS, Venezuela (AP) —},
   * {@code MEXICO CITY —}), else the sentence's first token: one to three words in capitals, then
   * either a comma or parenthesis and, at most {@link #DATELINE_WORDS} tokens in, a dash standing
   * apart from the words around it; or that dash at once, unless CoreNLP calls the capitals an
   * organisation. {@code PDVSA said} and {@code PDVSA — the state oil company — said} are no
   * datelines.
   */
  int afterDateline(Sentence s) {
    int first = s.firstToken();
    int k = first;
    while (k < s.endToken() && k < first + 3 && isCapitals(tokens.get(k).text())) {
      k++;
    }
    if (k == first || k >= s.endToken()) {
      return first;
    }
    if (isSpacedDash(k)) {
      return tokens.get(first).ner().equals("ORGANIZATION") ? first : k + 1;
    }
    if (!tokens.get(k).text().matches("[,(]")) {
      return first;
    }
    for (int i = k + 1; i < s.endToken() && i <= first + DATELINE_WORDS; i++) {
      if (inQuote[i]) {
        break;
      }
      if (isSpacedDash(i)) {
        return i + 1;
      }
    }
    return first;
  }

  private static boolean isCapitals(String word) {
    return word.length() >= 3 && word.equals(word.toUpperCase()) && word.chars().allMatch(Character::isLetter);
  }

  /**
   * In {@code it was affirmed by the Foreign Ministry that …}, given the index of the form of
   * {@code be}, the index of {@code by} before the agent; else -1.
   */
  int expletiveBy(int be) {
    boolean passive = be >= 1 && be + 2 < tokens.size() && tokens.get(be - 1).text().equalsIgnoreCase("it")
        && tokens.get(be).lemma().equals("be") && tokens.get(be + 1).pos().equals("VBN")
        && tokens.get(be + 2).text().equalsIgnoreCase("by");
    return passive ? be + 2 : -1;
  }

  /** Whether token {@code i} is a dash with space on both sides ({@code Caracas —}, not {@code US-based}). */
  boolean isSpacedDash(int i) {
    Token t = tokens.get(i);
    return DASHES.contains(t.text()) && i > 0 && i + 1 < tokens.size()
        && tokens.get(i - 1).end() < t.begin() && t.end() < tokens.get(i + 1).begin();
  }

  /** Whether a reporting verb comes before token {@code i} in its sentence. */
  boolean reportingVerbBefore(int i) {
    return reportingVerbBetween(sentenceOf(i).firstToken(), i);
  }

  /** Whether a reporting verb lies in tokens {@code from} (inclusive) to {@code to} (exclusive). */
  boolean reportingVerbBetween(int from, int to) {
    for (int v = to - 1; v >= from; v--) {
      if (isReportingVerb(v)) {
        return true;
      }
    }
    return false;
  }

  /** Participles that open a question put to the subject ({@code Asked about the talks, X said}). */
  private static final Set<String> QUESTIONED =
      Set.of("asked", "questioned", "pressed", "quizzed", "challenged");

  /**
   * Where the sentence's main clause starts when {@code s} opens with a question participle phrase ended
   * by a comma before token {@code end} ({@code Asked when he would move in, Vecchio was cagey:}): the
   * token after that comma. Otherwise the sentence's first token.
   */
  int afterOpeningParticiple(Sentence s, int end) {
    int first = s.firstToken();
    if (first >= end || inQuote[first] || !tokens.get(first).pos().matches("VBN|VBD")
        || !QUESTIONED.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))) {
      return first;
    }
    for (int k = first + 1; k < end; k++) {
      if (!inQuote[k] && tokens.get(k).text().equals(",")) {
        return k + 1;
      }
    }
    return first;
  }

  /** Whether token {@code i} opens {@code according to} in the writer's words. */
  boolean opensAccordingTo(int i) {
    return i + 1 < tokens.size() && !inQuote[i] && tokens.get(i).text().equalsIgnoreCase("according")
        && tokens.get(i + 1).text().equalsIgnoreCase("to");
  }

  /** Whether token {@code i} is a colon or spaced dash in the writer's words, as before a quote it introduces. */
  boolean isIntroducer(int i) {
    return i >= 0 && i < tokens.size() && !inQuote[i] && (tokens.get(i).text().equals(":") || isSpacedDash(i));
  }

  /**
   * The article's headline: a first paragraph of at most {@value #MAX_HEADLINE_TOKENS} tokens that
   * does not end like a sentence (a lede does); null when it has none. Under a masthead or dateline
   * of the same shape, the first such paragraph among the first {@value #MAX_HEADLINE_PARAGRAPH}
   * that holds a quote.
   */
  CharSpan headline() {
    CharSpan first = null;
    for (int p = 0; p < paragraphs.size() && p < MAX_HEADLINE_PARAGRAPH && headlineShaped(paragraphs.get(p)); p++) {
      CharSpan paragraph = paragraphs.get(p);
      first = first == null ? paragraph : first;
      if (quotes.stream().anyMatch(q -> paragraph.contains(q.open()))) {
        return paragraph;
      }
    }
    return first;
  }

  private boolean headlineShaped(CharSpan paragraph) {
    String text = paragraph.of(this.text).strip().replaceAll("[\"'\u2019\u201d\u00bb]+$", "");
    boolean sentence = text.endsWith(".") || text.endsWith("!") || text.endsWith("?");
    boolean shortEnough = parsed.tokenAt(paragraph.end()) - parsed.tokenAt(paragraph.begin()) <= MAX_HEADLINE_TOKENS;
    return !sentence && shortEnough;
  }

  /**
   * Whether a closed quote is the only thing on its line but for closing punctuation: a pull quote
   * or a sub-heading ({@code ‘Script written in Washington’}) whose speaker the text names elsewhere.
   */
  boolean aloneOnLine(Marked q) {
    if (q.close() < 0) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', q.open() - 1) + 1;
    int lineEnd = text.indexOf('\n', q.close());
    String after = text.substring(q.close() + 1, lineEnd < 0 ? text.length() : lineEnd);
    return text.substring(lineStart, q.open()).isBlank() && after.matches("[\\s.,;:!?]*");
  }

  /** The sentence's first finite verb outside quotes, or -1 when it has none. */
  int firstFiniteVerb(Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (!inQuote[i] && tokens.get(i).isFiniteVerb()) {
        return i;
      }
    }
    return -1;
  }

  Sentence sentenceOf(int tokenIndex) {
    return parsed.sentences().get(tokens.get(tokenIndex).sentence());
  }

  int paragraphOf(int offset) {
    return Paragraphs.indexOf(paragraphs, offset);
  }

  /** The mention that covers token {@code i}, or null. */
  EntityMention mentionAt(int i) {
    for (EntityMention m : mentions) {
      if (m.first() <= i && i < m.end()) {
        return m;
      }
    }
    return null;
  }

  /** Mentions lying wholly inside tokens {@code [from, end)}. */
  List<EntityMention> mentionsIn(int from, int end) {
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (m.first() >= from && m.end() <= end) {
        out.add(m);
      }
    }
    return out;
  }

  /** A mention of the original text at {@code span}: its text is exactly the characters there. */
  org.quotestance.model.Mention mention(CharSpan span) {
    return new org.quotestance.model.Mention(span.of(text), span);
  }

  String words(int from, int end) {
    return MentionFinder.text(tokens, from, end);
  }

  /**
   * Attaches roles written beside names: a title before ({@code Secretary of State Mike Pompeo})
   * is found by the mention finder; an appositive after ({@code Mike Pompeo, the US secretary of
   * state,}) is added here.
   */
  private List<EntityMention> withRoles(List<EntityMention> found) {
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention found0 : found) {
      EntityMention m = found0.role().isEmpty() ? withRoleBefore(found0) : found0;
      int i = m.end();
      if (m.pronoun() || i + 1 >= tokens.size() || !tokens.get(i).text().equals(",")) {
        out.add(m);
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && j < i + 16 && !tokens.get(j).text().equals(",")
          && tokens.get(j).sentence() == tokens.get(i).sentence()) {
        j++;
      }
      String first = tokens.get(i + 1).text().toLowerCase();
      boolean article = first.equals("the") || first.equals("a") || first.equals("an")
          || tokens.get(i + 1).pos().equals("PRP$");
      // "Esteban Carrasco, Ecuador's migration minister, said": a role led by a name.
      boolean closed = j < tokens.size() && tokens.get(j).text().equals(",");
      boolean roleNoun = closed && hasRoleNoun(i + 1, j);
      // Not "in Caracas, the general followed events": a phrase that runs on to the sentence's end
      // is a clause when a verb in it takes an object, or, after a name inside a prepositional
      // phrase, when it holds any finite verb; "José Guerra, an opposition lawmaker elected in
      // 2015." and "a fisherman who mends nets by the harbour." stay roles.
      boolean afterPreposition = m.first() > 0 && tokens.get(m.first() - 1).pos().equals("IN");
      boolean unclosedClause = !closed && (verbWithObject(i + 1, j) || (afterPreposition && finiteVerb(i + 1, j)));
      int as = closed ? roleAfterAs(i + 1, j) : -1;
      if (as >= 0 && m.role().isEmpty()) {
        // "María Teresa Belandria, whom Brazil recognises as Venezuela's ambassador, arrived"
        out.add(m.withRole(words(as + 1, j)));
        continue;
      }
      if ((!article && !roleNoun) || clause(i + 1, j) || unclosedClause) {
        out.add(m);
        continue;
      }
      out.add(m.role().isEmpty() ? m.withRole(words(i + 1, j)) : m);
    }
    return out;
  }
}
