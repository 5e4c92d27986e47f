package org.quotestance.stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quotestance.model.CharSpan;
import org.quotestance.model.StanceLabel;

/**
 * The named features of one quotation, with the words that triggered each.
 *
 * @param values feature name to value, sorted by name
 * @param triggers feature name to the words that fired it (features without words are absent)
 * @param votes the lexicon's and the targets' direct votes, for the lexicon-only baseline
 * @param frames frame id to the largest weight of a (non-negated) cue of that frame that fired
 */
record Features(
    SortedMap<String, Double> values,
    Map<String, Trigger> triggers,
    List<Vote> votes,
    Map<String, Double> frames) {

  /**
   * The words behind one feature.
   *
   * @param texts distinct trigger texts in first-seen order
   * @param spans their article offsets, in text order
   */
  record Trigger(List<String> texts, List<CharSpan> spans) {
    Trigger {
      texts = List.copyOf(texts);
      spans = List.copyOf(spans);
    }

    /** The trigger texts joined for display. */
    String text() {
      return String.join(", ", texts);
    }
  }

  /**
   * A score the domain lists give a label without training.
   *
   * @param label the label voted for
   * @param weight the vote's weight
   * @param feature the feature that carries the vote
   */
  record Vote(StanceLabel label, double weight, String feature) {}

  Features {
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    triggers = Map.copyOf(triggers);
    votes = List.copyOf(votes);
    frames = Map.copyOf(frames);
  }

  /** Summed votes per label; every label present. */
  Map<StanceLabel, Double> lexiconScores() {
    Map<StanceLabel, Double> scores = new EnumMap<>(StanceLabel.class);
    for (StanceLabel label : StanceLabel.values()) {
      scores.put(label, 0.0);
    }
    for (Vote vote : votes) {
      scores.merge(vote.label(), vote.weight(), Double::sum);
    }
    return scores;
  }

  /** Collects features while they are extracted. */
  static final class Builder {
    private final SortedMap<String, Double> values = new TreeMap<>();
    private final Map<String, Set<String>> texts = new TreeMap<>();
    private final Map<String, List<CharSpan>> spans = new TreeMap<>();
    private final List<Vote> votes = new ArrayList<>();
    private final Map<String, Double> frames = new TreeMap<>();

    /** Adds {@code value} to {@code feature}, remembering its trigger words (if any). */
    Builder add(String feature, double value, String text, List<CharSpan> where) {
      values.merge(feature, value, Double::sum);
      return remember(feature, text, where);
    }

    /** Sets a binary feature (present once however often it fires). */
    Builder set(String feature, String text, List<CharSpan> where) {
      values.put(feature, 1.0);
      return remember(feature, text, where);
    }

    private Builder remember(String feature, String text, List<CharSpan> where) {
      if (!where.isEmpty()) {
        texts.computeIfAbsent(feature, k -> new LinkedHashSet<>()).add(text);
        spans.computeIfAbsent(feature, k -> new ArrayList<>()).addAll(where);
      }
      return this;
    }

    Builder vote(StanceLabel label, double weight, String feature) {
      votes.add(new Vote(label, weight, feature));
      return this;
    }

    Builder frame(String frame, double weight) {
      frames.merge(frame, weight, Math::max);
      return this;
    }

    Features build() {
      Map<String, Trigger> triggers = new TreeMap<>();
      for (Map.Entry<String, List<CharSpan>> entry : spans.entrySet()) {
        List<CharSpan> sorted = new ArrayList<>(new LinkedHashSet<>(entry.getValue()));
        sorted.sort((a, b) -> a.begin() != b.begin() ? a.begin() - b.begin() : a.end() - b.end());
        triggers.put(
            entry.getKey(), new Trigger(new ArrayList<>(texts.get(entry.getKey())), sorted));
      }
      return new Features(values, triggers, votes, frames);
    }
  }
}
