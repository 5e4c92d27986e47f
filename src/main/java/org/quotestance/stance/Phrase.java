package org.quotestance.stance;

import java.util.ArrayList;
import java.util.List;
import org.quotestance.internal.Fold;

/**
 * A word or multiword phrase from a domain file ({@code "usurper"}, {@code "far from"}, {@code
 * "massacr*"}), matched on token boundaries, accent-insensitively and with simple inflection: a
 * phrase word of three letters or more also matches the word plus {@code s/es/d/ed/ing}, with a
 * final {@code e} dropped or {@code y} turned into {@code ie}, or with its last consonant doubled.
 * A trailing {@code *} makes the last word a prefix. Quotation marks between the words are skipped.
 *
 * @param text the phrase as written in the file, lower-cased and accent-folded
 * @param words its folded words
 * @param prefix whether the last word is a prefix
 */
record Phrase(String text, List<String> words, boolean prefix) {
  private static final List<String> ENDINGS = List.of("s", "es", "d", "ed", "ing");

  Phrase {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("phrase without words: '" + text + "'");
    }
  }

  /**
   * Parses a phrase as written in a domain file; throws IllegalArgumentException if it has no
   * words.
   */
  static Phrase parse(String written) {
    String key = Fold.key(written);
    boolean prefix = key.endsWith("*");
    String body = prefix ? key.substring(0, key.length() - 1) : key;
    List<String> words = new ArrayList<>();
    for (Token token : Tokenizer.tokenize(body, 0)) {
      if (token.word()) {
        words.add(token.folded());
      } else if (!isSkippable(token)) {
        throw new IllegalArgumentException("punctuation inside phrase: '" + written + "'");
      }
    }
    return new Phrase(key, words, prefix);
  }

  /**
   * Whether the phrase matches {@code tokens} from index {@code start}; returns the index one past
   * the last matched token, or -1.
   */
  int matchAt(List<Token> tokens, int start) {
    int i = start;
    for (int w = 0; w < words.size(); w++) {
      if (w > 0) {
        while (i < tokens.size() && isSkippable(tokens.get(i))) {
          i++;
        }
      }
      if (i >= tokens.size() || !tokens.get(i).word()) {
        return -1;
      }
      String word = tokens.get(i).folded();
      boolean last = w == words.size() - 1;
      boolean ok = last && prefix ? word.startsWith(words.get(w)) : inflects(words.get(w), word);
      if (!ok) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /** Whether {@code word} is {@code base} or a simple inflection of it. */
  static boolean inflects(String base, String word) {
    if (word.equals(base)) {
      return true;
    }
    if (base.length() < 3 || word.length() <= base.length() - 1) {
      return false;
    }
    String stem = base;
    char last = base.charAt(base.length() - 1);
    if (!word.startsWith(base)) {
      if (last != 'e' && last != 'y') {
        return false;
      }
      stem = base.substring(0, base.length() - 1);
      if (!word.startsWith(stem)) {
        return false;
      }
      String rest = word.substring(stem.length());
      return last == 'e' ? rest.equals("ing") : rest.equals("ies") || rest.equals("ied");
    }
    String rest = word.substring(stem.length());
    if (ENDINGS.contains(rest)) {
      return true;
    }
    // doubled final consonant: stop -> stopped, stopping
    return rest.length() > 1
        && rest.charAt(0) == last
        && "aeiou".indexOf(last) < 0
        && (rest.substring(1).equals("ed") || rest.substring(1).equals("ing"));
  }

  private static boolean isSkippable(Token token) {
    return !token.word()
        && "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb".indexOf(token.text().charAt(0)) >= 0;
  }
}
