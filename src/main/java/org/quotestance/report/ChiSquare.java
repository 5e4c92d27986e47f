package org.quotestance.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Pearson's chi-square test of independence for a contingency table (for the report: outlets ×
 * stance labels), with Cramér's V as effect size. Rows and columns whose total is zero carry no
 * information and are dropped before testing, so an outlet without quotes or a label nobody used
 * does not change the degrees of freedom. No continuity correction is applied.
 */
final class ChiSquare {
  private ChiSquare() {}

  /**
   * Outcome of the test.
   *
   * @param statistic Pearson's X²
   * @param df degrees of freedom, {@code (rows - 1)(columns - 1)} after dropping empty ones; 0 when
   *     there is nothing to compare (then {@code p} is 1 and {@code cramersV} 0)
   * @param p upper-tail probability of {@code statistic} under the chi-square distribution
   * @param cramersV {@code sqrt(X² / (n (min(rows, columns) - 1)))}, in [0, 1]
   * @param minExpected the smallest expected count; below 5 the p-value is unreliable
   * @param n the table total
   */
  public record Result(
      double statistic, int df, double p, double cramersV, double minExpected, long n) {
    /** True when the table has at least two non-empty rows and two non-empty columns. */
    public boolean testable() {
      return df > 0;
    }
  }

  /**
   * Tests {@code table} (rows × columns of non-negative counts; rows may be of equal length only).
   *
   * @throws IllegalArgumentException if the table is ragged or has a negative count
   */
  public static Result test(long[][] table) {
    long[][] t = compact(table);
    long n = total(t);
    if (t.length < 2 || t[0].length < 2) {
      return new Result(0, 0, 1, 0, expectedMin(t), n);
    }
    double x2 = statistic(t);
    int df = (t.length - 1) * (t[0].length - 1);
    double v = Math.sqrt(x2 / (n * (double) (Math.min(t.length, t[0].length) - 1)));
    return new Result(x2, df, survival(x2, df), Math.min(1, v), expectedMin(t), n);
  }

  /** Upper tail {@code P(X >= x)} of the chi-square distribution with {@code df} degrees. */
  public static double survival(double x, int df) {
    if (df <= 0) {
      throw new IllegalArgumentException("df must be positive: " + df);
    }
    if (x <= 0) {
      return 1;
    }
    return Gamma.regularizedQ(df / 2.0, x / 2.0);
  }

  /** Pearson's X² of a table without empty rows or columns. */
  static double statistic(long[][] t) {
    long[] rowTotals = rowTotals(t);
    long[] colTotals = colTotals(t);
    double n = total(t);
    double x2 = 0;
    for (int i = 0; i < t.length; i++) {
      for (int j = 0; j < t[i].length; j++) {
        double expected = rowTotals[i] * (double) colTotals[j] / n;
        double diff = t[i][j] - expected;
        x2 += diff * diff / expected;
      }
    }
    return x2;
  }

  /** Copy of {@code table} without all-zero rows and columns. */
  static long[][] compact(long[][] table) {
    int width = table.length == 0 ? 0 : table[0].length;
    for (long[] row : table) {
      if (row.length != width) {
        throw new IllegalArgumentException("ragged table");
      }
      for (long count : row) {
        if (count < 0) {
          throw new IllegalArgumentException("negative count " + count);
        }
      }
    }
    long[] colTotals = colTotals(table);
    List<Integer> keepCols = new ArrayList<>();
    for (int j = 0; j < width; j++) {
      if (colTotals[j] > 0) {
        keepCols.add(j);
      }
    }
    List<long[]> rows = new ArrayList<>();
    for (long[] row : table) {
      long[] kept = new long[keepCols.size()];
      long sum = 0;
      for (int j = 0; j < kept.length; j++) {
        kept[j] = row[keepCols.get(j)];
        sum += kept[j];
      }
      if (sum > 0) {
        rows.add(kept);
      }
    }
    return rows.toArray(new long[0][]);
  }

  private static double expectedMin(long[][] t) {
    if (t.length == 0 || t[0].length == 0) {
      return 0;
    }
    long[] rowTotals = rowTotals(t);
    long[] colTotals = colTotals(t);
    double n = total(t);
    double min = Double.POSITIVE_INFINITY;
    for (long r : rowTotals) {
      for (long c : colTotals) {
        min = Math.min(min, r * (double) c / n);
      }
    }
    return min;
  }

  static long[] rowTotals(long[][] t) {
    long[] totals = new long[t.length];
    for (int i = 0; i < t.length; i++) {
      for (long count : t[i]) {
        totals[i] += count;
      }
    }
    return totals;
  }

  static long[] colTotals(long[][] t) {
    long[] totals = new long[t.length == 0 ? 0 : t[0].length];
    for (long[] row : t) {
      for (int j = 0; j < row.length; j++) {
        totals[j] += row[j];
      }
    }
    return totals;
  }

  private static long total(long[][] t) {
    long n = 0;
    for (long[] row : t) {
      for (long count : row) {
        n += count;
      }
    }
    return n;
  }
}
