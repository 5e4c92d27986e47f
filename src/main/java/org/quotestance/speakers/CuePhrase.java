package org.quotestance.speakers;

import java.util.List;

/**
 * A word or phrase of {@code actors.json}'s camp cues ({@code "opposition lawmaker*"}, {@code
 * "spokesman for"}), matched against {@link NameKey#words} of a description: accents, case and
 * periods ignored, {@code 's} a word of its own. A trailing {@code *} makes the last word a prefix.
 *
 * @param text the phrase as written
 * @param words its words, as {@link NameKey#words} splits them
 * @param prefix whether the last word is a prefix
 */
public record CuePhrase(String text, List<String> words, boolean prefix) {
  public CuePhrase {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty phrase: '" + text + "'");
    }
  }

  /** Parses a phrase as written in the domain file; throws IllegalArgumentException if it has no word. */
  public static CuePhrase parse(String written) {
    String body = written.strip();
    boolean prefix = body.endsWith("*");
    if (prefix) {
      body = body.substring(0, body.length() - 1);
    }
    return new CuePhrase(written, NameKey.words(body), prefix);
  }

  /** The number of words it covers when it matches {@code text} from {@code start}, else 0. */
  public int matchAt(List<String> text, int start) {
    if (start < 0 || start + words.size() > text.size()) {
      return 0;
    }
    for (int i = 0; i < words.size(); i++) {
      String want = words.get(i);
      String got = text.get(start + i);
      boolean last = i == words.size() - 1;
      if (!(got.equals(want) || (last && prefix && got.startsWith(want)))) {
        return 0;
      }
    }
    return words.size();
  }

  /** Whether it matches anywhere in {@code text}. */
  public boolean occursIn(List<String> text) {
    for (int i = 0; i < text.size(); i++) {
      if (matchAt(text, i) > 0) {
        return true;
      }
    }
    return false;
  }
}
