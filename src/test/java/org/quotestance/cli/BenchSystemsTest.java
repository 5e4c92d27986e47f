package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchSystemsTest {
  @Test
  void childrenGetTheLaunchersOptionsWithoutAnInitialHeapAboveTheirLimit() {
    assertEquals(BenchSystems.LAUNCHER_OPTIONS, BenchSystems.options("2g"));
    assertEquals(BenchSystems.LAUNCHER_OPTIONS, BenchSystems.options("1024m"));
    assertFalse(BenchSystems.options("512m").contains("-Xms1g"), "-Xms1g with -Xmx512m would not start");
    assertTrue(BenchSystems.options("512m").contains("-XX:TieredStopAtLevel=1"));
  }
}
