package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reference values from SciPy 1.17 ({@code gammaln}, {@code gammainc}, {@code gammaincc}). */
class GammaTest {
  @Test
  void logGammaMatchesKnownValues() {
    assertEquals(Math.log(24), Gamma.logGamma(5), 1e-12);
    assertEquals(0.5 * Math.log(Math.PI), Gamma.logGamma(0.5), 1e-12);
    assertEquals(1.0957979948180756, Gamma.logGamma(0.3), 1e-12);
    assertEquals(361.43554046777757, Gamma.logGamma(100.5), 1e-9);
  }

  @Test
  void regularisedGammaMatchesReference() {
    assertEquals(1 - Math.exp(-2.0), Gamma.regularizedP(1, 2), 1e-14);
    assertEquals(0.23863473215498604, Gamma.regularizedP(2.5, 1.3), 1e-12);
    assertEquals(0.9988975118698845, Gamma.regularizedQ(10, 3), 1e-12);
    assertEquals(2.5396285894708634e-10, Gamma.regularizedQ(0.5, 20), 1e-20);
  }

  @Test
  void lowerAndUpperAddToOne() {
    for (double x : new double[] {0.1, 1, 4.5, 12, 60}) {
      assertEquals(1, Gamma.regularizedP(3.5, x) + Gamma.regularizedQ(3.5, x), 1e-13);
    }
  }

  @Test
  void rejectsNonPositiveShape() {
    assertThrows(IllegalArgumentException.class, () -> Gamma.regularizedP(0, 1));
    assertThrows(IllegalArgumentException.class, () -> Gamma.logGamma(-1));
  }
}
