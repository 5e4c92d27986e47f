package org.quotestance.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the phrases of a domain list in a token sequence: left to right, longest match first,
 * matches never overlapping. A phrase is tried only from a token that its first word accepts (see
 * {@link Phrase#inflections}) and that starts with the same two letters as that word, so a text is
 * not compared with every entry.
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

  /** An entry with its phrase and its place in the list, which breaks ties. */
  private record Entry<T>(int order, T item, Phrase phrase) {}

  /** A match with the place of its entry. */
  private record Match<T>(int order, Hit<T> hit) {}

  /** Entries by each form of their first word. */
  private final Map<String, List<Entry<T>>> byForm = new HashMap<>();

  /** Entries whose first word is a prefix, by its first two letters. */
  private final Map<String, List<Entry<T>>> byPrefix = new HashMap<>();

  /** An index of {@code items}; an earlier item wins a tie between matches of equal length. */
  PhraseIndex(List<T> items, Function<T, Phrase> phraseOf) {
    for (int order = 0; order < items.size(); order++) {
      Phrase phrase = phraseOf.apply(items.get(order));
      Entry<T> entry = new Entry<>(order, items.get(order), phrase);
      String key = key(phrase.firstWord());
      if (phrase.prefix() && phrase.tokens().size() == 1) {
        byPrefix.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        continue;
      }
      for (String form : phrase.forms().get(0)) {
        // "is" stands for "was" too, but only from a token with the written word's two letters
        if (key(form).equals(key)) {
          byForm.computeIfAbsent(form, k -> new ArrayList<>()).add(entry);
        }
      }
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
    String word = tokens.get(i).folded();
    Match<T> best = longest(byForm.get(word), tokens, i, null);
    if (!byPrefix.isEmpty()) {
      best = longest(byPrefix.get(key(word)), tokens, i, best);
    }
    return best == null ? null : best.hit();
  }

  /** The longest of {@code best} and the matches of {@code entries}; the earlier entry on a tie. */
  private Match<T> longest(List<Entry<T>> entries, List<Token> tokens, int i, Match<T> best) {
    if (entries == null) {
      return best;
    }
    for (Entry<T> entry : entries) {
      int end = entry.phrase().matchAt(tokens, i);
      if (end > 0
          && (best == null
              || end > best.hit().end()
              || (end == best.hit().end() && entry.order() < best.order()))) {
        best = new Match<>(entry.order(), new Hit<>(entry.item(), i, end));
      }
    }
    return best;
  }

  private static String key(String word) {
    return word.length() <= 2 ? word : word.substring(0, 2);
  }
}
