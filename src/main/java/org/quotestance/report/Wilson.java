package org.quotestance.report;

/**
 * Wilson score interval for a binomial proportion (Wilson 1927). Unlike the normal ("Wald")
 * interval it stays inside [0, 1] and behaves sensibly for small samples and shares near 0 or 1,
 * which is the usual case for per-outlet stance shares.
 */
final class Wilson {
  /** The normal quantile for a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  private Wilson() {}

  /**
   * The 95% interval for {@code successes} out of {@code n}.
   *
   * @throws IllegalArgumentException if {@code n < 0} or {@code successes} is outside {@code [0,
   *     n]}
   */
  public static Interval interval95(long successes, long n) {
    return interval(successes, n, Z95);
  }

  /**
   * The interval for {@code successes} out of {@code n} at normal quantile {@code z}. With {@code n
   * == 0} nothing is known and the interval is {@code [0, 1]}.
   *
   * @throws IllegalArgumentException if {@code n < 0}, {@code successes} is outside {@code [0, n]}
   *     or {@code z <= 0}
   */
  public static Interval interval(long successes, long n, double z) {
    if (n < 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException("need 0 <= successes <= n, got " + successes + "/" + n);
    }
    if (!(z > 0)) {
      throw new IllegalArgumentException("z must be positive: " + z);
    }
    if (n == 0) {
      return new Interval(0, 1);
    }
    double p = (double) successes / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    // Clamp rounding noise so 0/n starts at exactly 0 and n/n ends at exactly 1.
    double low = successes == 0 ? 0 : Math.max(0, centre - half);
    double high = successes == n ? 1 : Math.min(1, centre + half);
    return new Interval(low, high);
  }
}
