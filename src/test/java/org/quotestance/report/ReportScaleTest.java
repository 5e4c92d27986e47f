package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of quotes, including the slowest path (the 10,000-draw Monte Carlo test), render in
 * about a second on an idle laptop; the bound is generous because builds share this machine.
 */
class ReportScaleTest {
  private static final String[] LABELS = {"pro-Guaidó", "pro-Maduro", "neutral-procedural"};
  private static final String[] KINDS = {"direct", "partial", "indirect", "embedded"};

  @TempDir Path out;

  @Test
  void rendersFiveThousandQuotesQuickly() throws IOException {
    Random random = new Random(1);
    Files.createDirectories(out.resolve("articles"));
    int quotes = 0;
    for (int a = 0; a < 625; a++) {
      // One tiny outlet (1 article) forces the Monte Carlo test, the slowest path.
      String outlet = a < 1 ? "Tiny Outlet" : "Outlet " + (a % 7);
      JsonObject article = new JsonObject();
      article.addProperty("id", String.format("%04d", a));
      article.addProperty("outlet", outlet);
      article.addProperty("date", "2019-02-" + String.format("%02d", 1 + a % 28));
      article.addProperty("tokens", 800);
      JsonArray terms = new JsonArray();
      for (String term : new String[] {"regime", "government", "interim president", "coup"}) {
        JsonObject t = new JsonObject();
        t.addProperty("term", term);
        t.addProperty("group", "g");
        t.addProperty("inside", random.nextInt(3));
        t.addProperty("outside", random.nextInt(4));
        terms.add(t);
      }
      article.add("terms", terms);
      JsonArray list = new JsonArray();
      String context =
          "Someone said \"words words thugs words\" on Tuesday, and more text follows here.";
      for (int q = 0; q < 8; q++, quotes++) {
        JsonObject quote = new JsonObject();
        quote.addProperty("id", "q" + (q + 1));
        quote.addProperty("text", "words words thugs words");
        quote.addProperty("begin", 1013);
        quote.addProperty("end", 1036);
        quote.addProperty("kind", KINDS[random.nextInt(4)]);
        JsonObject speaker = new JsonObject();
        speaker.addProperty("name", "Speaker " + random.nextInt(300));
        speaker.addProperty("type", "person");
        speaker.addProperty("camp", "camp-" + random.nextInt(9));
        quote.add("speaker", speaker);
        JsonObject stance = new JsonObject();
        stance.addProperty("label", LABELS[random.nextInt(3)]);
        stance.addProperty("confidence", random.nextDouble());
        JsonArray evidence = new JsonArray();
        JsonObject cue = new JsonObject();
        cue.addProperty("feature", "cue:thugs");
        cue.addProperty("weight", 1.2);
        cue.addProperty("text", "thugs");
        JsonArray spans = new JsonArray();
        JsonObject span = new JsonObject();
        span.addProperty("begin", 1025);
        span.addProperty("end", 1030);
        spans.add(span);
        cue.add("spans", spans);
        evidence.add(cue);
        stance.add("evidence", evidence);
        stance.add("frames", new JsonArray());
        quote.add("stance", stance);
        JsonObject ctx = new JsonObject();
        ctx.addProperty("text", context);
        ctx.addProperty("begin", 1000);
        ctx.addProperty("end", 1000 + context.length());
        quote.add("context", ctx);
        list.add(quote);
      }
      article.add("quotes", list);
      Files.writeString(
          out.resolve("articles/" + String.format("%04d", a) + ".json"), article.toString());
    }
    long start = System.nanoTime();
    RenderedReport report = ReportRenderer.render(out);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(quotes, report.quotes());
    assertTrue(Files.readString(out.resolve("outlets.json")).contains("monte_carlo_p"));
    assertTrue(millis < 10_000, "took " + millis + " ms");
    System.out.println("rendered " + quotes + " quotes in " + millis + " ms");
  }
}
