package org.quotestance.stance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quotestance.InputException;
import org.quotestance.model.Evidence;
import org.quotestance.model.Stance;
import org.quotestance.model.StanceLabel;

/**
 * The trained stance classifier of one domain folder, with the two baselines it is measured
 * against. {@link #load} reads the domain's stance files and {@code stance-model.json}; {@link
 * #classify} returns a calibrated {@link Stance} whose evidence points at the words behind it. The
 * lexicon is read at load time, so editing a cue's weight changes the {@code lex:} scores and the
 * lexicon-only baseline without retraining (the trained {@code cue:} weights stay). Immutable and
 * thread-safe.
 */
public final class StanceModel {
  /** At most this many evidence items per stance. */
  public static final int MAX_EVIDENCE = 8;

  /** Evidence whose contribution is smaller than this is left out as noise. */
  public static final double MIN_EVIDENCE_WEIGHT = 0.05;

  /**
   * The domain files that only stance reads (not {@code actors.json}, which attribution reads too):
   * a change to them leaves quotes, speakers and terms as they were.
   */
  public static final Set<String> STANCE_ONLY_FILES = Set.of(CampPrior.FILE, StanceDomain.LEXICON,
      StanceDomain.NEGATORS, StanceDomain.TARGETS, StanceDomain.SENTIMENT, StanceDomain.FRAMES,
      TrainingExample.FILE, ModelFile.NAME);

  /** The frame reported for a neutral-procedural quote when no cue fired. */
  public static final String PROCEDURAL_FRAME = "procedural";

  private final FeatureExtractor extractor;
  private final ModelFile.Stored stored;
  private final double campPrior;
  /** Odds factor for neutral-procedural when a quote carries no signal about the conflict. */
  static final double NO_SIGNAL_PRIOR = 3.0;

  private StanceModel(FeatureExtractor extractor, ModelFile.Stored stored, double campPrior) {
    this.campPrior = campPrior;
    this.extractor = extractor;
    this.stored = stored;
  }

  /**
   * Loads the stance data and trained model of {@code domainDir}. Throws {@link InputException}
   * when a file is missing or malformed (naming the file, and the line for tab-separated files), in
   * particular when the model has not been trained yet.
   */
  public static StanceModel load(Path domainDir) {
    Objects.requireNonNull(domainDir, "domainDir");
    StanceDomain domain = StanceDomain.load(domainDir);
    return new StanceModel(new FeatureExtractor(domain), ModelFile.read(domainDir), CampPrior.read(domainDir));
  }

  /**
   * The stance of one quotation by the trained model. Probabilities are the softmax of the model's
   * scores divided by the calibration temperature. Evidence lists the features with the largest
   * positive contribution (weight times value) to the chosen label's score, at most {@link
   * #MAX_EVIDENCE} and none below {@link #MIN_EVIDENCE_WEIGHT}, each with its trigger words and
   * their article offsets. Frames are those of the lexicon cues that fired in the quote or its
   * reporting sentence, strongest cue first; {@code ["procedural"]} for a neutral-procedural quote
   * where none fired.
   */
  public Stance classify(StanceInput input) {
    Objects.requireNonNull(input, "input");
    Features features = extractor.extract(input);
    LogisticRegression classifier = stored.classifier();
    double[] p =
        LogisticRegression.softmax(classifier.scores(features.values()), stored.temperature());
    Optional<StanceLabel> side = Baselines.campSide(extractor.domain(), input.camp());
    boolean shifted = side.isPresent() && campPrior != 1.0;
    if (shifted) {
      p = CampPrior.apply(p, side.get().ordinal(), campPrior);
    }
    boolean silent = side.isEmpty() && !hasDomainSignal(features);
    if (silent) {
      // Nothing about the conflict fired and the speaker has no camp: the quote takes no side.
      p = CampPrior.apply(p, StanceLabel.NEUTRAL.ordinal(), NO_SIGNAL_PRIOR);
    }
    StanceLabel label = StanceLabel.values()[LogisticRegression.argmax(p)];
    List<Evidence> evidence = new ArrayList<>();
    if (shifted && side.get() == label) {
      evidence.add(new Evidence("camp-prior:" + input.camp(), Math.log(campPrior), "", List.of()));
    }
    if (silent && label == StanceLabel.NEUTRAL) {
      evidence.add(new Evidence("no-domain-signal", Math.log(NO_SIGNAL_PRIOR), "", List.of()));
    }
    features
        .values()
        .forEach(
            (name, value) -> {
              double contribution = classifier.weight(name, label) * value;
              if (contribution >= MIN_EVIDENCE_WEIGHT) {
                evidence.add(evidence(features, name, contribution));
              }
            });
    evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
    return new Stance(
        label, p[label.ordinal()], probabilities(p), top(evidence), frames(features, label));
  }

  /**
   * The lexicon-only baseline: the label with the highest summed cue and target score (quote and,
   * for partial quotes, reporting sentence); neutral-procedural on a tie or when nothing fired. Its
   * probabilities are 1 for that label and 0 for the others: it is not calibrated.
   */
  public Stance lexiconOnly(StanceInput input) {
    Objects.requireNonNull(input, "input");
    Features features = extractor.extract(input);
    StanceLabel label = Baselines.lexiconLabel(features.lexiconScores());
    Map<String, Double> votes = new LinkedHashMap<>();
    for (Features.Vote vote : features.votes()) {
      if (vote.label() == label) {
        votes.merge(vote.feature(), vote.weight(), Double::sum);
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    votes.forEach((name, weight) -> evidence.add(evidence(features, name, weight)));
    evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
    return new Stance(label, 1.0, oneHot(label), top(evidence), frames(features, label));
  }

  /**
   * The camp-only baseline: the side of the speaker's camp in {@code actors.json}, or the training
   * set's majority label when the camp is unknown or has no side. Not calibrated.
   */
  public Stance campOnly(StanceInput input) {
    Objects.requireNonNull(input, "input");
    Optional<StanceLabel> side = Baselines.campSide(extractor.domain(), input.camp());
    StanceLabel label = side.orElse(stored.majority());
    List<Evidence> evidence =
        side.isPresent()
            ? List.of(new Evidence("camp:" + input.camp(), 1.0, "", List.of()))
            : List.of(new Evidence("majority:" + label.label(), 1.0, "", List.of()));
    return new Stance(label, 1.0, oneHot(label), evidence, List.of());
  }

  /**
   * Whether any feature about the conflict fired: a lexicon cue, a negated cue, sentiment aimed at
   * a target, or a scare quote, in the quote or its reporting sentence. Words, kind and camp alone
   * are not about the conflict.
   */
  private static boolean hasDomainSignal(Features features) {
    for (String name : features.values().keySet()) {
      String bare = name.startsWith(FeatureExtractor.CONTEXT) ? name.substring(FeatureExtractor.CONTEXT.length()) : name;
      if (bare.startsWith("cue:") || bare.startsWith("lex:") || bare.startsWith("neg") || bare.startsWith("tgt:")
          || bare.startsWith("scare:")) {
        return true;
      }
    }
    return false;
  }

  /** How much the speaker's camp's usual side is favoured over the training set's balance (domain.json). */
  public double campPrior() {
    return campPrior;
  }

  /** The most frequent label of the training set (the majority baseline). */
  public StanceLabel majorityLabel() {
    return stored.majority();
  }

  /** The calibration temperature the model was trained with. */
  public double temperature() {
    return stored.temperature();
  }

  /**
   * Domain files that changed since the model was trained (their SHA-256 differs from the one
   * recorded in the model), sorted. Not an error: lexicon edits take effect without retraining.
   */
  public List<String> changedSinceTraining() {
    List<String> changed = new ArrayList<>();
    extractor
        .domain()
        .hashes()
        .forEach(
            (name, hash) -> {
              if (!hash.equals(stored.inputs().get(name))) {
                changed.add(name);
              }
            });
    return List.copyOf(changed);
  }

  /** The features of {@code input}, for tests and diagnostics. */
  Features features(StanceInput input) {
    return extractor.extract(input);
  }

  private static Evidence evidence(Features features, String name, double weight) {
    Features.Trigger trigger = features.triggers().get(name);
    double rounded = Math.round(weight * 1e4) / 1e4;
    return trigger == null
        ? new Evidence(name, rounded, "", List.of())
        : new Evidence(name, rounded, trigger.text(), trigger.spans());
  }

  private static List<Evidence> top(List<Evidence> sorted) {
    return List.copyOf(sorted.subList(0, Math.min(MAX_EVIDENCE, sorted.size())));
  }

  /** Frames of the cues that fired, strongest cue first; "procedural" for a bare neutral quote. */
  private static List<String> frames(Features features, StanceLabel label) {
    List<String> frames =
        features.frames().entrySet().stream()
            .sorted(
                Map.Entry.<String, Double>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();
    if (frames.isEmpty() && label == StanceLabel.NEUTRAL) {
      return List.of(PROCEDURAL_FRAME);
    }
    return frames;
  }

  private static Map<StanceLabel, Double> probabilities(double[] p) {
    Map<StanceLabel, Double> map = new EnumMap<>(StanceLabel.class);
    for (StanceLabel label : StanceLabel.values()) {
      map.put(label, p[label.ordinal()]);
    }
    return map;
  }

  private static Map<StanceLabel, Double> oneHot(StanceLabel chosen) {
    Map<StanceLabel, Double> map = new EnumMap<>(StanceLabel.class);
    for (StanceLabel label : StanceLabel.values()) {
      map.put(label, label == chosen ? 1.0 : 0.0);
    }
    return map;
  }
}
