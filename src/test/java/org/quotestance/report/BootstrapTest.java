package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootstrapTest {
  @Test
  void intervalContainsMeanAndIsReproducible() {
    double[] shares = {0, 0.25, 0.5, 0.5, 1, 0.75, 0.2, 0.4};
    Interval a = Bootstrap.meanInterval95(shares);
    Interval b = Bootstrap.meanInterval95(shares);
    assertEquals(a, b);
    assertTrue(a.low() < 0.45 && 0.45 < a.high(), a.toString());
    assertTrue(a.low() >= 0 && a.high() <= 1);
  }

  @Test
  void singleValueHasZeroWidth() {
    assertEquals(new Interval(0.3, 0.3), Bootstrap.meanInterval95(new double[] {0.3}));
  }
}
