package org.quotestance.corpus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whole-line patterns of site furniture, matched case-insensitively against {@link Line#plain()}.
 * Each rule must match the entire line, and the wordier ones are capped in length, so article prose
 * that merely mentions "photo" or "newsletter" is not caught.
 */
final class FurnitureRules {
  /** Link lines such as {@code Read more: …}; group 1 is the linked headline, if any. */
  static final Pattern READ_MORE =
      rule(
          "(?:(?:read|see|watch|listen)(?: to)? (?:more|next|also|this)|also (?:read|see|watch))"
              + "(?:\\s*(?::|»|›|>|\\||-|–|—)\\s*(.*)|[.!]?)")
          .pattern();

  /**
   * A heading over a list of links to other stories ({@code Related news}, {@code Trending
   * Stories}, {@code More from our site}, a bare {@code Read more:} or {@code See also}); the short
   * lines under it are furniture too.
   */
  static final Pattern LIST_HEADING =
      rule(
          "related(?: (?:articles?|stories|story|content|coverage|news|reading|links?|headlines|posts?))?\\s*:?"
              // the same headings as English editions of Spanish and Portuguese sites leave them
              + "|(?:notas|art[ií]culos|not[ií]cias|mat[eé]rias) relacionad[ao]s\\s*:?"
              + "|(?:lea|lee|leia|leer|ler) (?:tambi[eé]n|tamb[eé]m)\\s*:?"
              + "|(?:tambi[eé]n )?te (?:puede|podr[ií]a) interesar\\s*:?|veja tamb[eé]m\\s*:?"
              + "|more (?:stories|news|headlines|coverage|information|from [\\p{L}. ]{1,30})\\s*:?"
              + "|(?:latest|top|popular) (?:stories|news|headlines|articles)\\s*:?"
              + "|(?:trending|recommended|most (?:read|popular|viewed|shared))"
              + "(?: (?:now|stories|news|articles|headlines|videos|for you))?\\s*:?"
              + "|you (?:may|might) also (?:like|be interested in)\\s*:?|don['\u2019]?t miss\\s*:?"
              + "|in other news\\s*:?|editor['\u2019]?s picks\\s*:?"
              + "|(?:read more|see also|also read|read also)\\W*")
          .pattern();

  /** A capitalised name word, even under case-insensitive matching. */
  private static final String NAME = "(?-i:\\p{Lu})[\\p{L}'.-]*(?: (?-i:\\p{Lu})[\\p{L}'.-]*){0,3}";

  private static final List<Rule> RULES =
      List.of(
          new Rule(READ_MORE, List.of()),
          new Rule(LIST_HEADING, List.of()),
          rule(
              "related(?: (?:articles?|stories|story|content|coverage|news|reading|links?|posts?))?"
                  + "(?:\\s*[:»›>|–—-]\\s*.*)?"),
          rule("more on this (?:story|topic)|(?:also|most) (?:read|popular|viewed|shared)"),
          // Advertising slots and "continue reading" prompts.
          rule(
              "(?:advertisement|advert|advertising|ad|sponsored(?: content| post)?"
                  + "|paid (?:content|post|partnership))(?:\\s*[-–—:|]\\s*.{0,60})?"),
          rule(
              "(?:story|article) continues (?:below|after)(?: (?:this |the )?(?:advertisement|ad))?"
                  + "|continue reading(?: (?:the )?main story| below)?|scroll (?:down )?to continue"
                  + "(?: (?:reading|with content))?"),
          // Newsletter and subscription prompts.
          rule(
              "(?=.{0,250}$)(?:sign up|subscribe|register|get|join|enter your email)\\b.*"
                  + "\\bnewsletters?\\b.*"),
          rule(
              "(?=.{0,160}$).*\\bnewsletters?\\b.*\\b(?:inbox|sign up|subscribe)\\b.*",
              "newsletter"),
          // Widget errors and labels left behind by the page scraper.
          rule(
              "oops[.!]*|(?:oops[.!]* )?something went wrong[.!]*"
                  + "(?: please try again(?: later)?[.!]*)?|please (?:try again|refresh the page)"
                  + "(?: later)?[.!]*|in this article:?|loading(?:\\.\\.\\.|…)?"),
          rule("(?=.{0,250}$)share or comment on (?:this|the) (?:article|story|page)\\b.*"),
          rule(
              "share(?: (?:this|the) (?:article|story|page))?"
                  + "(?: (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|email|reddit))?"
                  + "|tweet|email|print|copy link|(?:share|tweet|email|print|copy link) ?"
                  + "(?:[|·] ?(?:share|tweet|email|print|copy link|facebook|twitter|whatsapp) ?)+"),
          // Comment sections and comment policy notices.
          rule("our goal is to create a safe and engaging place for users\\b.*"),
          rule(
              ".*\\bwe (?:are|have) (?:temporarily )?(?:suspend|suspended|suspending|disabled"
                  + "|disabling|closed|closing) (?:article )?comment(?:s|ing)?\\b.*",
              "comment"),
          rule("comments (?:are|have been) (?:now )?(?:closed|disabled|turned off)\\b.*"),
          rule(
              "(?:view|show|hide|read|load|see)(?: all)?(?: \\d+)? comments?|\\d+ comments?"
                  + "|comments?(?: \\(\\d+\\))?"),
          rule(
              "(?=.{0,120}$)(?:join the (?:conversation|discussion|debate)|have your say"
                  + "|(?:leave|post|add) a comment)\\b.*"),
          // Picture captions and credits.
          rule(
              "(?=.{0,250}$)(?:photo|photograph|picture|pic|image|video|graphic|illustration)s?"
                  + "(?: credits?)?\\s*[:/|]\\s*\\S.*"),
          rule(
              "(?=.{0,250}$)(?:photo|image|picture) (?:credit|courtesy|source|caption"
                  + "|copyright)\\b.*|credits? ?:.{1,100}"),
          rule(
              "(?=.{0,400}$).*\\s(?:photo|photograph|picture|image|video)s? / "
                  + "[\\p{L}\\p{N}][\\p{L}\\p{N}&'. -]{0,40}[\\p{L}\\p{N})]",
              " / "),
          rule(
              "(?=.{0,300}$).*(?:\\(|\\s[-–—|]\\s?)(?:getty images|shutterstock|alamy(?: stock"
                  + " photo)?|istock(?:photo)?|afp via getty images|ap photo(?:/[^)]{1,40})?)\\)?",
              "getty images",
              "shutterstock",
              "alamy",
              "istock",
              "ap photo"),
          // Section labels (the headings of recirculation lists are LIST_HEADING, above).
          rule(
              "latest|breaking news|recommended reading|more videos|watch|video|listen"
                  + "|live updates|follow us|listen to (?:this )?(?:article|story)"
                  + "(?:\\s*[-–—:|(]?\\s*\\d+ min(?:utes?|s)?\\)?)?"),
          rule(
              "(?=.{0,150}$)follow (?:us|[\\p{L}. ]{1,40}) on (?:twitter|facebook|instagram"
                  + "|x|threads|bluesky)\\b.*"),
          // Credits and legal lines.
          rule("\\(?(?:additional|further) reporting (?:by|from)\\b.*"),
          rule("(?=.{0,200}$)\\(?reporting by\\b.*[;,]\\s*(?:writing|editing) by\\b.*"),
          rule(
              "\\(?(?:editing|compiled|writing) by "
                  + NAME
                  + "(?:(?:,? and |, |;? ?(?:editing"
                  + "|writing) by |; )"
                  + NAME
                  + "){0,8}\\)?\\.?"),
          rule(
              "(?=.{0,200}$)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?\\d{4}\\b.*"
                  + "|(?=.{0,200}$).*\\ball rights reserved\\.?",
              "©",
              "(c)",
              "copyright",
              "all rights reserved"),
          rule(
              "source\\s*:\\s*(?:https?://)?(?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+/?"),
          // Separator lines.
          rule("(?:[-–—_=~|·.…+#] ?){1,80}"));

  private FurnitureRules() {}

  /**
   * A whole-line rule. The slow ones (a leading {@code .*}) name {@code clues}: lower-case strings,
   * one of which every line the rule matches contains, ignoring case; a line with none of them is
   * not tried. Keep the clues in step when editing such a pattern.
   */
  private record Rule(Pattern pattern, List<String> clues) {}

  /** Whether the line is furniture by one of the whole-line rules. */
  static boolean matches(Line line) {
    if (line.blank()) {
      return false;
    }
    if (line.bulletOnly()) {
      return true;
    }
    String plain = line.plain();
    String lower = plainCase(plain) ? plain.toLowerCase(Locale.ROOT) : null;
    for (Rule rule : RULES) {
      if (lower != null
          && !rule.clues().isEmpty()
          && rule.clues().stream().noneMatch(lower::contains)) {
        continue; // cannot match, and running the regex to learn that is slow
      }
      if (rule.pattern().matcher(plain).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether ignoring case in {@code text} is plain ASCII lower-casing: no character (such as the
   * long s or the Kelvin sign) that Unicode case-insensitive matching takes for an ASCII letter.
   */
  static boolean plainCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // the first test is the regex's (Pattern's UNICODE_CASE), the second String.toLowerCase's
      if (c >= 128
          && (Character.isSurrogate(c)
              || Character.toLowerCase(Character.toUpperCase(c)) < 128
              || Character.toLowerCase(c) < 128)) {
        return false;
      }
    }
    return true;
  }

  private static Rule rule(String regex, String... clues) {
    return new Rule(
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), List.of(clues));
  }
}
