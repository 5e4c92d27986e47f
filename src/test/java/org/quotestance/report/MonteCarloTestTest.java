package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonteCarloTestTest {
  @Test
  void approximatesExactPermutationPValue() {
    // Exact P(X² >= observed) under fixed margins is 0.0054775 (= two-sided Fisher for 2×2).
    MonteCarloTest.Result r = MonteCarloTest.test(new long[][] {{8, 2}, {1, 9}});
    assertEquals(9.8989898989899, r.statistic(), 1e-9);
    assertEquals(0.0054775, r.p(), 0.0025);
  }

  @Test
  void sameSeedGivesSameAnswer() {
    long[][] table = {{5, 1, 2}, {1, 4, 0}, {2, 2, 3}};
    assertEquals(MonteCarloTest.test(table).p(), MonteCarloTest.test(table).p());
  }

  @Test
  void agreesWithChiSquareWhenCountsAreLarge() {
    long[][] table = {{20, 5, 10}, {8, 15, 7}, {4, 6, 12}};
    double asymptotic = ChiSquare.test(table).p();
    double simulated = MonteCarloTest.test(table).p();
    assertEquals(asymptotic, simulated, 0.002);
  }

  @Test
  void independentTableIsNotSignificant() {
    assertTrue(MonteCarloTest.test(new long[][] {{5, 5}, {5, 5}}).p() > 0.9);
  }
}
