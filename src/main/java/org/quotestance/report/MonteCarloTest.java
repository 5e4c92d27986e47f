package org.quotestance.report;

import java.util.Arrays;

/**
 * Monte Carlo permutation test of independence for a contingency table, for when expected counts
 * are too small for the chi-square approximation. Each draw shuffles the column labels (stance)
 * across the fixed row memberships (outlets), which keeps both margins, and recomputes Pearson's
 * X². The p-value is {@code (1 + #draws with X² >= observed) / (1 + draws)} (Davison & Hinkley
 * 1997), so it is never zero. A fixed seed makes it reproducible: the generator is SplitMix64,
 * fully specified, so the same seed gives the same p-value on every JVM.
 */
final class MonteCarloTest {
  /** The seed the report uses, so published p-values can be reproduced exactly. */
  public static final long DEFAULT_SEED = 20190123L;

  /** The number of draws the report uses. */
  public static final int DEFAULT_DRAWS = 10_000;

  private MonteCarloTest() {}

  /**
   * Outcome of the test.
   *
   * @param statistic the observed X² (of the table without empty rows and columns)
   * @param p Monte Carlo p-value
   * @param draws number of permutations
   * @param seed the random seed used
   */
  public record Result(double statistic, double p, int draws, long seed) {}

  /** Tests {@code table} with {@link #DEFAULT_DRAWS} draws and {@link #DEFAULT_SEED}. */
  public static Result test(long[][] table) {
    return test(table, DEFAULT_DRAWS, DEFAULT_SEED);
  }

  /**
   * Tests {@code table} (rows × columns of counts).
   *
   * @throws IllegalArgumentException if {@code draws < 1}, the table is ragged, has a negative
   *     count, or more than {@link Integer#MAX_VALUE} entries
   */
  public static Result test(long[][] table, int draws, long seed) {
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be positive: " + draws);
    }
    long[][] t = ChiSquare.compact(table);
    if (t.length < 2 || t[0].length < 2) {
      return new Result(0, 1, draws, seed);
    }
    long[] rowTotals = ChiSquare.rowTotals(t);
    long[] colTotals = ChiSquare.colTotals(t);
    long n = 0;
    for (long r : rowTotals) {
      n += r;
    }
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("table too large for a permutation test: " + n);
    }
    int[] rows = new int[(int) n];
    int[] cols = new int[(int) n];
    int k = 0;
    for (int i = 0; i < t.length; i++) {
      for (int j = 0; j < t[i].length; j++) {
        for (long c = 0; c < t[i][j]; c++, k++) {
          rows[k] = i;
          cols[k] = j;
        }
      }
    }
    double[][] expected = new double[t.length][t[0].length];
    for (int i = 0; i < t.length; i++) {
      for (int j = 0; j < t[0].length; j++) {
        expected[i][j] = rowTotals[i] * (double) colTotals[j] / n;
      }
    }
    double observed = ChiSquare.statistic(t);
    // Tolerance so that tables tied with the observed one count as "at least as extreme".
    double threshold = observed - 1e-9 * Math.max(1, observed);
    SplitMix64 random = new SplitMix64(seed);
    long[][] sim = new long[t.length][t[0].length];
    int extreme = 0;
    for (int d = 0; d < draws; d++) {
      for (long[] row : sim) {
        Arrays.fill(row, 0);
      }
      // One pass of Fisher–Yates: position m gets a uniformly drawn label from those left.
      for (int m = 0; m < cols.length; m++) {
        int j = m + random.nextInt(cols.length - m);
        int label = cols[j];
        cols[j] = cols[m];
        cols[m] = label;
        sim[rows[m]][label]++;
      }
      if (statistic(sim, expected) >= threshold) {
        extreme++;
      }
    }
    return new Result(observed, (1.0 + extreme) / (1.0 + draws), draws, seed);
  }

  private static double statistic(long[][] table, double[][] expected) {
    double x2 = 0;
    for (int i = 0; i < table.length; i++) {
      for (int j = 0; j < table[i].length; j++) {
        double diff = table[i][j] - expected[i][j];
        x2 += diff * diff / expected[i][j];
      }
    }
    return x2;
  }
}
