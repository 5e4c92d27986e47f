package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogOddsTest {
  private static final Map<String, Integer> FOCUS =
      Map.of("regime", 10, "government", 2, "interim president", 5);
  private static final Map<String, Integer> REST =
      Map.of("regime", 5, "government", 20, "interim president", 8);

  @Test
  void matchesHandComputedMonroeScores() {
    Map<String, Double> prior =
        LogOdds.informativePrior(
            Map.of("regime", 15, "government", 22, "interim president", 13), 1);
    List<LogOdds.Score> scores = LogOdds.compare(FOCUS, REST, prior);

    assertEquals(
        List.of("regime", "interim president", "government"),
        scores.stream().map(LogOdds.Score::term).toList());
    LogOdds.Score regime = scores.get(0);
    assertEquals(0.6286086594223742, regime.delta(), 1e-12);
    assertEquals(0.09, regime.variance(), 1e-12);
    assertEquals(2.095362198074581, regime.z(), 1e-12);
    assertEquals(-2.3731293689048245, scores.get(2).z(), 1e-12);
    assertEquals(0.2526817442356357, scores.get(1).z(), 1e-12);
  }

  @Test
  void termsWithoutPriorMassAreSkipped() {
    Map<String, Double> prior = LogOdds.informativePrior(Map.of("regime", 15, "coup", 0), 1);
    assertEquals(1, LogOdds.compare(Map.of("regime", 3), Map.of("regime", 12), prior).size());
  }
}
