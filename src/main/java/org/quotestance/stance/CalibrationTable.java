package org.quotestance.stance;

import java.util.ArrayList;
import java.util.List;

/**
 * Reliability of the classifier's confidence, measured on out-of-fold predictions after
 * calibration: predictions are binned by their confidence, and each bin compares the mean
 * confidence with the share that was right. A well calibrated model has the two close.
 *
 * @param bins the bins, lowest confidence first
 * @param expectedError the count-weighted mean of |confidence - accuracy| over the bins (ECE)
 */
public record CalibrationTable(List<Bin> bins, double expectedError) {
  /** Lower edges of the bins; the last bin includes 1.0. Below 0.5 starts at 1/3, the floor. */
  static final double[] EDGES = {1.0 / 3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

  /**
   * One confidence bin {@code [low, high)}.
   *
   * @param low lower edge
   * @param high upper edge
   * @param count predictions in the bin
   * @param meanConfidence their mean confidence (0 when empty)
   * @param accuracy share of them that was right (0 when empty)
   */
  public record Bin(double low, double high, int count, double meanConfidence, double accuracy) {}

  public CalibrationTable {
    bins = List.copyOf(bins);
  }

  /** The table of predictions with {@code confidence[i]} that were {@code correct[i]}. */
  public static CalibrationTable of(double[] confidence, boolean[] correct) {
    int size = EDGES.length - 1;
    int[] count = new int[size];
    double[] confidenceSum = new double[size];
    int[] right = new int[size];
    for (int i = 0; i < confidence.length; i++) {
      int b = size - 1;
      while (b > 0 && confidence[i] < EDGES[b]) {
        b--;
      }
      count[b]++;
      confidenceSum[b] += confidence[i];
      right[b] += correct[i] ? 1 : 0;
    }
    List<Bin> bins = new ArrayList<>();
    double error = 0;
    for (int b = 0; b < size; b++) {
      double mean = count[b] == 0 ? 0 : confidenceSum[b] / count[b];
      double accuracy = count[b] == 0 ? 0 : right[b] / (double) count[b];
      bins.add(new Bin(EDGES[b], EDGES[b + 1], count[b], mean, accuracy));
      error += count[b] * Math.abs(mean - accuracy);
    }
    return new CalibrationTable(bins, confidence.length == 0 ? 0 : error / confidence.length);
  }
}
