package org.quotestance.stance;

/**
 * How strongly the stance classifier's weights are pulled toward zero during training.
 *
 * @param l2 L2 penalty on every weight (biases are free), added to the mean log-loss
 * @param wordFactor the penalty on {@code w:} word features is {@code l2 * wordFactor}, so style
 *     words cannot outweigh the domain's cues
 * @param minWordCount a {@code w:} feature enters the vocabulary only if at least that many
 *     training examples have it
 */
public record Regularisation(double l2, double wordFactor, int minWordCount) {
  /** The settings {@link StanceTrainer#train(java.nio.file.Path)} uses. */
  public static final Regularisation DEFAULT = new Regularisation(0.01, 4.0, 2);

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
