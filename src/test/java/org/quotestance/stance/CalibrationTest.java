package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  @Test
  void overConfidentScoresGetATemperatureAboveOne() {
    // the model says 10:0:0 every time but is right only 60% of the time
    List<double[]> scores = new ArrayList<>();
    int[] gold = new int[10];
    for (int i = 0; i < 10; i++) {
      scores.add(new double[] {10, 0, 0});
      gold[i] = i < 6 ? 0 : 1;
    }
    double t = Temperature.fit(scores, gold);
    assertTrue(t > 1, "temperature " + t);
    assertTrue(Temperature.logLoss(scores, gold, t) < Temperature.logLoss(scores, gold, 1));
  }

  @Test
  void underConfidentScoresGetATemperatureBelowOne() {
    List<double[]> scores = new ArrayList<>();
    int[] gold = new int[10];
    for (int i = 0; i < 10; i++) {
      scores.add(new double[] {0.5, 0, 0});
    }
    assertTrue(Temperature.fit(scores, gold) < 1);
  }

  @Test
  void tableBinsConfidenceAndComparesItWithAccuracy() {
    double[] confidence = {0.34, 0.55, 0.58, 0.95, 1.0};
    boolean[] correct = {false, true, false, true, true};
    CalibrationTable table = CalibrationTable.of(confidence, correct);
    assertEquals(6, table.bins().size());
    CalibrationTable.Bin low = table.bins().get(0);
    assertEquals(1, low.count());
    assertEquals(0.0, low.accuracy());
    CalibrationTable.Bin fifty = table.bins().get(1);
    assertEquals(2, fifty.count());
    assertEquals(0.565, fifty.meanConfidence(), 1e-9);
    assertEquals(0.5, fifty.accuracy());
    CalibrationTable.Bin top = table.bins().get(5);
    assertEquals(2, top.count(), "1.0 falls in the last bin");
    assertEquals(0, table.bins().get(3).count());
    double ece = (1 * 0.34 + 2 * 0.065 + 2 * 0.025) / 5;
    assertEquals(ece, table.expectedError(), 1e-9);
  }
}
