package org.quotestance.eval;

/**
 * Accuracy, macro-F1 and the confusion matrix (gold rows, predicted columns, in the order
 * pro-Guaidó, pro-Maduro, neutral-procedural) of one stance system.
 */
public record StanceScore(double accuracy, double macroF1, int[][] confusion, int n) {
  static StanceScore of(int[][] m) {
    int n = 0;
    int right = 0;
    double f1 = 0;
    for (int i = 0; i < 3; i++) {
      int tp = m[i][i];
      int fp = 0;
      int fn = 0;
      for (int j = 0; j < 3; j++) {
        n += m[i][j];
        if (j != i) {
          fp += m[j][i];
          fn += m[i][j];
        }
      }
      right += tp;
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      f1 += p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    return new StanceScore(n == 0 ? 0 : (double) right / n, f1 / 3, m, n);
  }
}
