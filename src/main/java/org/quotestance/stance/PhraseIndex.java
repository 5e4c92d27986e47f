package org.quotestance.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the phrases of a domain list in a token sequence: left to right, longest match first,
 * matches never overlapping. Phrases are bucketed by the first two letters of their first word so a
 * text is not compared with every entry.
 *
 * @param <T> the entry type (a cue, a target, a negator...)
 */
final class PhraseIndex<T> {
  /**
   * One match.
   *
   * @param item the entry that matched
   * @param start index of its first token
   * @param end index one past its last token
   */
  record Hit<T>(T item, int start, int end) {}

  private final Map<String, List<T>> buckets = new HashMap<>();
  private final Function<T, Phrase> phraseOf;

  /** An index of {@code items}; an earlier item wins a tie between matches of equal length. */
  PhraseIndex(List<T> items, Function<T, Phrase> phraseOf) {
    this.phraseOf = phraseOf;
    for (T item : items) {
      buckets
          .computeIfAbsent(key(phraseOf.apply(item).words().get(0)), k -> new ArrayList<>())
          .add(item);
    }
  }

  /** All non-overlapping matches in {@code tokens}, in text order. */
  List<Hit<T>> find(List<Token> tokens) {
    List<Hit<T>> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Hit<T> best = tokens.get(i).word() ? longestAt(tokens, i) : null;
      if (best == null) {
        i++;
      } else {
        hits.add(best);
        i = best.end();
      }
    }
    return List.copyOf(hits);
  }

  private Hit<T> longestAt(List<Token> tokens, int i) {
    List<T> candidates = buckets.getOrDefault(key(tokens.get(i).folded()), List.of());
    Hit<T> best = null;
    for (T item : candidates) {
      int end = phraseOf.apply(item).matchAt(tokens, i);
      if (end > 0 && (best == null || end > best.end())) {
        best = new Hit<>(item, i, end);
      }
    }
    return best;
  }

  private static String key(String word) {
    return word.length() <= 2 ? word : word.substring(0, 2);
  }
}
