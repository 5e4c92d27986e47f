package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {
  @TempDir Path temp;

  private static String quote(String id, String label, String continues) {
    return "{\"id\":\""
        + id
        + "\",\"text\":\"t\",\"kind\":\"direct\",\"continues\":"
        + (continues == null ? "null" : "\"" + continues + "\"")
        + ",\"speaker\":{\"name\":\"Ana Ruiz\",\"type\":\"person\"},\"stance\":{\"label\":\""
        + label
        + "\",\"confidence\":0.8}}";
  }

  private void article(String id, String outlet, String... quotes) throws IOException {
    Files.createDirectories(temp.resolve("articles"));
    String outletField = outlet == null ? "" : "\"outlet\":\"" + outlet + "\",";
    Files.writeString(
        temp.resolve("articles/" + id + ".json"),
        "{\"id\":\"" + id + "\"," + outletField + "\"quotes\":[" + String.join(",", quotes) + "]}");
  }

  @Test
  void countsAQuotationSplitOverParagraphsOnce() throws IOException {
    article(
        "a1",
        "Daily",
        quote("q1", "pro-Guaidó", null),
        quote("q2", "pro-Guaidó", "q1"),
        quote("q3", "pro-Maduro", "q2"),
        quote("q4", "neutral-procedural", null));
    Analysis analysis = Analysis.of(OutputFolder.read(temp));
    assertEquals(2, analysis.total().quotes());
    assertEquals(1, analysis.total().stance()[0]);
    assertEquals(0, analysis.total().stance()[1]);
    assertEquals(2, analysis.speakers().get(0).total());
  }

  @Test
  void leavesArticlesWithoutAnOutletOutOfTheOutletTest() throws IOException {
    article("a1", "Daily", quote("q1", "pro-Guaidó", null), quote("q2", "pro-Maduro", null));
    article("a2", "Weekly", quote("q1", "pro-Maduro", null), quote("q2", "pro-Maduro", null));
    article("a3", "unknown", quote("q1", "neutral-procedural", null)); // as analyze writes it
    article("a4", null, quote("q1", "neutral-procedural", null));
    Analysis analysis = Analysis.of(OutputFolder.read(temp));
    assertEquals(6, analysis.total().quotes());
    assertEquals(4, analysis.test().chiSquare().n());
    assertTrue(
        analysis.test().warnings().stream().anyMatch(w -> w.contains("2 quotes from articles with no outlet")),
        analysis.test().warnings().toString());
  }

  @Test
  void judgesTheSampleSizeOnTheQuotesTheTestUses() throws IOException {
    String[] balanced = new String[12];
    for (int i = 0; i < 12; i++) {
      String label = i % 3 == 0 ? "pro-Guaidó" : i % 3 == 1 ? "pro-Maduro" : "neutral-procedural";
      balanced[i] = quote("q" + (i + 1), label, null);
    }
    article("a1", "Daily", balanced);
    article("a2", "Weekly", balanced);
    // 40 quotes without an outlet lift the corpus past 30, but the test has only 24
    String[] loose = new String[40];
    for (int i = 0; i < 40; i++) {
      loose[i] = quote("q" + (i + 1), "neutral-procedural", null);
    }
    article("a3", null, loose);
    Analysis analysis = Analysis.of(OutputFolder.read(temp));
    assertEquals(64, analysis.total().quotes());
    assertTrue(analysis.test().small());
    assertTrue(
        analysis.test().warnings().stream().anyMatch(w -> w.contains("The test has only 24 quotes")),
        analysis.test().warnings().toString());
  }
}
