package org.quotestance.stance;

import java.util.List;

/**
 * Temperature scaling: one number T that divides every score before the softmax, chosen to minimise
 * log-loss on out-of-fold predictions. T > 1 softens an over-confident model.
 */
final class Temperature {
  /** The grid searched: 0.25 to 5.00 in steps of 0.05. */
  static final double MIN = 0.25;

  static final double MAX = 5.0;
  static final double STEP = 0.05;

  private Temperature() {}

  /** The grid temperature with the least mean log-loss; the smallest such T on a tie. */
  static double fit(List<double[]> scores, int[] gold) {
    double best = 1.0;
    double bestLoss = Double.POSITIVE_INFINITY;
    int steps = (int) Math.round((MAX - MIN) / STEP);
    for (int i = 0; i <= steps; i++) {
      double t = Math.round((MIN + i * STEP) * 100) / 100.0;
      double loss = logLoss(scores, gold, t);
      if (loss < bestLoss) {
        bestLoss = loss;
        best = t;
      }
    }
    return best;
  }

  /** Mean negative log-probability of the gold labels at temperature {@code t}. */
  static double logLoss(List<double[]> scores, int[] gold, double t) {
    double sum = 0;
    for (int i = 0; i < scores.size(); i++) {
      double[] p = LogisticRegression.softmax(scores.get(i), t);
      sum -= Math.log(Math.max(p[gold[i]], 1e-300));
    }
    return scores.isEmpty() ? 0 : sum / scores.size();
  }
}
