package org.quotestance.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotestance.internal.Fold;

/**
 * Turns names into matching keys: accents and case folded, periods dropped ({@code U.S.} = {@code
 * US}), possessive {@code 's} split off, a leading article or honorific removed.
 */
public final class NameKey {
  private static final List<String> HONORIFICS =
      List.of("the", "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gen", "general", "president");

  private NameKey() {}

  /** The key of a name or phrase, e.g. {@code "Colombia’s Foreign Ministry"} → {@code "colombia 's foreign ministry"}. */
  public static String of(String text) {
    return String.join(" ", words(text));
  }

  /** The key without a leading article or honorific ({@code "Mr Pompeo"} → {@code "pompeo"}). */
  public static String bare(String text) {
    List<String> words = new ArrayList<>(words(text));
    while (words.size() > 1 && HONORIFICS.contains(words.get(0))) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  /** The folded words of {@code text}. */
  public static List<String> words(String text) {
    String folded = Fold.fold(text).toLowerCase(Locale.ROOT).replace(".", "");
    folded = folded.replaceAll("'s\\b", " 's").replaceAll("[^a-z0-9' &-]+", " ");
    List<String> out = new ArrayList<>();
    for (String word : folded.strip().split("\\s+")) {
      if (!word.isEmpty()) {
        out.add(word);
      }
    }
    return out;
  }
}
