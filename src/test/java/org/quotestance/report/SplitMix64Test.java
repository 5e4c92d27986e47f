package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitMix64Test {
  @Test
  void matchesReferenceSequence() {
    // Reference outputs of Vigna's splitmix64.c for seed 1234567.
    SplitMix64 random = new SplitMix64(1234567);
    assertEquals(6457827717110365317L, random.nextLong());
    assertEquals(3203168211198807973L, random.nextLong());
    assertEquals(-8629252141511181193L, random.nextLong());
  }

  @Test
  void boundedIntsAreInRangeAndRoughlyUniform() {
    SplitMix64 random = new SplitMix64(42);
    int[] counts = new int[7];
    for (int i = 0; i < 70_000; i++) {
      counts[random.nextInt(7)]++;
    }
    for (int c : counts) {
      assertTrue(Math.abs(c - 10_000) < 400, java.util.Arrays.toString(counts));
    }
  }
}
