package org.quotestance.report;

/**
 * The log gamma function and the regularised incomplete gamma functions, enough to compute the
 * chi-square distribution without a statistics library. Series and continued fraction as in Press
 * et al., <i>Numerical Recipes</i>, 3rd ed., §6.2; log gamma by the Lanczos approximation (g = 7, n
 * = 9), accurate to about 15 significant digits for positive arguments.
 */
final class Gamma {
  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };
  private static final int MAX_ITERATIONS = 10_000;
  private static final double EPSILON = 1e-15;
  private static final double TINY = 1e-300;

  private Gamma() {}

  /** {@code ln Γ(x)} for {@code x > 0}. */
  public static double logGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
    }
    if (x < 0.5) {
      // Reflection keeps the approximation in its accurate range.
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double y = x - 1;
    double sum = LANCZOS[0];
    double t = y + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (y + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /** Regularised lower incomplete gamma {@code P(a, x) = γ(a, x) / Γ(a)}, for a > 0, x >= 0. */
  public static double regularizedP(double a, double x) {
    check(a, x);
    if (x == 0) {
      return 0;
    }
    return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x);
  }

  /** Regularised upper incomplete gamma {@code Q(a, x) = 1 - P(a, x)}, computed without loss. */
  public static double regularizedQ(double a, double x) {
    check(a, x);
    if (x == 0) {
      return 1;
    }
    return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x);
  }

  private static void check(double a, double x) {
    if (!(a > 0) || !(x >= 0) || Double.isInfinite(a)) {
      throw new IllegalArgumentException("need a > 0 and x >= 0, got a=" + a + ", x=" + x);
    }
  }

  private static double series(double a, double x) {
    double term = 1 / a;
    double sum = term;
    for (int n = 1; n < MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) {
        break;
      }
    }
    return Math.min(1, sum * Math.exp(-x + a * Math.log(x) - logGamma(a)));
  }

  /** Modified Lentz evaluation of the continued fraction for Q(a, x). */
  private static double continuedFraction(double a, double x) {
    double b = x + 1 - a;
    double c = 1 / TINY;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < MAX_ITERATIONS; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      d = Math.abs(d) < TINY ? TINY : d;
      c = b + an / c;
      c = Math.abs(c) < TINY ? TINY : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return Math.max(0, Math.exp(-x + a * Math.log(x) - logGamma(a)) * h);
  }
}
