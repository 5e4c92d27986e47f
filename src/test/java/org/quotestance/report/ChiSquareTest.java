package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reference values from SciPy 1.17 {@code chi2_contingency(..., correction=False)}. */
class ChiSquareTest {
  @Test
  void criticalValuesGiveFivePercent() {
    assertEquals(0.05, ChiSquare.survival(3.841458820694124, 1), 1e-12);
    assertEquals(0.000856641210775301, ChiSquare.survival(30, 10), 1e-14);
    assertEquals(0.003973185970821635, ChiSquare.survival(200, 150), 1e-12);
  }

  @Test
  void twoByTwoTableMatchesReference() {
    ChiSquare.Result r = ChiSquare.test(new long[][] {{10, 20}, {30, 40}});
    assertEquals(0.7936507936507936, r.statistic(), 1e-12);
    assertEquals(1, r.df());
    assertEquals(0.37299848361348686, r.p(), 1e-12);
    assertEquals(0.0890870806374748, r.cramersV(), 1e-12);
    assertEquals(100, r.n());
  }

  @Test
  void threeByThreeTableMatchesReference() {
    ChiSquare.Result r = ChiSquare.test(new long[][] {{20, 5, 10}, {8, 15, 7}, {4, 6, 12}});
    assertEquals(17.918281718281722, r.statistic(), 1e-10);
    assertEquals(4, r.df());
    assertEquals(0.001280313831315457, r.p(), 1e-12);
    assertEquals(0.3209028366419304, r.cramersV(), 1e-12);
    assertEquals(6.574712643678161, r.minExpected(), 1e-12);
  }

  @Test
  void emptyRowsAndColumnsAreDropped() {
    ChiSquare.Result r = ChiSquare.test(new long[][] {{10, 0, 20}, {0, 0, 0}, {30, 0, 40}});
    assertEquals(1, r.df());
    assertEquals(0.37299848361348686, r.p(), 1e-12);
  }

  @Test
  void singleOutletIsNotTestable() {
    ChiSquare.Result r = ChiSquare.test(new long[][] {{3, 4, 5}});
    assertFalse(r.testable());
    assertEquals(1, r.p());
  }

  @Test
  void rejectsRaggedTables() {
    assertThrows(IllegalArgumentException.class, () -> ChiSquare.test(new long[][] {{1, 2}, {3}}));
  }
}
