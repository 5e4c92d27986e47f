package org.quotestance.stance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * A small limited-memory BFGS minimiser with a backtracking (Armijo) line search. Deterministic:
 * same objective and start, same result, bit for bit.
 */
final class Lbfgs {
  /** A differentiable function: returns f(x) and writes its gradient into {@code gradient}. */
  interface Objective {
    double evaluate(double[] x, double[] gradient);
  }

  /**
   * The outcome of a minimisation.
   *
   * @param x the minimiser found
   * @param value the objective there
   * @param iterations iterations run
   */
  record Result(double[] x, double value, int iterations) {}

  private static final int MEMORY = 10;
  private static final double ARMIJO = 1e-4;

  private Lbfgs() {}

  /**
   * Minimises {@code f} from {@code start}; stops after {@code maxIterations}, when the largest
   * gradient component falls below {@code tolerance}, or when an iteration improves f by less than
   * a relative 1e-12.
   */
  static Result minimize(Objective f, double[] start, int maxIterations, double tolerance) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double value = f.evaluate(x, g);
    Deque<double[][]> history = new ArrayDeque<>(); // {s, y, {rho}}
    int iteration = 0;
    while (iteration < maxIterations && maxAbs(g) > tolerance) {
      iteration++;
      double[] direction = direction(g, history);
      double slope = dot(direction, g);
      if (slope >= 0) { // not a descent direction: restart from steepest descent
        history.clear();
        direction = negate(g);
        slope = dot(direction, g);
      }
      double step = history.isEmpty() ? Math.min(1.0, 1.0 / Math.sqrt(-slope)) : 1.0;
      double[] next = new double[n];
      double[] nextGradient = new double[n];
      double nextValue;
      while (true) {
        for (int i = 0; i < n; i++) {
          next[i] = x[i] + step * direction[i];
        }
        nextValue = f.evaluate(next, nextGradient);
        if (nextValue <= value + ARMIJO * step * slope || step < 1e-20) {
          break;
        }
        step *= 0.5;
      }
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = next[i] - x[i];
        y[i] = nextGradient[i] - g[i];
      }
      double sy = dot(s, y);
      if (sy > 1e-12) {
        history.addLast(new double[][] {s, y, {1.0 / sy}});
        if (history.size() > MEMORY) {
          history.removeFirst();
        }
      }
      double improvement = value - nextValue;
      x = next;
      g = nextGradient;
      value = nextValue;
      if (improvement <= 1e-12 * Math.max(1.0, Math.abs(value))) {
        break;
      }
    }
    return new Result(x, value, iteration);
  }

  /** The two-loop recursion: an approximation of -H⁻¹g. */
  private static double[] direction(double[] g, Deque<double[][]> history) {
    double[] q = g.clone();
    double[] alpha = new double[history.size()];
    int k = history.size() - 1;
    for (Iterator<double[][]> it = history.descendingIterator(); it.hasNext(); k--) {
      double[][] pair = it.next();
      alpha[k] = pair[2][0] * dot(pair[0], q);
      axpy(-alpha[k], pair[1], q);
    }
    if (!history.isEmpty()) {
      double[][] last = history.getLast();
      double gamma = dot(last[0], last[1]) / dot(last[1], last[1]);
      for (int i = 0; i < q.length; i++) {
        q[i] *= gamma;
      }
    }
    k = 0;
    for (double[][] pair : history) {
      double beta = pair[2][0] * dot(pair[1], q);
      axpy(alpha[k] - beta, pair[0], q);
      k++;
    }
    return negate(q);
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static double[] negate(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = -v[i];
    }
    return out;
  }

  private static double maxAbs(double[] v) {
    double max = 0;
    for (double d : v) {
      max = Math.max(max, Math.abs(d));
    }
    return max;
  }
}
