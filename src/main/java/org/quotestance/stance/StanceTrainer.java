package org.quotestance.stance;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quotestance.InputException;
import org.quotestance.internal.Hashes;
import org.quotestance.model.StanceLabel;

/**
 * Trains the stance classifier of a domain folder. Reads {@code stance-train.tsv} and the stance
 * data files, measures the full model and three baselines (majority label, camp-only, lexicon-only)
 * by stratified 10-fold cross-validation with a fixed seed, fits the calibration temperature on the
 * out-of-fold scores, then trains on all examples and writes {@code stance-model.json} atomically.
 * Deterministic: the same files give the same report and the same model bytes. Throws {@link
 * InputException} for missing or malformed files.
 */
public final class StanceTrainer {
  /** Number of cross-validation folds. */
  public static final int FOLDS = 10;

  /** Seed of the fold assignment. */
  public static final long SEED = 2019L;

  private StanceTrainer() {}

  /** Trains with {@link Regularisation#DEFAULT}. */
  public static TrainingReport train(Path domainDir) {
    return train(domainDir, Regularisation.DEFAULT);
  }

  /** Trains with the given regularisation and writes {@code domainDir/stance-model.json}. */
  public static TrainingReport train(Path domainDir, Regularisation regularisation) {
    Objects.requireNonNull(domainDir, "domainDir");
    Objects.requireNonNull(regularisation, "regularisation");
    StanceDomain domain = StanceDomain.load(domainDir);
    Path trainFile = domainDir.resolve(TrainingExample.FILE);
    List<TrainingExample> examples = TrainingExample.read(trainFile);
    if (examples.size() < FOLDS) {
      throw new InputException(
          trainFile
              + ": "
              + examples.size()
              + " examples; cross-validation needs at least "
              + FOLDS);
    }
    FeatureExtractor extractor = new FeatureExtractor(domain);
    List<Map<String, Double>> features = new ArrayList<>();
    List<Features> extracted = new ArrayList<>();
    List<StanceLabel> gold = new ArrayList<>();
    for (TrainingExample example : examples) {
      Features f = extractor.extract(example.input());
      extracted.add(f);
      features.add(f.values());
      gold.add(example.label());
    }

    CrossValidation cv =
        CrossValidation.run(domain, examples, extracted, regularisation, FOLDS, SEED);
    LogisticRegression classifier = LogisticRegression.train(features, gold, regularisation);
    StanceLabel majority = majority(gold);

    SortedMap<String, String> inputs = new TreeMap<>(domain.hashes());
    inputs.put(TrainingExample.FILE, Hashes.sha256(trainFile));
    Path modelFile = domainDir.resolve(ModelFile.NAME);
    Map<StanceLabel, Integer> labelCounts = counts(gold);
    ModelFile.write(
        modelFile,
        new ModelFile.Stored(classifier, cv.temperature(), regularisation, majority, inputs),
        countsJson(examples.size(), labelCounts, classifier),
        crossValidationJson(cv));
    return new TrainingReport(
        domainDir.toString(),
        modelFile.toString(),
        examples.size(),
        labelCounts,
        FOLDS,
        SEED,
        regularisation,
        classifier.vocabulary().size(),
        classifier.iterations(),
        cv.temperature(),
        cv.logLossBefore(),
        cv.logLossAfter(),
        cv.evaluations(),
        cv.calibration(),
        CueAudit.run(extracted, gold));
  }

  /** The most frequent label; on a tie the first in {@link StanceLabel} order. */
  static StanceLabel majority(List<StanceLabel> labels) {
    Map<StanceLabel, Integer> counts = counts(labels);
    StanceLabel best = StanceLabel.values()[0];
    for (StanceLabel label : StanceLabel.values()) {
      if (counts.get(label) > counts.get(best)) {
        best = label;
      }
    }
    return best;
  }

  private static Map<StanceLabel, Integer> counts(List<StanceLabel> labels) {
    Map<StanceLabel, Integer> counts = new EnumMap<>(StanceLabel.class);
    for (StanceLabel label : StanceLabel.values()) {
      counts.put(label, 0);
    }
    labels.forEach(label -> counts.merge(label, 1, Integer::sum));
    return counts;
  }

  private static JsonObject countsJson(
      int examples, Map<StanceLabel, Integer> labelCounts, LogisticRegression classifier) {
    JsonObject counts = new JsonObject();
    counts.addProperty("examples", examples);
    JsonObject perLabel = new JsonObject();
    labelCounts.forEach((label, count) -> perLabel.addProperty(label.label(), count));
    counts.add("perLabel", perLabel);
    counts.addProperty("features", classifier.vocabulary().size());
    counts.addProperty("iterations", classifier.iterations());
    return counts;
  }

  private static JsonObject crossValidationJson(CrossValidation cv) {
    JsonObject json = new JsonObject();
    json.addProperty("folds", FOLDS);
    json.addProperty("seed", SEED);
    cv.summaryJson().entrySet().forEach(entry -> json.add(entry.getKey(), entry.getValue()));
    return json;
  }

  /**
   * Assigns examples to folds: each label's examples shuffled with {@code seed}, dealt round-robin.
   */
  static int[] stratifiedFolds(List<StanceLabel> labels, int folds, long seed) {
    int[] fold = new int[labels.size()];
    Random random = new Random(seed);
    int next = 0;
    for (StanceLabel label : StanceLabel.values()) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        if (labels.get(i) == label) {
          members.add(i);
        }
      }
      java.util.Collections.shuffle(members, random);
      for (int member : members) {
        fold[member] = next;
        next = (next + 1) % folds;
      }
    }
    return fold;
  }
}
