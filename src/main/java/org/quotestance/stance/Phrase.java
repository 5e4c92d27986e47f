package org.quotestance.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * @param forms for each token, the folded words it accepts (see {@link #inflections}); empty for
 *     punctuation and for a prefix word
 */
record Phrase(String text, List<Token> tokens, boolean prefix, List<Set<String>> forms) {
  private static final List<String> ENDINGS = List.of("s", "es", "d", "ed", "ing");
  private static final List<Set<String>> AUXILIARIES =
      List.of(
          Set.of("be", "is", "are", "was", "were", "been", "being", "am"),
          Set.of("have", "has", "had", "having"));
  private static final String QUOTATION_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb";

  Phrase {
    tokens = List.copyOf(tokens);
    forms = List.copyOf(forms);
    if (tokens.isEmpty() || !tokens.get(0).word() || !tokens.get(tokens.size() - 1).word()) {
      throw new IllegalArgumentException("phrase must start and end with a word: '" + text + "'");
    }
    if (forms.size() != tokens.size()) {
      throw new IllegalArgumentException("one set of forms per token: '" + text + "'");
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
    List<Token> tokens =
        Tokenizer.tokenize(body, 0).stream().filter(t -> !isQuotationMark(t)).toList();
    // Matching runs for every token of every quote, so each word's forms are worked out here once.
    List<Set<String>> forms = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      boolean prefixWord = prefix && k == tokens.size() - 1;
      forms.add(tokens.get(k).word() && !prefixWord ? inflections(tokens.get(k).folded()) : Set.of());
    }
    return new Phrase(key, tokens, prefix, forms);
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
      if (i >= text.size() || !matches(k, text.get(i))) {
        return -1;
      }
      i++;
    }
    return i;
  }

  private boolean matches(int k, Token token) {
    Token part = tokens.get(k);
    if (part.word() != token.word()) {
      return false;
    }
    if (!part.word()) {
      return part.folded().equals(token.folded());
    }
    return prefix && k == tokens.size() - 1
        ? token.folded().startsWith(part.folded())
        : forms.get(k).contains(token.folded());
  }

  /**
   * The words that {@code base} stands for: itself; for a form of "be" or "have", every form of
   * that verb; for a word of three letters or more, the word plus {@code s/es/d/ed/ing}, with a
   * final {@code e} dropped before {@code ing}, a final {@code y} turned into {@code ies/ied}, or
   * with its last letter (if not a vowel) doubled before {@code ed/ing}.
   */
  static Set<String> inflections(String base) {
    for (Set<String> group : AUXILIARIES) {
      if (group.contains(base)) {
        return group;
      }
    }
    if (base.length() < 3) {
      return Set.of(base);
    }
    Set<String> forms = new HashSet<>();
    forms.add(base);
    ENDINGS.forEach(ending -> forms.add(base + ending));
    char last = base.charAt(base.length() - 1);
    String stem = base.substring(0, base.length() - 1);
    if (last == 'e') {
      forms.add(stem + "ing");
    } else if (last == 'y') {
      forms.add(stem + "ies");
      forms.add(stem + "ied");
    }
    // doubled final consonant: stop -> stopped, stopping
    if ("aeiou".indexOf(last) < 0) {
      forms.add(base + last + "ed");
      forms.add(base + last + "ing");
    }
    return Set.copyOf(forms);
  }

  private static boolean isQuotationMark(Token token) {
    return !token.word() && QUOTATION_MARKS.indexOf(token.text().charAt(0)) >= 0;
  }
}
