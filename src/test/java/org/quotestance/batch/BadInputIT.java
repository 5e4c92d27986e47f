package org.quotestance.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch with unreadable files analyses the rest, lists the bad ones as failed and exits 2. */
class BadInputIT {
  @TempDir Path dir;

  @Test
  void aRunWithAnEmptyAndABinaryFileAnalysesTheOthersAndExitsTwo() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String name : List.of("dev09_council_budget.txt", "dev13_storm.txt")) {
      Files.copy(Path.of("src/test/resources/dev", name), corpus.resolve(name));
    }
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(
        corpus.resolve("binary.txt"),
        new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, (byte) 0xff, 0});
    Path out = dir.resolve("out");

    int exit = AnalyzeProcess.run(corpus, out, dir.resolve("cache"));

    String log = AnalyzeProcess.log(out);
    assertEquals(2, exit, log);
    assertEquals(
        List.of("dev09_council_budget.json", "dev13_storm.json"), AnalyzeProcess.articles(out));
    JsonObject run =
        JsonParser.parseString(Files.readString(out.resolve("run.json"), StandardCharsets.UTF_8))
            .getAsJsonObject();
    assertEquals(2, run.getAsJsonObject("counts").get("analysed").getAsInt());
    assertEquals(2, run.getAsJsonObject("counts").get("failed").getAsInt());
    Map<String, String> reasons = new HashMap<>();
    for (JsonElement f : run.getAsJsonArray("failures")) {
      JsonObject o = f.getAsJsonObject();
      reasons.put(
          Path.of(o.get("source").getAsString()).getFileName().toString(),
          o.get("reason").getAsString());
    }
    assertTrue(reasons.get("empty.txt").endsWith("empty article"), reasons.toString());
    assertTrue(
        reasons.get("binary.txt").endsWith("not a text file (binary content)"), reasons.toString());
    assertTrue(Files.exists(out.resolve("quotes.csv")));
    assertTrue(log.contains("Failed inputs (2)"), log);
  }
}
