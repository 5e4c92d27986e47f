package org.quotestance.report;

import java.util.Locale;

/** Number formatting for the page: fixed English conventions, independent of the JVM locale. */
final class Format {
  private Format() {}

  /** {@code 1,234}. */
  static String count(long n) {
    return String.format(Locale.US, "%,d", n);
  }

  /** {@code 60.0%}; "—" when undefined. */
  static String pct(double share) {
    return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** {@code 60%} for chart labels. */
  static String pct0(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  /** {@code 38.7–78.1%}. */
  static String ci(Interval ci) {
    return String.format(Locale.ROOT, "%.1f–%.1f%%", 100 * ci.low(), 100 * ci.high());
  }

  /** {@code 22–61%}, whole percentages for dense tables. */
  static String ci0(Interval ci) {
    return String.format(Locale.ROOT, "%.0f–%.0f%%", 100 * ci.low(), 100 * ci.high());
  }

  /** A p-value: {@code < 0.001} or three decimals. */
  static String p(double p) {
    return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  /** Fixed decimals. */
  static String fixed(double value, int places) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%." + places + "f", value);
  }

  /** SVG coordinates with one decimal. */
  static String coord(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** Tooltip of one bar segment: {@code Outlet — label: k of n quotes (p%, 95% CI a–b)}. */
  static String segmentTitle(String outlet, String label, long k, long n) {
    double share = n == 0 ? 0 : (double) k / n;
    return outlet + " — " + label + ": " + k + " of " + n + " quotes (" + pct(share) + ", 95% CI "
        + ci(Wilson.interval95(k, n)) + ")";
  }

  /** {@code n = 1 quote}, {@code n = 12 quotes}. */
  static String quotesLabel(long n) {
    return "n = " + count(n) + (n == 1 ? " quote" : " quotes");
  }
}
