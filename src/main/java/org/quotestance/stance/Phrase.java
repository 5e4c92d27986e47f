package org.quotestance.stance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotestance.internal.Fold;

/**
 * A word or multiword phrase from a domain file ({@code "usurper"}, {@code "far from"}, {@code
 * "massacr*"}, {@code "peaceful, democratic solution"}), matched on token boundaries,
 * accent-insensitively and with simple inflection: a phrase word of three letters or more also
 * matches the word plus {@code s/es/d/ed/ing}, with a final {@code e} dropped or {@code y} turned
 * into {@code ie}, or with its last consonant doubled; forms of "be" and of "have" match each
 * other, so reported speech in the past tense ({@code days were numbered}) matches a cue in the
 * present ({@code days are numbered}). A trailing {@code *} makes the last word a prefix.
 * Punctuation in the phrase must appear in the text; quotation marks in the text between the
 * phrase's tokens are skipped.
 *
 * @param text the phrase as written in the file, lower-cased and accent-folded
 * @param tokens its tokens (words and punctuation), folded
 * @param prefix whether the last word is a prefix
 */
record Phrase(String text, List<Token> tokens, boolean prefix) {
  private static final List<String> ENDINGS = List.of("s", "es", "d", "ed", "ing");
  private static final Map<String, Set<String>> AUXILIARIES = auxiliaries(
      Set.of("be", "is", "are", "was", "were", "been", "being", "am"),
      Set.of("have", "has", "had", "having"));
  private static final String QUOTATION_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb";

  Phrase {
    tokens = tokens.stream().filter(t -> !isQuotationMark(t)).toList();
    if (tokens.isEmpty() || !tokens.get(0).word() || !tokens.get(tokens.size() - 1).word()) {
      throw new IllegalArgumentException("phrase must start and end with a word: '" + text + "'");
    }
  }

  /**
   * Parses a phrase as written in a domain file; throws IllegalArgumentException if it does not
   * start and end with a word.
   */
  static Phrase parse(String written) {
    String key = Fold.key(written);
    boolean prefix = key.endsWith("*");
    String body = prefix ? key.substring(0, key.length() - 1) : key;
    return new Phrase(key, Tokenizer.tokenize(body, 0), prefix);
  }

  /** The folded words, without punctuation. */
  List<String> words() {
    return tokens.stream().filter(Token::word).map(Token::folded).toList();
  }

  /** The folded first word, which every match starts with (or inflects). */
  String firstWord() {
    return tokens.get(0).folded();
  }

  /**
   * Whether the phrase matches {@code text} from index {@code start}; returns the index one past
   * the last matched token, or -1.
   */
  int matchAt(List<Token> text, int start) {
    int i = start;
    for (int k = 0; k < tokens.size(); k++) {
      if (k > 0) {
        while (i < text.size() && isQuotationMark(text.get(i))) {
          i++;
        }
      }
      if (i >= text.size() || !matches(tokens.get(k), text.get(i), k == tokens.size() - 1)) {
        return -1;
      }
      i++;
    }
    return i;
  }

  private boolean matches(Token part, Token token, boolean last) {
    if (!part.word()) {
      return !token.word() && part.folded().equals(token.folded());
    }
    if (!token.word()) {
      return false;
    }
    return last && prefix
        ? token.folded().startsWith(part.folded())
        : inflects(part.folded(), token.folded());
  }

  /** Whether {@code word} is {@code base} or a simple inflection of it. */
  static boolean inflects(String base, String word) {
    if (word.equals(base)) {
      return true;
    }
    if (word.isEmpty() || base.isEmpty() || (word.charAt(0) != base.charAt(0) && !AUXILIARIES.containsKey(base))) {
      return false; // most candidate pairs end here
    }
    Set<String> forms = AUXILIARIES.get(base);
    if (forms != null) {
      return forms.contains(word);
    }
    if (base.length() < 3 || word.length() <= base.length() - 1) {
      return false;
    }
    char last = base.charAt(base.length() - 1);
    if (!word.startsWith(base)) {
      if (last != 'e' && last != 'y') {
        return false;
      }
      String stem = base.substring(0, base.length() - 1);
      if (!word.startsWith(stem)) {
        return false;
      }
      String rest = word.substring(stem.length());
      return last == 'e' ? rest.equals("ing") : rest.equals("ies") || rest.equals("ied");
    }
    String rest = word.substring(base.length());
    if (ENDINGS.contains(rest)) {
      return true;
    }
    // doubled final consonant: stop -> stopped, stopping
    return rest.length() > 1
        && rest.charAt(0) == last
        && "aeiou".indexOf(last) < 0
        && (rest.substring(1).equals("ed") || rest.substring(1).equals("ing"));
  }

  /** Each form of each group, mapped to the whole group. */
  @SafeVarargs
  private static Map<String, Set<String>> auxiliaries(Set<String>... groups) {
    Map<String, Set<String>> map = new HashMap<>();
    for (Set<String> group : groups) {
      group.forEach(form -> map.put(form, group));
    }
    return Map.copyOf(map);
  }

  private static boolean isQuotationMark(Token token) {
    return !token.word() && QUOTATION_MARKS.indexOf(token.text().charAt(0)) >= 0;
  }
}
