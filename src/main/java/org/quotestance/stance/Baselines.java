package org.quotestance.stance;

import java.util.Map;
import java.util.Optional;
import org.quotestance.model.StanceLabel;
import org.quotestance.stance.StanceDomain.Camp;

/**
 * The untrained baselines' decisions, shared by the trainer's evaluation and {@link StanceModel}.
 */
final class Baselines {
  private Baselines() {}

  /**
   * The label with the highest lexicon-plus-target score; neutral-procedural when nothing scored or
   * the top two tie.
   */
  static StanceLabel lexiconLabel(Map<StanceLabel, Double> scores) {
    StanceLabel best = StanceLabel.NEUTRAL;
    double top = 0;
    boolean tie = false;
    for (StanceLabel label : StanceLabel.values()) {
      double score = scores.getOrDefault(label, 0.0);
      if (score > top) {
        best = label;
        top = score;
        tie = false;
      } else if (score == top && top > 0) {
        tie = true;
      }
    }
    return tie ? StanceLabel.NEUTRAL : best;
  }

  /** The side of {@code camp} in the domain's registry, if it has one. */
  static Optional<StanceLabel> campSide(StanceDomain domain, String camp) {
    Camp found = domain.camps().get(camp);
    return found == null ? Optional.empty() : found.side();
  }
}
