package org.quotestance.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.model.CharSpan;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * Decides which marked stretches are not quotations: titles of shows, books and programmes,
 * nicknames, the writer's own scare quotes (a short fragment with no one reported as saying it),
 * and anything inside site furniture or an embedded post's own text.
 */
final class NonQuotes {
  private static final Set<String> WORK_NOUNS = Set.of("show", "programme", "program", "book", "memoir", "novel",
      "film", "movie", "documentary", "series", "album", "song", "titled", "entitled", "column", "podcast",
      "newspaper", "magazine", "headline", "play", "opera", "exhibition", "episode", "broadcast", "interview",
      "newsletter", "report", "study", "campaign", "operation", "hashtag", "slogan", "edition", "segment");
  private static final Set<String> SPEECH_NOUNS = Set.of("statement", "statements", "remarks", "comments",
      "comment", "words", "tweet", "tweets", "post", "message", "letter", "speech", "interview", "address",
      "announcement", "claim", "claims", "call", "calls", "pledge", "promise", "warning", "accusation",
      "accusations", "description", "phrase", "term", "slogan", "chants", "chant", "banner", "banners",
      "placards", "signs", "vow", "plea", "appeal", "response", "reply", "answer", "rhetoric", "language",
      "according");
  private static final Set<String> SMALL_WORDS = Set.of("of", "the", "a", "an", "and", "in", "on", "at", "to",
      "for", "by", "with", "from", "de", "la", "el", "del", "y", "or", "is", "are", "as");

  /**
   * What comes right before a title that is claimed or conferred rather than said: {@code
   * self-proclaimed}, {@code self-styled}, {@code declared himself}, {@code calls itself the},
   * {@code recognised him as}, {@code appointed as}; not {@code presented the plan as} or {@code
   * the opposition itself}, after which the words are usually someone's.
   */
  private static final Pattern TITLE_LEAD = Pattern.compile(
      "(?i)(\\bself[-\u2010\u2011 ](proclaimed|styled|declared|appointed)"
          + "|\\b(call\\w*|declar\\w*|proclaim\\w*|styl\\w*|nam\\w*|swore|sworn)\\s+"
          + "(him|her|it|them)sel(f|ves)(\\s+as)?(\\s+(the|an?))?"
          + "|\\b(recogni[sz]\\w*|proclaim\\w*|appoint\\w*|sworn in|named)"
          + "(\\s+[\\w\u00c0-\u024f.'\u2019-]+){0,3}?\\s+as(\\s+(the|an?))?)\\s*$");

  /** A verb of naming right before a quote, perhaps with its object: {@code call}, {@code dubbed the town}. */
  private static final Pattern NAMING_LEAD = Pattern.compile(
      "(?i)\\b(call|calls|called|calling|dub|dubs|dubbed|nicknamed?|christened|renamed|known as)"
          + "(\\s+(?!(?:on|for|out|to|upon|off|back)\\b)[\\wÀ-ɏ'’-]+){0,3}?\\s*$");

  /**
   * A record's category right before a quote: {@code deaths classified as}, {@code recorded by the
   * authorities as cases of}, {@code listed as}. The words name an entry in a register, not
   * anyone's remark.
   */
  private static final Pattern CATEGORY_LEAD = Pattern.compile(
      "(?i)\\b(classified|recorded|registered|listed|categori[sz]ed|catalogued|logged|coded)"
          + "(\\s+[\\w\u00c0-\u024f.'\u2019-]+){0,3}?\\s+as(\\s+(cases|instances|deaths|killings)\\s+of)?\\s*$");

  private static final Set<String> PERSONAL = Set.of("he", "she", "they", "it", "we", "i");
  private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "tomorrow");

  private NonQuotes() {}

  /** Why {@code q} is not a quotation, or null when it is one. */
  static String reason(ArticleContext ctx, Marked q, List<CharSpan> furniture, List<CharSpan> posts) {
    if (insideAny(furniture, q.open()) || insideAny(posts, q.open())) {
      return insideAny(furniture, q.open()) ? "furniture" : "embedded-post-text";
    }
    if (ctx.aloneOnLine(q)) {
      return null; // a pull quote or sub-heading: someone's words set apart, whatever their case
    }
    String text = q.span().of(ctx.text);
    String[] words = text.strip().split("\\s+");
    int before = ctx.parsed.tokenAt(q.open()) - 1;
    int after = ctx.parsed.tokenAt(q.close() >= 0 ? q.close() + 1 : q.span().end());
    String lead = ctx.text.substring(Math.max(0, q.open() - 60), q.open());
    if (lead.matches("(?is).*\\bso[-\u2010\u2011 ]called\\s*$")) {
      // The writer distancing itself from a term: a scare quote, not someone's words.
      return "scare-quote";
    }
    if (lead.matches("(?is).*\\b(headlined|titled|entitled)\\s*$") && Character.isUpperCase(text.strip().charAt(0))) {
      // 'an editorial headlined "Neither Caracas nor Washington"': a title whatever its case
      return "title";
    }
    if (words.length <= 5 && !endsSentence(text) && category(lead)) {
      // 'killings recorded as "resistance to authority"': a category in official records
      return "category";
    }
    if (words.length <= 4 && TITLE_LEAD.matcher(lead).find()) {
      // 'the self-proclaimed "interim president"', 'declared himself "interim president"', 'whom
      // Washington recognises as "interim president"': a title someone claims or is given.
      return "scare-quote";
    }
    int closeEnd = q.close() >= 0 ? q.close() + 1 : q.span().end();
    String tail = ctx.text.substring(closeEnd, Math.min(ctx.text.length(), closeEnd + 3));
    if (tail.matches("(?s)['\u2019]s(\\W.*)?") || (after < ctx.tokens.size() && ctx.tokens.get(after).pos().equals("POS"))) {
      // "Operation Freedom"'s first day: a name used as a possessor.
      return "name";
    }
    if (words.length <= 4 && !endsSentence(text) && Character.isLowerCase(text.strip().charAt(0))
        && modifiesNoun(ctx, before, after)) {
      // 'the administration's "maximum pressure" campaign': a noun phrase modifying a noun, the
      // policy's name, not words anyone is reported to say ('a "serious and respectful" dialogue'
      // describes the dialogue in someone's words)
      return "label";
    }
    // In a headline written in title case ("Warns Arreaza") capitals say nothing about a quote.
    boolean caseless = isHeadline(ctx, q) && titleCaseHeadline(ctx, q);
    if (isTitle(ctx, words, before, after)) {
      return "title";
    }
    if (!caseless && words.length >= 2 && words.length <= 6 && titleCase(words) && allCapitalised(words) && !endsSentence(text)) {
      // "Operation Freedom", "Fair Share", "State of the Union": names of campaigns, plans and shows.
      return "title";
    }
    if (isNickname(ctx, words, before, after)
        || (words.length <= 3 && titleCase(words) && !endsSentence(text) && NAMING_LEAD.matcher(lead).find()
            && !headlineQuote(ctx, q) && !isHeadline(ctx, q))) {
      // 'the suburb some residents call "Westonzuela"', 'a district dubbed "Little Caracas"': a
      // name given to something, not anyone's words
      return "nickname";
    }
    if (words.length <= 4 && !endsSentence(text) && !headlineQuote(ctx, q)
        && (!hasSpeechCue(ctx, q, false)
            || (determinerBefore(ctx, before) && !hasSpeechCue(ctx, q, true)
                && !(finiteVerbBefore(ctx, before) && attributedAtEnd(ctx, after))))) {
      // No one is said to say it, or it sits inside a noun phrase and the reporting verb after it
      // does not report its sentence: 'the "floating market" that supplies Willemstad is stranded,
      // and traders say', 'the party's "protector", Freddy Bernal, said'; but 'the sanctions are
      // a "crime", Arreaza said' is Arreaza's.
      return "scare-quote";
    }
    return null;
  }

  private static boolean isTitle(ArticleContext ctx, String[] words, int before, int after) {
    if (words.length > 8 || !titleCase(words) || endsSentence(String.join(" ", words))) {
      return false;
    }
    if (before >= 1 && ctx.tokens.get(before).text().equals(":") && ctx.tokens.get(before - 1).pos().equals("CD")) {
      before = before - 1; // "Episode 48: “Scorpions in the Chamber”": the work noun before its number
    }
    if (before >= 1 && ctx.tokens.get(before).pos().equals("CD")) {
      before = before - 1;
    }
    if (before >= 0) {
      Token prev = ctx.tokens.get(before);
      String w = prev.text().toLowerCase();
      boolean possessive = prev.pos().equals("POS") || w.equals("'s") || w.equals("’s");
      boolean mediaName = prev.isProperNoun() && prev.isCapitalised() && prev.text().equals(prev.text().toUpperCase())
          && prev.text().length() >= 2;
      if (WORK_NOUNS.contains(w) || possessive || mediaName || w.equals("on")) {
        return true;
      }
    }
    return after < ctx.tokens.size() && WORK_NOUNS.contains(ctx.tokens.get(after).text().toLowerCase());
  }

  private static boolean titleCase(String[] words) {
    int capitals = 0;
    for (String w : words) {
      String bare = w.replaceAll("^\\W+|\\W+$", "");
      if (bare.isEmpty()) {
        continue;
      }
      if (Character.isUpperCase(bare.charAt(0))) {
        capitals++;
      } else if (!SMALL_WORDS.contains(bare.toLowerCase())) {
        return false;
      }
    }
    return capitals >= 1 && (words.length >= 2 || capitals == 1);
  }

  private static boolean allCapitalised(String[] words) {
    int content = 0;
    for (String w : words) {
      String bare = w.replaceAll("^\\W+|\\W+$", "");
      if (!bare.isEmpty() && !SMALL_WORDS.contains(bare.toLowerCase())) {
        content++;
        if (!Character.isUpperCase(bare.charAt(0)) || bare.equals(bare.toUpperCase()) && bare.length() > 1 && content > 2) {
          return false;
        }
      }
    }
    return content >= 2;
  }

  private static boolean isNickname(ArticleContext ctx, String[] words, int before, int after) {
    if (words.length > 3 || before < 0 || after >= ctx.tokens.size() || !titleCase(words)) {
      return false;
    }
    Token prev = ctx.tokens.get(before);
    Token next = ctx.tokens.get(after);
    return prev.isCapitalised() && prev.isProperNoun() && next.isCapitalised() && next.isProperNoun();
  }

  /**
   * A quotation that opens its line and is followed by a colon, as headlines set a speaker's words:
   * {@code 'A victory for dignity': Venezuela wins seat}.
   */
  private static boolean headlineQuote(ArticleContext ctx, Marked q) {
    if (q.close() < 0) {
      return false;
    }
    int lineStart = ctx.text.lastIndexOf('\n', q.open() - 1) + 1;
    int after = q.close() + 1;
    while (after < ctx.text.length() && ctx.text.charAt(after) == ' ') {
      after++;
    }
    return ctx.text.substring(lineStart, q.open()).isBlank() && after < ctx.text.length() && ctx.text.charAt(after) == ':';
  }

  /**
   * Whether the headline's words outside the quote are written in title case: every word of four
   * letters or more capitalised, and at least three of them.
   */
  private static boolean titleCaseHeadline(ArticleContext ctx, Marked q) {
    CharSpan headline = ctx.headline();
    int closeEnd = q.close() >= 0 ? q.close() + 1 : q.span().end();
    String outside = ctx.text.substring(headline.begin(), q.open()) + " " + ctx.text.substring(Math.min(closeEnd, headline.end()), headline.end());
    int long4 = 0;
    for (String w : outside.split("[^\\p{L}]+")) {
      if (w.length() >= 4) {
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
        long4++;
      }
    }
    return long4 >= 3;
  }

  /** Whether the quote is in the article's headline ({@code Trump Calls Maduro a 'Dictator'}). */
  private static boolean isHeadline(ArticleContext ctx, Marked q) {
    CharSpan headline = ctx.headline();
    return headline != null && headline.contains(q.open());
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?");
  }

  /** Whether a finite verb outside quotes comes between the sentence's start and token {@code before}. */
  private static boolean finiteVerbBefore(ArticleContext ctx, int before) {
    if (before < 0) {
      return false;
    }
    for (int i = ctx.sentenceOf(before).firstToken(); i <= before; i++) {
      if (!ctx.inQuote[i] && ctx.tokens.get(i).isFiniteVerb()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence ends in an attribution after token {@code from}: a comma, then a reporting
   * verb after at most a short name or title ({@code , Foreign Minister Jorge Arreaza told}, {@code ,
   * said Maduro}).
   */
  private static boolean attributedAtEnd(ArticleContext ctx, int from) {
    if (from >= ctx.tokens.size()) {
      return false;
    }
    Sentence s = ctx.sentenceOf(from);
    for (int c = from; c < s.endToken(); c++) {
      if (ctx.inQuote[c] || !ctx.tokens.get(c).text().equals(",")) {
        continue;
      }
      for (int v = c + 1; v < s.endToken() && v - c <= 8; v++) {
        if (ctx.isReportingVerb(v)) {
          return true;
        }
        if (!ctx.tokens.get(v).pos().matches("DT|JJ|NNP?S?|POS|PRP|HYPH")) {
          break;
        }
      }
    }
    return false;
  }

  /**
   * Whether a category lead ends {@code lead} after a record, not a speaker ({@code deaths classified
   * as}, not {@code Arreaza classified as} or {@code he classified the measures as}, which
   * translated copy writes for "described as").
   */
  private static boolean category(String lead) {
    Matcher m = CATEGORY_LEAD.matcher(lead);
    if (!m.find()) {
      return false;
    }
    String[] before = lead.substring(0, m.start()).strip().split("\\s+");
    String subject = before.length == 0 ? "" : before[before.length - 1];
    return subject.isEmpty() || !(Character.isUpperCase(subject.charAt(0)) || PERSONAL.contains(subject.toLowerCase(Locale.ROOT)));
  }

  /**
   * {@code its "maximum pressure" campaign}: after a determiner or possessive, a quote ending in a
   * noun, then a lower-case noun that ends the phrase (not {@code the "economic war" today}, {@code
   * the "humanitarian tragedy" families are living through}).
   */
  private static boolean modifiesNoun(ArticleContext ctx, int before, int after) {
    if (!determinerBefore(ctx, before) || after + 1 >= ctx.tokens.size() || after < 2) {
      return false;
    }
    Token last = ctx.tokens.get(after - 2); // the closing mark is one token
    Token noun = ctx.tokens.get(after);
    Token next = ctx.tokens.get(after + 1);
    return last.pos().startsWith("NN") && !last.isCapitalised()
        && noun.pos().matches("NNS?") && !noun.isCapitalised() && !TIME_WORDS.contains(noun.text().toLowerCase(Locale.ROOT))
        && !next.pos().matches("NN.*|PRP|VB.*");
  }

  /** A determiner or possessive right before the opening mark: {@code the}, {@code its}, {@code Venezuela's}. */
  private static boolean determinerBefore(ArticleContext ctx, int before) {
    if (before < 0) {
      return false;
    }
    Token t = ctx.tokens.get(before);
    return t.pos().equals("PRP$") || t.pos().equals("POS") || (t.pos().equals("DT") && t.text().matches("(?i)the|an?"));
  }

  /**
   * A reporting verb, {@code according to}, a speech noun, or a colon before, in the quote's
   * sentence(s); with {@code beforeOnly}, before the quote only.
   */
  private static boolean hasSpeechCue(ArticleContext ctx, Marked q, boolean beforeOnly) {
    int openToken = Math.min(ctx.parsed.tokenAt(q.open()), ctx.tokens.size() - 1);
    int endToken = Math.min(ctx.parsed.tokenAt(q.span().end()), ctx.tokens.size() - 1);
    Sentence first = ctx.sentenceOf(openToken);
    Sentence last = ctx.sentenceOf(endToken);
    int end = beforeOnly ? openToken : last.endToken();
    for (int i = first.firstToken(); i < end; i++) {
      if (ctx.inQuote[i]) {
        continue;
      }
      Token t = ctx.tokens.get(i);
      String w = t.text().toLowerCase();
      if (ctx.isReportingVerb(i) || SPEECH_NOUNS.contains(w) || (w.equals(":") && i < openToken)) {
        return true;
      }
    }
    return false;
  }

  /** A noun for something said: statement, reply, words, tweet ... */
  static boolean isSpeechNoun(String word) {
    return SPEECH_NOUNS.contains(word.toLowerCase()) || word.equalsIgnoreCase("verdict") || word.equalsIgnoreCase("retort");
  }

  static boolean insideAny(List<CharSpan> spans, int offset) {
    for (CharSpan s : spans) {
      if (s.contains(offset)) {
        return true;
      }
    }
    return false;
  }
}
