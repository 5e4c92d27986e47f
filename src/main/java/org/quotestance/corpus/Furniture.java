package org.quotestance.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import org.quotestance.model.CharSpan;

/**
 * Finds site furniture in an article's text: whole lines that belong to the web page rather than
 * the article ("Read more: …", "Advertisement", newsletter prompts, scraper error messages,
 * comment-policy notices, picture credits, "Additional reporting by …", {@code source: domain}
 * lines, bullet-only and separator lines) and repeats (a headline repeated at the top, any long
 * line repeated later, the title repeated, the teaser headline above its "Read next:" link).
 *
 * <p>Nothing is removed: the result is spans into the text exactly as given. Each span covers one
 * line without its line break and surrounding spaces; spans are sorted and do not overlap.
 */
public final class Furniture {
  /** Lines at least this long count as repeats anywhere in the text, not only at the top. */
  private static final int REPEAT_LENGTH = 20;
  /** How long a headline in a list of related links may be. */
  private static final int MAX_LISTED_HEADLINE = 160;
  /** How many headlines a list of related links may hold. */
  private static final int MAX_LISTED = 10;
  private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("\\s*[\u2022\u00bb\u203a\u00b7*-]\\s");

  private Furniture() {}

  /** The furniture spans of {@code text}. */
  public static List<CharSpan> find(String text) {
    return find(text, "");
  }

  /**
   * The furniture spans of {@code text}, also counting every occurrence of {@code title} as a line
   * after the first as furniture.
   *
   * @param title the article's title, or empty
   */
  public static List<CharSpan> find(String text, String title) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    List<Line> lines = Line.split(text);
    boolean[] furniture = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      furniture[i] = FurnitureRules.matches(lines.get(i));
    }
    markRepeatsAtTop(lines, furniture);
    markRepeats(lines, furniture);
    markTitleRepeats(lines, title, furniture);
    markTeasers(lines, furniture);
    markLinkLists(text, lines, title, furniture);
    List<CharSpan> spans = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (furniture[i]) {
        spans.add(new CharSpan(lines.get(i).begin(), lines.get(i).end()));
      }
    }
    return List.copyOf(spans);
  }

  /** The first non-blank line repeated right after itself (blank lines between) is a headline. */
  private static void markRepeatsAtTop(List<Line> lines, boolean[] furniture) {
    String first = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      if (first == null) {
        first = line.key();
      } else if (line.key().equals(first)) {
        furniture[i] = true;
      } else {
        return;
      }
    }
  }

  /** A long line that repeats an earlier line word for word. */
  private static void markRepeats(List<Line> lines, boolean[] furniture) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String key = lines.get(i).key();
      if (!seen.add(key) && key.length() >= REPEAT_LENGTH) {
        furniture[i] = true;
      }
    }
  }

  private static void markTitleRepeats(List<Line> lines, String title, boolean[] furniture) {
    String key = Line.plain(title).toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return;
    }
    boolean seen = false;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).key().equals(key)) {
        furniture[i] |= seen;
        seen = true;
      }
    }
  }

  /**
   * The headlines listed under a heading such as {@code Related news}, {@code Trending Stories} or a
   * bare {@code Read more:}:
   * up to {@value #MAX_LISTED} short lines after it, stopping at the first line that reads as
   * article prose (long, or ending in a full stop or colon) or is the article's title. Under a
   * heading that opens the page only bulleted lines ({@code •}, {@code »}) count, since the
   * headline may come next.
   */
  private static void markLinkLists(String text, List<Line> lines, String title, boolean[] furniture) {
    String titleKey = Line.plain(title).toLowerCase(Locale.ROOT);
    boolean textBefore = false;
    for (int i = 0; i < lines.size(); i++) {
      Line heading = lines.get(i);
      if (heading.blank()) {
        continue;
      }
      if (!FurnitureRules.LIST_HEADING.matcher(heading.plain()).matches()) {
        textBefore |= !furniture[i];
        continue;
      }
      int listed = 0;
      for (int k = i + 1; k < lines.size() && listed < MAX_LISTED; k++) {
        Line line = lines.get(k);
        if (line.blank()) {
          continue;
        }
        boolean bullet = BULLET.matcher(text.substring(line.begin(), line.end())).lookingAt();
        if (!isListedHeadline(line.plain()) || line.key().equals(titleKey) || (!textBefore && !bullet)) {
          break;
        }
        furniture[k] = true;
        listed++;
      }
    }
  }

  /** A line that reads as a linked headline: short, and not ending in a full stop or colon as prose does. */
  private static boolean isListedHeadline(String plain) {
    String text = plain.strip();
    String end = text.replaceAll("[\"'\u2019\u201d\u00bb)]+$", "");
    return text.length() <= MAX_LISTED_HEADLINE && !end.endsWith(".") && !end.endsWith(":");
  }

  /** "X" followed by "Read next: X": the line above the link is the link's teaser headline. */
  private static void markTeasers(List<Line> lines, boolean[] furniture) {
    int previous = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      Matcher link = FurnitureRules.READ_MORE.matcher(line.plain());
      if (previous >= 0 && link.matches() && link.group(1) != null) {
        String target = link.group(1).strip().toLowerCase(Locale.ROOT);
        if (!target.isEmpty() && target.equals(lines.get(previous).key())) {
          furniture[previous] = true;
        }
      }
      previous = i;
    }
  }
}
