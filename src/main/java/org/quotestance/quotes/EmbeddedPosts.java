package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.model.CharSpan;

/**
 * Finds posts reproduced without quotation marks: a paragraph that ends in a {@code
 * pic.twitter.com/…} link or a {@code — Name (@handle) date} signature.
 */
final class EmbeddedPosts {
  /** One embedded post: the whole paragraph, the post's own words, and the signed name if any. */
  record Post(CharSpan paragraph, CharSpan words, String signedName, CharSpan signedSpan) {}

  private static final Pattern SIGNATURE = Pattern.compile(
      "(?:[\\u2014\\u2013-]{1,2})\\s*([^()\\n\\u2014]{2,60}?)\\s*\\(@\\w{1,30}\\)\\s*[A-Z][a-z]+\\.? \\d{1,2},? \\d{4}\\s*$");
  private static final Pattern PIC = Pattern.compile("\\s*(?:https?://)?pic\\.twitter\\.com/\\w+\\s*$");

  private EmbeddedPosts() {}

  static List<Post> find(String text, List<CharSpan> paragraphs) {
    List<Post> out = new ArrayList<>();
    for (CharSpan p : paragraphs) {
      String para = p.of(text);
      Matcher sig = SIGNATURE.matcher(para);
      int cut = para.length();
      String name = "";
      CharSpan nameSpan = null;
      if (sig.find()) {
        cut = sig.start();
        name = sig.group(1).strip();
        nameSpan = new CharSpan(p.begin() + sig.start(1), p.begin() + sig.start(1) + sig.group(1).stripTrailing().length());
      }
      Matcher pic = PIC.matcher(para.substring(0, cut));
      if (pic.find()) {
        cut = pic.start();
      } else if (nameSpan == null) {
        continue;
      }
      int b = 0;
      int e = cut;
      while (e > b && Character.isWhitespace(para.charAt(e - 1))) {
        e--;
      }
      if (e - b < 10) {
        continue;
      }
      out.add(new Post(p, new CharSpan(p.begin() + b, p.begin() + e), name, nameSpan));
    }
    return out;
  }
}
