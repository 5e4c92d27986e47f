package org.quotestance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
 * "Fightin' Words", §3.5.1): which terms one group (an outlet) uses more than another (all other
 * outlets), shrunk towards the pooled rate so that rare terms do not dominate, and divided by its
 * approximate standard deviation to give a z-score.
 *
 * <pre>
 * δ_w = log((y_wi + α_w) / (n_i + α_0 − y_wi − α_w)) − log((y_wj + α_w) / (n_j + α_0 − y_wj − α_w))
 * σ²_w ≈ 1/(y_wi + α_w) + 1/(y_wj + α_w)        z_w = δ_w / σ_w
 * </pre>
 */
final class LogOdds {
  private LogOdds() {}

  /**
   * One term's comparison.
   *
   * @param term the term
   * @param focus its count in the focus group
   * @param rest its count in the comparison group
   * @param delta the log-odds ratio δ (positive: the focus group uses it more)
   * @param variance the approximate variance of δ
   * @param z {@code delta / sqrt(variance)}; |z| > 1.96 is conventionally "distinctive"
   */
  public record Score(
      String term, double focus, double rest, double delta, double variance, double z) {}

  /**
   * The informative prior: {@code α_w = scale × (count of w over all groups)}. With {@code scale =
   * 1} the prior carries as much weight as the pooled data itself, as in Monroe et al.'s example
   * with a background corpus.
   *
   * @throws IllegalArgumentException if {@code scale <= 0} or a count is negative
   */
  public static Map<String, Double> informativePrior(
      Map<String, ? extends Number> pooledCounts, double scale) {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("scale must be positive: " + scale);
    }
    Map<String, Double> prior = new LinkedHashMap<>();
    pooledCounts.forEach(
        (term, count) -> {
          if (count.doubleValue() < 0) {
            throw new IllegalArgumentException("negative count for " + term);
          }
          prior.put(term, scale * count.doubleValue());
        });
    return prior;
  }

  /**
   * Scores every term with a positive prior, highest z first (ties by term). Terms missing from
   * {@code focus} or {@code rest} count as zero.
   *
   * @throws IllegalArgumentException if a count or prior is negative
   */
  public static List<Score> compare(
      Map<String, ? extends Number> focus,
      Map<String, ? extends Number> rest,
      Map<String, Double> prior) {
    double alpha0 = 0;
    for (double a : prior.values()) {
      if (a < 0) {
        throw new IllegalArgumentException("negative prior");
      }
      alpha0 += a;
    }
    double nFocus = sum(focus);
    double nRest = sum(rest);
    List<Score> scores = new ArrayList<>();
    for (Map.Entry<String, Double> entry : prior.entrySet()) {
      double a = entry.getValue();
      if (a <= 0) {
        continue;
      }
      double yi = count(focus, entry.getKey());
      double yj = count(rest, entry.getKey());
      double delta =
          Math.log((yi + a) / (nFocus + alpha0 - yi - a))
              - Math.log((yj + a) / (nRest + alpha0 - yj - a));
      double variance = 1 / (yi + a) + 1 / (yj + a);
      scores.add(new Score(entry.getKey(), yi, yj, delta, variance, delta / Math.sqrt(variance)));
    }
    scores.sort(Comparator.comparingDouble(Score::z).reversed().thenComparing(Score::term));
    return scores;
  }

  private static double count(Map<String, ? extends Number> counts, String term) {
    Number n = counts.get(term);
    return n == null ? 0 : n.doubleValue();
  }

  private static double sum(Map<String, ? extends Number> counts) {
    double total = 0;
    for (Number n : counts.values()) {
      if (n.doubleValue() < 0) {
        throw new IllegalArgumentException("negative count");
      }
      total += n.doubleValue();
    }
    return total;
  }
}
