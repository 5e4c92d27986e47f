package org.quotestance.stance;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotestance.model.StanceLabel;

/**
 * Stratified k-fold cross-validation of the full model and the baselines on the same folds, with
 * temperature scaling fitted on the full model's out-of-fold scores.
 *
 * @param evaluations majority, camp-only, lexicon-only and the full model, in that order
 * @param temperature the fitted calibration temperature
 * @param logLossBefore out-of-fold log-loss of the full model at temperature 1
 * @param logLossAfter out-of-fold log-loss at the fitted temperature
 * @param calibration the reliability table of the calibrated out-of-fold predictions
 */
record CrossValidation(
    List<Evaluation> evaluations,
    double temperature,
    double logLossBefore,
    double logLossAfter,
    CalibrationTable calibration) {

  static final String MAJORITY = "majority";
  static final String CAMP_ONLY = "camp-only";
  static final String LEXICON_ONLY = "lexicon-only";
  static final String FULL = "full model";

  CrossValidation {
    evaluations = List.copyOf(evaluations);
  }

  static CrossValidation run(
      StanceDomain domain,
      List<TrainingExample> examples,
      List<Features> features,
      Regularisation regularisation,
      int folds,
      long seed) {
    int n = examples.size();
    List<StanceLabel> gold = examples.stream().map(TrainingExample::label).toList();
    int[] fold = StanceTrainer.stratifiedFolds(gold, folds, seed);
    StanceLabel[] majority = new StanceLabel[n];
    StanceLabel[] campOnly = new StanceLabel[n];
    StanceLabel[] lexiconOnly = new StanceLabel[n];
    double[][] scores = new double[n][];
    for (int k = 0; k < folds; k++) {
      List<Map<String, Double>> trainX = new ArrayList<>();
      List<StanceLabel> trainY = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (fold[i] != k) {
          trainX.add(features.get(i).values());
          trainY.add(gold.get(i));
        }
      }
      StanceLabel foldMajority = StanceTrainer.majority(trainY);
      LogisticRegression model = LogisticRegression.train(trainX, trainY, regularisation);
      for (int i = 0; i < n; i++) {
        if (fold[i] == k) {
          majority[i] = foldMajority;
          campOnly[i] =
              Baselines.campSide(domain, examples.get(i).input().camp()).orElse(foldMajority);
          lexiconOnly[i] = Baselines.lexiconLabel(features.get(i).lexiconScores());
          scores[i] = model.scores(features.get(i).values());
        }
      }
    }
    int[] goldIndex = gold.stream().mapToInt(StanceLabel::ordinal).toArray();
    List<double[]> scoreList = List.of(scores);
    double temperature = Temperature.fit(scoreList, goldIndex);
    List<StanceLabel> full = new ArrayList<>();
    double[] confidence = new double[n];
    boolean[] correct = new boolean[n];
    for (int i = 0; i < n; i++) {
      double[] p = LogisticRegression.softmax(scores[i], temperature);
      int best = argmax(p);
      full.add(StanceLabel.values()[best]);
      confidence[i] = p[best];
      correct[i] = best == goldIndex[i];
    }
    List<Evaluation> evaluations =
        List.of(
            Evaluation.of(MAJORITY, gold, List.of(majority)),
            Evaluation.of(CAMP_ONLY, gold, List.of(campOnly)),
            Evaluation.of(LEXICON_ONLY, gold, List.of(lexiconOnly)),
            Evaluation.of(FULL, gold, full));
    return new CrossValidation(
        evaluations,
        temperature,
        Temperature.logLoss(scoreList, goldIndex, 1.0),
        Temperature.logLoss(scoreList, goldIndex, temperature),
        CalibrationTable.of(confidence, correct));
  }

  /** Accuracy and macro-F1 of every classifier, for the model file. */
  JsonObject summaryJson() {
    JsonObject summary = new JsonObject();
    for (Evaluation evaluation : evaluations) {
      JsonObject scores = new JsonObject();
      scores.addProperty("accuracy", round(evaluation.accuracy()));
      scores.addProperty("macroF1", round(evaluation.macroF1()));
      summary.add(evaluation.name(), scores);
    }
    summary.addProperty("logLossBefore", round(logLossBefore));
    summary.addProperty("logLossAfter", round(logLossAfter));
    summary.addProperty("expectedCalibrationError", round(calibration.expectedError()));
    return summary;
  }

  static int argmax(double[] values) {
    int best = 0;
    for (int k = 1; k < values.length; k++) {
      if (values[k] > values[best]) {
        best = k;
      }
    }
    return best;
  }

  private static double round(double value) {
    return Math.round(value * 1e4) / 1e4;
  }
}
