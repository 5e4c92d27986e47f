package org.quotestance.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.nlp.Token;

/**
 * The writer's words that a source is not named: {@code who asked not to be named}, {@code
 * speaking on condition of anonymity}, {@code who would not give his name}, {@code declining to
 * give her name}, {@code asked that his name not be published}. Such a person is unknown however
 * near a named one stands. Static.
 */
final class Anonymity {
  private static final String NOT = "(?:not|n't|never|declined|declining|refused|refusing|without)";
  private static final String NAME = "(?:his|her|their) (?:full |real |last |first )?(?:name|names|surname)";
  private static final Pattern MARKER = Pattern.compile(String.join("|",
      "\\bcondition of anonymity\\b",
      "\\bcondition that " + NAME + "\\b",
      "\\b(?:requested|requesting|granted|under|asked for|asking for) anonymity\\b",
      "\\b" + NOT + " (?:to )?(?:want to |wanting to )?(?:be |being )?(?:named|identified)\\b",
      "\\b" + NOT + " (?:to )?(?:want to |wanting to )?(?:give|giving|use|using|share|sharing|provide|providing"
          + "|publish|publishing|print|printing|reveal|revealing|disclose|disclosing) " + NAME + "\\b",
      "\\b" + NAME + " (?:not|never) (?:be )?(?:published|used|given|printed|revealed|disclosed)\\b"));
  /** How far past the marker a {@code his} or {@code she} may tell the source's gender. */
  private static final int GENDER_WINDOW = 14;

  private Anonymity() {}

  /** The first token of an anonymity marker in tokens {@code [from, end)} outside quotes, or -1. */
  static int marker(ArticleContext ctx, int from, int end) {
    StringBuilder words = new StringBuilder();
    int[] starts = new int[Math.max(0, end - from)];
    for (int i = from; i < end; i++) {
      starts[i - from] = words.length();
      words.append(ctx.inQuote[i] ? "|" : ctx.tokens.get(i).text().toLowerCase().replace('\u2019', '\'')).append(' ');
    }
    Matcher m = MARKER.matcher(words);
    if (!m.find()) {
      return -1;
    }
    int k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= m.start()) {
      k++;
    }
    return from + k;
  }

  /**
   * Whether the marker at {@code marker} withholds only a surname ({@code asked that his surname
   * not be used}, {@code would not give her last name}): then a first name may still name the
   * source ({@code Ender, 29, a delivery driver who asked ...}).
   */
  static boolean surnameOnly(ArticleContext ctx, int marker, int end) {
    for (int i = marker; i < end && i < marker + GENDER_WINDOW; i++) {
      String w = ctx.tokens.get(i).text().toLowerCase();
      if (w.equals("surname") || w.equals("surnames")) {
        return true;
      }
      if ((w.equals("last") || w.equals("family")) && i + 1 < end && ctx.tokens.get(i + 1).text().equalsIgnoreCase("name")) {
        return true;
      }
      if (w.startsWith("name") || w.equals("identified") || w.equals("anonymity")) {
        return false; // "asked not to be named because his family name is known": the whole name
      }
    }
    return false;
  }

  /** The gender the words from the marker on give the source ({@code his name}), or empty. */
  static String gender(ArticleContext ctx, int marker, int end) {
    for (int i = marker; i < end && i < marker + GENDER_WINDOW; i++) {
      switch (ctx.tokens.get(i).text().toLowerCase()) {
        case "his", "he", "him" -> {
          return "male";
        }
        case "her", "she" -> {
          return "female";
        }
        default -> { }
      }
    }
    return "";
  }

  /** Whether token {@code t} opens the clause that holds a marker: {@code who}, or a comma. */
  static boolean opensClause(Token t) {
    return t.text().equalsIgnoreCase("who") || t.text().equals(",");
  }
}
