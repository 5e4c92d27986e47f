package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WilsonTest {
  @Test
  void eightOfTenGivesTextbookInterval() {
    Interval ci = Wilson.interval95(8, 10);
    assertEquals(0.490, ci.low(), 5e-4);
    assertEquals(0.943, ci.high(), 5e-4);
  }

  @Test
  void matchesReferenceForLargerSample() {
    Interval ci = Wilson.interval95(37, 120);
    assertEquals(0.2327274, ci.low(), 1e-6);
    assertEquals(0.3958300, ci.high(), 1e-6);
  }

  @Test
  void zeroAndAllStayInsideUnitInterval() {
    assertEquals(0.0, Wilson.interval95(0, 10).low());
    assertEquals(0.2775328, Wilson.interval95(0, 10).high(), 1e-6);
    assertEquals(0.7224672, Wilson.interval95(10, 10).low(), 1e-6);
    assertEquals(1.0, Wilson.interval95(10, 10).high());
  }

  @Test
  void emptySampleIsUninformative() {
    assertEquals(new Interval(0, 1), Wilson.interval95(0, 0));
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> Wilson.interval95(11, 10));
    assertThrows(IllegalArgumentException.class, () -> Wilson.interval95(-1, 10));
  }
}
