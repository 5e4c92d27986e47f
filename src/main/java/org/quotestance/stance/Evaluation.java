package org.quotestance.stance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quotestance.model.StanceLabel;

/**
 * How well one classifier did on cross-validation: accuracy, macro-F1, per-label precision, recall
 * and F1, and the confusion matrix.
 *
 * @param name the classifier ({@code "majority"}, {@code "camp-only"}, {@code "lexicon-only"},
 *     {@code "full model"})
 * @param accuracy share of correct labels
 * @param macroF1 unweighted mean of the three labels' F1
 * @param perLabel scores of every label
 * @param confusion counts indexed {@code [gold][predicted]} in {@link StanceLabel} order
 */
public record Evaluation(
    String name,
    double accuracy,
    double macroF1,
    Map<StanceLabel, LabelScores> perLabel,
    List<List<Integer>> confusion) {

  /**
   * Scores of one label.
   *
   * @param precision share of the predicted label that was right (0 when never predicted)
   * @param recall share of the gold label that was found
   * @param f1 harmonic mean of precision and recall
   * @param support gold examples with the label
   */
  public record LabelScores(double precision, double recall, double f1, int support) {}

  public Evaluation {
    Objects.requireNonNull(name, "name");
    perLabel = Map.copyOf(perLabel);
    confusion = confusion.stream().map(List::copyOf).toList();
  }

  /** Scores {@code predicted} against {@code gold} (same length, same order). */
  public static Evaluation of(String name, List<StanceLabel> gold, List<StanceLabel> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in length");
    }
    StanceLabel[] labels = StanceLabel.values();
    int[][] matrix = new int[labels.length][labels.length];
    int correct = 0;
    for (int i = 0; i < gold.size(); i++) {
      matrix[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
      correct += gold.get(i) == predicted.get(i) ? 1 : 0;
    }
    Map<StanceLabel, LabelScores> perLabel = new EnumMap<>(StanceLabel.class);
    double f1Sum = 0;
    for (StanceLabel label : labels) {
      int k = label.ordinal();
      int predictedCount = 0;
      int goldCount = 0;
      for (int j = 0; j < labels.length; j++) {
        predictedCount += matrix[j][k];
        goldCount += matrix[k][j];
      }
      double precision = predictedCount == 0 ? 0 : matrix[k][k] / (double) predictedCount;
      double recall = goldCount == 0 ? 0 : matrix[k][k] / (double) goldCount;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      perLabel.put(label, new LabelScores(precision, recall, f1, goldCount));
      f1Sum += f1;
    }
    List<List<Integer>> confusion = new ArrayList<>();
    for (int[] row : matrix) {
      confusion.add(java.util.Arrays.stream(row).boxed().toList());
    }
    double accuracy = gold.isEmpty() ? 0 : correct / (double) gold.size();
    return new Evaluation(name, accuracy, f1Sum / labels.length, perLabel, confusion);
  }
}
