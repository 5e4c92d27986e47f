package org.quotestance.quotes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.model.Speaker;
import org.quotestance.nlp.Sentence;

/**
 * A described source who gives only a first name ({@code a woman filling jugs gave only her first
 * name, Yelitza}, {@code a mechanic who gave his name as Wilmer}, {@code a caller who identified
 * herself only as Marisol}): the name the writer prints is the speaker's. Static.
 */
final class GivenNames {
  private static final String NAME = "(\\p{Lu}[\\p{L}'\u2019-]+(?: \\p{Lu}[\\p{L}'\u2019-]+){0,2})";
  private static final Pattern GIVEN = Pattern.compile(
      "^[^.!?\"\u201c\u201d]{0,80}?\\b(?:gave|give|gives|giving|provided|offered|asked that only|asked to be"
          + " identified by) (?:only )?(?:his|her|their) (?:first |given )?name(?: only)?(?: ?, ?| as )" + NAME
          + "|^[^.!?\"\u201c\u201d]{0,80}?\\bidentified (?:himself |herself )?only as " + NAME);

  private GivenNames() {}

  /** The name given in the rest of the sentence after character {@code offset}, if any. */
  static Optional<String> after(ArticleContext ctx, int offset) {
    int token = ctx.parsed.tokenAt(Math.max(0, offset - 1));
    if (token < 0 || token >= ctx.tokens.size()) {
      return Optional.empty();
    }
    Sentence sentence = ctx.sentenceOf(token);
    if (sentence.end() <= offset) {
      return Optional.empty();
    }
    Matcher m = GIVEN.matcher(ctx.text.substring(offset, sentence.end()).replaceAll("\\s+", " "));
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
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
