package org.quotestance.report;

/**
 * A closed interval {@code [low, high]}, used for confidence intervals of shares.
 *
 * @param low lower bound
 * @param high upper bound, not below {@code low}
 */
record Interval(double low, double high) {
  public Interval {
    if (!(low <= high)) {
      throw new IllegalArgumentException("need low <= high, got [" + low + ", " + high + "]");
    }
  }
}
