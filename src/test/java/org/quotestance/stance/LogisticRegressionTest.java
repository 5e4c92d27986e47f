package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quotestance.model.StanceLabel;

class LogisticRegressionTest {
  private static final Regularisation SETTINGS = new Regularisation(0.01, 4, 2);

  /** Three labels, each signalled by its own feature, plus a word seen once. */
  private static List<Map<String, Double>> examples() {
    List<Map<String, Double>> xs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      xs.add(new TreeMap<>(Map.of("cue:g", 1.0, "w:x", 1.0)));
      xs.add(new TreeMap<>(Map.of("cue:m", 1.0, "w:x", 1.0)));
      xs.add(new TreeMap<>(Map.of("cue:n", 1.0)));
    }
    xs.get(0).put("w:once", 1.0);
    return xs;
  }

  private static List<StanceLabel> labels() {
    List<StanceLabel> ys = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ys.addAll(List.of(StanceLabel.PRO_GUAIDO, StanceLabel.PRO_MADURO, StanceLabel.NEUTRAL));
    }
    return ys;
  }

  @Test
  void learnsSeparableLabelsAndGivesProbabilitiesThatSumToOne() {
    LogisticRegression model = LogisticRegression.train(examples(), labels(), SETTINGS);
    double[] p = LogisticRegression.softmax(model.scores(Map.of("cue:m", 1.0)), 1.0);
    assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
    assertTrue(p[StanceLabel.PRO_MADURO.ordinal()] > 0.8);
    assertTrue(model.weight("cue:g", StanceLabel.PRO_GUAIDO) > 0);
  }

  @Test
  void rareWordsStayOutOfTheVocabularyButOtherFeaturesDoNot() {
    LogisticRegression model = LogisticRegression.train(examples(), labels(), SETTINGS);
    assertEquals(List.of("cue:g", "cue:m", "cue:n", "w:x"), model.vocabulary());
    assertFalse(model.vocabulary().contains("w:once"));
    assertEquals(0.0, model.weight("w:once", StanceLabel.PRO_GUAIDO));
  }

  @Test
  void trainingIsDeterministic() {
    LogisticRegression a = LogisticRegression.train(examples(), labels(), SETTINGS);
    LogisticRegression b = LogisticRegression.train(examples(), labels(), SETTINGS);
    Map<String, Double> x = Map.of("cue:g", 1.0, "w:x", 1.0);
    assertArrayEquals(a.scores(x), b.scores(x));
  }

  @Test
  void temperatureSoftensAndSharpens() {
    double[] z = {2, 0, -1};
    double sharp = LogisticRegression.softmax(z, 0.5)[0];
    double plain = LogisticRegression.softmax(z, 1)[0];
    double soft = LogisticRegression.softmax(z, 2)[0];
    assertTrue(sharp > plain && plain > soft);
  }
}
