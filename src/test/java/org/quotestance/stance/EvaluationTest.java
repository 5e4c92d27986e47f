package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotestance.model.StanceLabel.NEUTRAL;
import static org.quotestance.model.StanceLabel.PRO_GUAIDO;
import static org.quotestance.model.StanceLabel.PRO_MADURO;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  @Test
  void scoresAccuracyPerLabelAndConfusion() {
    Evaluation e =
        Evaluation.of(
            "test",
            List.of(PRO_GUAIDO, PRO_GUAIDO, PRO_MADURO, NEUTRAL),
            List.of(PRO_GUAIDO, PRO_MADURO, PRO_MADURO, PRO_MADURO));
    assertEquals(0.5, e.accuracy());
    assertEquals(1.0, e.perLabel().get(PRO_GUAIDO).precision());
    assertEquals(0.5, e.perLabel().get(PRO_GUAIDO).recall());
    assertEquals(1.0 / 3, e.perLabel().get(PRO_MADURO).precision(), 1e-12);
    assertEquals(0.0, e.perLabel().get(NEUTRAL).f1());
    assertEquals(2, e.perLabel().get(PRO_GUAIDO).support());
    double f1Guaido = 2 * 1.0 * 0.5 / 1.5;
    double f1Maduro = 2 * (1.0 / 3) * 1.0 / (1.0 / 3 + 1.0);
    assertEquals((f1Guaido + f1Maduro) / 3, e.macroF1(), 1e-12);
    assertEquals(List.of(1, 1, 0), e.confusion().get(PRO_GUAIDO.ordinal()));
    assertEquals(List.of(0, 1, 0), e.confusion().get(NEUTRAL.ordinal()));
  }
}
