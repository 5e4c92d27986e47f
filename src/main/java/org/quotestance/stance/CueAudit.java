package org.quotestance.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.quotestance.model.StanceLabel;

/**
 * Lexicon cues whose training quotes mostly carry another label. The classifier learns each cue's
 * direction from the data, but the lexicon-only baseline and the summed {@code lex:} features
 * trust the listed label, so a domain author should look at these cues first.
 */
public final class CueAudit {
  /** A cue is checked once at least this many training quotes contain it. */
  public static final int MIN_QUOTES = 8;

  /** A cue is flagged when less than this share of its quotes carry its own label. */
  public static final double MAX_SHARE = 1.0 / 3;

  /**
   * One flagged cue.
   *
   * @param cue the cue's text
   * @param label the label the lexicon gives it
   * @param quotes training quotes containing it
   * @param share the share of them labelled {@code label}
   * @param mostly the label most of them carry
   */
  public record Finding(String cue, StanceLabel label, int quotes, double share, StanceLabel mostly) {}

  private CueAudit() {}

  /** The flagged cues of {@code features} (one per training quote, labelled {@code gold}). */
  static List<Finding> run(List<Features> features, List<StanceLabel> gold) {
    Map<String, StanceLabel> labels = new TreeMap<>();
    Map<String, Map<StanceLabel, Integer>> counts = new TreeMap<>();
    for (int i = 0; i < features.size(); i++) {
      Set<String> seen = new HashSet<>(); // a quote counts once however often a cue recurs in it
      for (Features.Vote vote : features.get(i).votes()) {
        if (!vote.feature().startsWith("cue:") || !seen.add(vote.feature())) {
          continue; // targets and the reporting sentence's cues are not lexicon entries of the quote
        }
        labels.put(vote.feature(), vote.label());
        counts
            .computeIfAbsent(vote.feature(), k -> new EnumMap<>(StanceLabel.class))
            .merge(gold.get(i), 1, Integer::sum);
      }
    }
    List<Finding> findings = new ArrayList<>();
    counts.forEach(
        (feature, byLabel) -> {
          int quotes = byLabel.values().stream().mapToInt(Integer::intValue).sum();
          StanceLabel label = labels.get(feature);
          double share = byLabel.getOrDefault(label, 0) / (double) quotes;
          if (quotes >= MIN_QUOTES && share < MAX_SHARE) {
            StanceLabel mostly =
                byLabel.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            findings.add(
                new Finding(feature.substring("cue:".length()), label, quotes, share, mostly));
          }
        });
    findings.sort(Comparator.comparingDouble(Finding::share).thenComparing(Finding::cue));
    return List.copyOf(findings);
  }
}
