package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static final BenchReport.SystemRun BASELINE =
      new BenchReport.SystemRun(
          "CoreNLP",
          "6g",
          1,
          40,
          30_000,
          25,
          100,
          130,
          OptionalDouble.of(140),
          OptionalDouble.empty(),
          OptionalLong.of(6_000_000));
  private static final BenchReport.SystemRun FIRST =
      new BenchReport.SystemRun(
          "Quotestance",
          "2g",
          2,
          200,
          160_000,
          4,
          16,
          24,
          OptionalDouble.of(30),
          OptionalDouble.of(4.5),
          OptionalLong.of(600 * 1024));
  private static final BenchReport.SystemRun RERUN =
      new BenchReport.SystemRun(
          "Quotestance re-run",
          "2g",
          2,
          200,
          160_000,
          0,
          2,
          4,
          OptionalDouble.of(6),
          OptionalDouble.of(1.5),
          OptionalLong.of(200 * 1024));

  private final BenchReport report =
      new BenchReport(
          new JsonObject(),
          Optional.of(BASELINE),
          FIRST,
          RERUN,
          false,
          List.of(
              new BenchReport.Accuracy(
                  "dev/gold.json", "Quotestance", 0.9, 0.8, 0.847, 0.75, 100, 80, 9)));

  @Test
  void comparesSpeedsWithoutModelLoading() {
    assertEquals((160_000 / 16.0) / (30_000 / 100.0), report.steadyRatio(), 1e-9);
    assertEquals((160_000 / 24.0) / (30_000 / 100.0), report.processRatio(), 1e-9);
  }

  @Test
  void comparesTokensPerCpuSecondOfWholeProcesses() {
    assertEquals((160_000 / 30.0) / (30_000 / 140.0), report.cpuRatio(), 1e-9);
  }

  @Test
  void comparesTheCachedReRunWholeAndInsideTheProcess() {
    assertEquals(6.0, report.rerunProcessRatio(), 1e-9);
    assertEquals(10.0, report.rerunInProcessRatio(), 1e-9);
  }

  @Test
  void marksWhichTargetsAreMet() {
    String table = report.table();

    assertTrue(table.contains("33.3x  (target >= 20x: met)"), table);
    assertTrue(table.contains("4.50 s  (target <= 5 s: met)"), table);
    assertTrue(table.contains("600 MB  (target <= 2 GB: met)"), table);
    assertTrue(table.contains("6.0x  (target >= 50x: NOT met)"), table);
    assertTrue(table.contains("CoreNLP loaded in the re-run: no"), table);
  }

  @Test
  void leavesRatiosOutWithoutABaseline() {
    BenchReport alone =
        new BenchReport(new JsonObject(), Optional.empty(), FIRST, RERUN, false, List.of());

    assertTrue(Double.isNaN(alone.steadyRatio()));
    assertTrue(
        alone
            .table()
            .lines()
            .anyMatch(l -> l.startsWith("speed ratio, analysis only") && l.endsWith(" -")),
        alone.table());
    JsonObject json = JsonParser.parseString(alone.json()).getAsJsonObject();
    assertTrue(!json.getAsJsonObject("ratios").has("speedSteady"));
    assertEquals(6.0, json.getAsJsonObject("ratios").get("rerunProcess").getAsDouble(), 1e-9);
    assertEquals(600, json.getAsJsonObject("quotestanceFirstRun").get("peakRssMb").getAsInt());
  }
}
