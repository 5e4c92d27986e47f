package org.quotestance.stance;

/**
 * How strongly the stance classifier's weights are pulled toward zero during training.
 *
 * @param l2 L2 penalty on every weight (biases are free), added to the mean log-loss
 * @param wordFactor the penalty on {@code w:} word features is {@code l2 * wordFactor} (1: words are
 *     penalised like every other feature)
 * @param minWordCount a {@code w:} feature enters the vocabulary only if at least that many
 *     training examples have it
 */
public record Regularisation(double l2, double wordFactor, int minWordCount) {
  /**
   * The settings {@link StanceTrainer#train(java.nio.file.Path)} uses, chosen on quotes the model
   * had not seen; the measurements are in {@code stance-train.README.md} (batch 17). Temperature
   * scaling keeps the probabilities calibrated.
   */
  public static final Regularisation DEFAULT = new Regularisation(0.001, 1.0, 2);

  public Regularisation {
    if (!(l2 >= 0) || !(wordFactor >= 0) || minWordCount < 1) {
      throw new IllegalArgumentException(
          "regularisation needs l2 >= 0, wordFactor >= 0, minWordCount >= 1: "
              + l2
              + ", "
              + wordFactor
              + ", "
              + minWordCount);
    }
  }
}
