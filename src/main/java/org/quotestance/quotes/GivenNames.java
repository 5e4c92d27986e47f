package org.quotestance.quotes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.model.Speaker;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * A described source who gives only a first name ({@code a woman filling jugs gave only her first
 * name, Yelitza}, {@code a mechanic who gave his name as Wilmer}, {@code a caller who identified
 * herself only as Marisol}, {@code a man who identified himself as Omar}, {@code a man who asked to
 * be identified only as José}): the name the writer prints is the speaker's. Static.
 */
final class GivenNames {
  private static final String NAME = "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})";
  /** Group 1: the words between the description and the naming words; group 2 or 3: the name. */
  private static final Pattern GIVEN = Pattern.compile(
      "^(.{0,80}?)\\b(?:(?:gave|give|gives|giving|provided|offered|asked\\s+that\\s+only|asked\\s+to\\s+be"
          + "\\s+identified\\s+by)\\s+(?:only\\s+)?(?:his|her|their)\\s+(?:first\\s+|given\\s+)?name(?:\\s+only)?"
          + "(?:\\s?,\\s?|\\s+as\\s+)" + NAME + "|(?:identified\\s+(?:(?:himself|herself)\\s+(?:only\\s+)?|only\\s+)"
          + "|(?:asked|wanted|agreed|preferred|chose)\\s+to\\s+be\\s+(?:identified|named|called|known)\\s+(?:only\\s+)?)as\\s+"
          + NAME + ")",
      Pattern.DOTALL);

  private GivenNames() {}

  /**
   * The name given in the rest of the sentence after character {@code offset}, when the words
   * before the naming words hold no finite verb (but one opening a relative clause), quotation or
   * colon: {@code a woman filling jugs gave only her first name}, {@code a woman who runs a grocery,
   * who gave her name only as}; not {@code a witness said the victim was identified only as}.
   */
  static Optional<String> after(ArticleContext ctx, int offset) {
    int token = ctx.parsed.tokenAt(Math.max(0, offset - 1));
    if (token < 0 || token >= ctx.tokens.size()) {
      return Optional.empty();
    }
    Sentence sentence = ctx.sentenceOf(token);
    if (sentence.end() <= offset) {
      return Optional.empty();
    }
    Matcher m = GIVEN.matcher(ctx.text.substring(offset, sentence.end()));
    if (!m.find()) {
      return Optional.empty();
    }
    int naming = offset + m.end(1);
    for (int i = token + 1; i < sentence.endToken() && ctx.tokens.get(i).begin() < naming; i++) {
      Token t = ctx.tokens.get(i);
      // only for a name the source gives of themselves ("who runs a grocery, who gave her first
      // name"), not "a nurse who treated a protester identified only as Carlos"
      boolean relative = t.isFiniteVerb() && ctx.tokens.get(i - 1).text().matches("(?i)who|that")
          && (m.group(2) != null || m.group().matches("(?s).*\\b(himself|herself)\\b.*"));
      if (ctx.inQuote[i] || (t.isFiniteVerb() && !relative) || t.text().equals(":") || t.text().equals("\u2018") || t.text().equals("\u2019")) {
        return Optional.empty();
      }
    }
    if (m.group(3) != null && !m.group().matches("(?s).*\\bonly\\b.*")) {
      // "identified himself as Omar", a name CoreNLP knows as one; not "as Venezuelan"
      int name = ctx.parsed.tokenAt(offset + m.start(3));
      if (name < 0 || !ctx.tokens.get(name).ner().equals("PERSON")) {
        return Optional.empty();
      }
    }
    return Optional.of(m.group(2) != null ? m.group(2) : m.group(3));
  }

  /** An unnamed description whose phrase ends at {@code offset}, named when the sentence gives a name. */
  static Who named(ArticleContext ctx, Who who, int offset) {
    if (!who.anonymous()) {
      return who;
    }
    return after(ctx, offset)
        .map(name -> new Who(name, who.type(), who.actor(), who.role(), who.mention(), "given-name"))
        .orElse(who);
  }

  /** {@code speaker}, named when it is an unnamed description that gives a name after its mention. */
  static Speaker named(ArticleContext ctx, Speaker speaker) {
    if (speaker.isNamed() || !speaker.method().endsWith(":description") || speaker.mention().isEmpty()) {
      return speaker;
    }
    return after(ctx, speaker.mention().get().span().end())
        .map(name -> new Speaker(name, speaker.type(), speaker.camp(), speaker.campSource(), speaker.role(),
            speaker.mention(), speaker.method().replaceFirst(":description$", ":given-name"), speaker.verb()))
        .orElse(speaker);
  }
}
