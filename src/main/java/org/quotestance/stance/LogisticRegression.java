package org.quotestance.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quotestance.model.StanceLabel;

/**
 * Multinomial logistic regression over named features, one weight per feature and label plus a bias
 * per label, trained by L-BFGS on mean log-loss with an L2 penalty. Training is deterministic: the
 * vocabulary is sorted and nothing is random. Immutable once built.
 */
final class LogisticRegression {
  static final int MAX_ITERATIONS = 1000;
  static final double TOLERANCE = 1e-7;
  private static final StanceLabel[] LABELS = StanceLabel.values();

  private final Map<String, Integer> index;
  private final List<String> vocabulary;
  private final double[][] weights;
  private final double[] bias;
  private final int iterations;

  LogisticRegression(List<String> vocabulary, double[][] weights, double[] bias, int iterations) {
    this.vocabulary = List.copyOf(vocabulary);
    this.index = new HashMap<>();
    for (int i = 0; i < this.vocabulary.size(); i++) {
      index.put(this.vocabulary.get(i), i);
    }
    this.weights = new double[LABELS.length][];
    for (int k = 0; k < LABELS.length; k++) {
      if (weights[k].length != vocabulary.size()) {
        throw new IllegalArgumentException("weights do not match the vocabulary");
      }
      this.weights[k] = weights[k].clone();
    }
    this.bias = bias.clone();
    this.iterations = iterations;
  }

  /** Trains on {@code examples} (feature maps) with gold {@code labels}. */
  static LogisticRegression train(
      List<Map<String, Double>> examples, List<StanceLabel> labels, Regularisation settings) {
    List<String> vocabulary = vocabulary(examples, settings.minWordCount());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      index.put(vocabulary.get(i), i);
    }
    int d = vocabulary.size();
    double[] penalty = new double[d];
    for (int j = 0; j < d; j++) {
      boolean word = vocabulary.get(j).startsWith(FeatureExtractor.WORD);
      penalty[j] = settings.l2() * (word ? settings.wordFactor() : 1.0);
    }
    List<int[]> rows = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    for (Map<String, Double> example : examples) {
      List<Integer> is = new ArrayList<>();
      List<Double> vs = new ArrayList<>();
      example.forEach(
          (name, value) -> {
            Integer i = index.get(name);
            if (i != null) {
              is.add(i);
              vs.add(value);
            }
          });
      rows.add(is.stream().mapToInt(Integer::intValue).toArray());
      values.add(vs.stream().mapToDouble(Double::doubleValue).toArray());
    }
    int[] gold = labels.stream().mapToInt(StanceLabel::ordinal).toArray();
    Lbfgs.Objective loss = (theta, gradient) -> loss(theta, gradient, rows, values, gold, penalty);
    Lbfgs.Result result =
        Lbfgs.minimize(loss, new double[LABELS.length * (d + 1)], MAX_ITERATIONS, TOLERANCE);
    double[][] weights = new double[LABELS.length][d];
    double[] bias = new double[LABELS.length];
    for (int k = 0; k < LABELS.length; k++) {
      System.arraycopy(result.x(), k * (d + 1), weights[k], 0, d);
      bias[k] = result.x()[k * (d + 1) + d];
    }
    return new LogisticRegression(vocabulary, weights, bias, result.iterations());
  }

  /**
   * Raw scores (logits), one per label in {@link StanceLabel} order; unknown features are ignored.
   */
  double[] scores(Map<String, Double> features) {
    double[] z = bias.clone();
    features.forEach(
        (name, value) -> {
          Integer j = index.get(name);
          if (j != null) {
            for (int k = 0; k < z.length; k++) {
              z[k] += weights[k][j] * value;
            }
          }
        });
    return z;
  }

  /** The weight of {@code feature} for {@code label}; 0 for a feature outside the vocabulary. */
  double weight(String feature, StanceLabel label) {
    Integer j = index.get(feature);
    return j == null ? 0 : weights[label.ordinal()][j];
  }

  double bias(StanceLabel label) {
    return bias[label.ordinal()];
  }

  /** The features the model knows, sorted. */
  List<String> vocabulary() {
    return vocabulary;
  }

  int iterations() {
    return iterations;
  }

  /** Softmax of {@code scores / temperature}. */
  static double[] softmax(double[] scores, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (double z : scores) {
      max = Math.max(max, z / temperature);
    }
    double[] p = new double[scores.length];
    double sum = 0;
    for (int k = 0; k < scores.length; k++) {
      p[k] = Math.exp(scores[k] / temperature - max);
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  private static List<String> vocabulary(List<Map<String, Double>> examples, int minWordCount) {
    Map<String, Integer> documentFrequency = new TreeMap<>();
    for (Map<String, Double> example : examples) {
      example.keySet().forEach(name -> documentFrequency.merge(name, 1, Integer::sum));
    }
    TreeSet<String> kept = new TreeSet<>();
    documentFrequency.forEach(
        (name, count) -> {
          if (!name.startsWith(FeatureExtractor.WORD) || count >= minWordCount) {
            kept.add(name);
          }
        });
    return List.copyOf(kept);
  }

  /** Mean log-loss plus the L2 penalty; writes the gradient. */
  private static double loss(
      double[] theta,
      double[] gradient,
      List<int[]> rows,
      List<double[]> values,
      int[] gold,
      double[] penalty) {
    int d = penalty.length;
    int width = d + 1;
    java.util.Arrays.fill(gradient, 0);
    double total = 0;
    double[] z = new double[LABELS.length];
    for (int n = 0; n < rows.size(); n++) {
      int[] row = rows.get(n);
      double[] value = values.get(n);
      for (int k = 0; k < z.length; k++) {
        double sum = theta[k * width + d];
        for (int t = 0; t < row.length; t++) {
          sum += theta[k * width + row[t]] * value[t];
        }
        z[k] = sum;
      }
      double[] p = softmax(z, 1.0);
      total -= Math.log(Math.max(p[gold[n]], 1e-300));
      for (int k = 0; k < z.length; k++) {
        double error = p[k] - (k == gold[n] ? 1 : 0);
        gradient[k * width + d] += error;
        for (int t = 0; t < row.length; t++) {
          gradient[k * width + row[t]] += error * value[t];
        }
      }
    }
    double count = Math.max(1, rows.size());
    double objective = total / count;
    for (int i = 0; i < gradient.length; i++) {
      gradient[i] /= count;
    }
    for (int k = 0; k < LABELS.length; k++) {
      for (int j = 0; j < d; j++) {
        double w = theta[k * width + j];
        objective += 0.5 * penalty[j] * w * w;
        gradient[k * width + j] += penalty[j] * w;
      }
    }
    return objective;
  }
}
