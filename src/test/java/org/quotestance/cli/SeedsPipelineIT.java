package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.quotestance.eval.EvaluationResult;
import org.quotestance.eval.Evaluator;
import org.quotestance.report.HeadlessChromium;

/**
 * The main job end to end with real CoreNLP models: the seeds plus two bad files through the
 * command line, into JSON, CSV, run.json and the report; then the report in headless Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsPipelineIT {
  private final Path work = Path.of("target", "seeds-it");
  private final Path corpus = work.resolve("corpus");
  private final Path out = work.resolve("out");
  private int exitCode;
  private String stderr;

  @BeforeAll
  void analyzeSeedsWithTwoBadFiles() throws Exception {
    deleteTree(work);
    Files.createDirectories(corpus);
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path f : seeds.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    Files.writeString(corpus.resolve("empty.txt"), "  \n");
    Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6});
    StringWriter err = new StringWriter();
    exitCode = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
        .execute("analyze", corpus.toString(), "--out", out.toString(), "--cache", work.resolve("cache").toString(),
            "--threads", "2", "--quiet");
    stderr = err.toString();
  }

  @Test
  void badFilesAreReportedByNameAndTheBatchGoesOn() throws Exception {
    assertEquals(2, exitCode, "a failed input makes the run exit 2");
    assertTrue(stderr.contains("empty.txt"), stderr);
    assertTrue(stderr.contains("binary.txt"), stderr);
    JsonObject run = json(out.resolve("run.json"));
    assertEquals(5, run.getAsJsonObject("counts").get("analysed").getAsInt());
    assertEquals(2, run.getAsJsonObject("counts").get("failed").getAsInt());
    assertEquals(2, run.getAsJsonArray("failures").size());
    assertEquals("4.5.10", run.get("corenlp").getAsString());
    assertEquals(64, run.getAsJsonObject("domain").get("hash").getAsString().length());
    JsonElement commit = run.getAsJsonObject("tool").get("commit");
    if (Files.isDirectory(Path.of(".git"))) {
      // built from this clone: the commit is recorded for reproducibility
      assertTrue(commit.getAsString().matches("[0-9a-f]{40}(-dirty)?"), commit.toString());
    }
    for (JsonElement input : run.getAsJsonArray("inputs")) {
      assertTrue(input.getAsJsonObject().has("sha256"));
    }
  }

  @Test
  void runJsonDescribesEveryCampTheSpeakersHave() throws Exception {
    Map<String, JsonObject> camps = new HashMap<>();
    for (JsonElement e : json(out.resolve("run.json")).getAsJsonArray("camps")) {
      camps.put(e.getAsJsonObject().get("id").getAsString(), e.getAsJsonObject());
    }
    int withCamp = 0;
    for (Path file : articleFiles()) {
      for (JsonElement q : json(file).getAsJsonArray("quotes")) {
        JsonElement camp = q.getAsJsonObject().getAsJsonObject("speaker").get("camp");
        if (camp != null && !camp.isJsonNull()) {
          withCamp++;
          JsonObject described = camps.get(camp.getAsString());
          assertNotNull(described, camp.getAsString());
          assertFalse(described.get("name").getAsString().isBlank());
          assertTrue(List.of("pro-Guaidó", "pro-Maduro", "neutral-procedural").contains(described.get("side").getAsString()));
        }
      }
    }
    assertTrue(withCamp > 20, "seed speakers with a camp: " + withCamp);
  }

  @Test
  void runJsonCountsSegmentsAndQuotationsAsTheArticleFilesHaveThem() throws Exception {
    int segments = 0;
    int heads = 0;
    for (Path file : articleFiles()) {
      for (JsonElement e : json(file).getAsJsonArray("quotes")) {
        segments++;
        heads += e.getAsJsonObject().get("continues").isJsonNull() ? 1 : 0;
      }
    }
    JsonObject counts = json(out.resolve("run.json")).getAsJsonObject("counts");
    assertTrue(heads < segments, "the seeds have a quotation over two paragraphs");
    assertEquals(segments, counts.get("quotes").getAsInt());
    assertEquals(heads, counts.get("quotations").getAsInt());
  }

  @Test
  void everyQuoteTextIsTheArticleTextAtItsOffsets() throws Exception {
    int quotes = 0;
    for (Path file : articleFiles()) {
      JsonObject a = json(file);
      String text = Files.readString(Path.of(a.get("source").getAsString()), StandardCharsets.UTF_8);
      for (JsonElement e : a.getAsJsonArray("quotes")) {
        JsonObject q = e.getAsJsonObject();
        assertEquals(q.get("text").getAsString(), text.substring(q.get("begin").getAsInt(), q.get("end").getAsInt()));
        JsonObject speaker = q.getAsJsonObject("speaker");
        if (speaker.get("mention").isJsonObject()) {
          JsonObject m = speaker.getAsJsonObject("mention");
          assertEquals(m.get("text").getAsString(), text.substring(m.get("begin").getAsInt(), m.get("end").getAsInt()));
        }
        quotes++;
      }
    }
    List<String> csv = Files.readAllLines(out.resolve("quotes.csv"));
    assertTrue(quotes > 40, "quotes found: " + quotes);
    assertTrue(csv.size() > quotes, "one CSV row per quote (rows may span lines)");
  }

  @Test
  void metadataComesFromArticlesCsv() throws Exception {
    JsonObject a = json(out.resolve("articles/000_6f5900cb114279d9.json"));
    assertEquals("NZ Herald", a.get("outlet").getAsString());
    assertEquals("articles.csv", a.get("outletSource").getAsString());
    assertEquals("2019-02-25", a.get("date").getAsString());
  }

  @Test
  void seedAccuracyStaysAboveTheFloor() {
    EvaluationResult r = Evaluator.evaluate(Path.of("src/test/resources/seeds-gold.json"), out, Optional.empty());
    System.out.print(r.format(true));
    assertTrue(r.quoteF1() >= 0.99, "quote F1 " + r.quoteF1());
    assertTrue(r.speakerAccuracy() >= 0.97, "speaker accuracy " + r.speakerAccuracy());
    assertTrue(r.stance().get("full").macroF1() >= 0.7, "stance macro-F1 " + r.stance().get("full").macroF1());
  }

  @Test
  void reportWorksInABrowser() throws Exception {
    HeadlessChromium.requireBrowser();
    Map<String, Integer> perOutlet = new HashMap<>();
    for (Path file : articleFiles()) {
      JsonObject a = json(file);
      perOutlet.merge(a.get("outlet").getAsString(), a.getAsJsonArray("quotes").size(), Integer::sum);
    }
    try (HeadlessChromium browser = HeadlessChromium.open(out.resolve("report.html"))) {
      assertEquals(List.of(), browser.severeConsoleMessages());
      assertEquals(5, browser.driver().findElements(By.cssSelector("svg[data-chart=stance] [data-bar]")).size());
      new Select(browser.driver().findElement(By.id("f-outlet"))).selectByValue("SOFREP");
      long shown = browser.driver().findElements(By.cssSelector("#q-body tr")).stream().filter(r -> r.isDisplayed()).count();
      assertEquals(perOutlet.get("SOFREP").longValue(), shown);
      browser.screenshotFullPage(Path.of("target", "report-screenshots", "seeds-report.png"));
    }
  }

  private List<Path> articleFiles() throws Exception {
    try (Stream<Path> files = Files.list(out.resolve("articles"))) {
      return new ArrayList<>(files.filter(f -> f.toString().endsWith(".json")).sorted().toList());
    }
  }

  private static JsonObject json(Path file) throws Exception {
    return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
  }

  private static void deleteTree(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
