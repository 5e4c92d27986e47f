package org.quotestance.report;

import java.util.Arrays;

/**
 * Percentile bootstrap interval for a mean (Efron & Tibshirani 1993), used for the mean of
 * per-article stance shares where articles, not quotes, are the sampling unit. Seeded (SplitMix64),
 * so the same data give the same interval on every JVM.
 */
final class Bootstrap {
  /** Resamples the report uses. */
  public static final int DEFAULT_RESAMPLES = 2_000;

  /** Seed the report uses. */
  public static final long DEFAULT_SEED = 20190123L;

  private Bootstrap() {}

  /** The 95% percentile interval of the mean of {@code values} with the default settings. */
  public static Interval meanInterval95(double[] values) {
    return meanInterval(values, 0.95, DEFAULT_RESAMPLES, DEFAULT_SEED);
  }

  /**
   * The percentile interval of the mean of {@code values} at {@code level}. One value gives a
   * zero-width interval: a single article says nothing about spread.
   *
   * @throws IllegalArgumentException if {@code values} is empty, {@code level} is not in (0, 1) or
   *     {@code resamples < 1}
   */
  public static Interval meanInterval(double[] values, double level, int resamples, long seed) {
    if (values.length == 0) {
      throw new IllegalArgumentException("values must not be empty");
    }
    if (!(level > 0 && level < 1) || resamples < 1) {
      throw new IllegalArgumentException("bad level " + level + " or resamples " + resamples);
    }
    SplitMix64 random = new SplitMix64(seed);
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        sum += values[random.nextInt(values.length)];
      }
      means[r] = sum / values.length;
    }
    Arrays.sort(means);
    double tail = (1 - level) / 2;
    double low = means[(int) Math.floor(tail * (resamples - 1))];
    double high = means[(int) Math.ceil((1 - tail) * (resamples - 1))];
    return new Interval(low, high);
  }
}
