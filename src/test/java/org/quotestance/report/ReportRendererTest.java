package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRendererTest {
  @TempDir Path temp;
  private Path out;

  @BeforeEach
  void copyFixture() {
    out = Fixtures.copyOutputFolder(temp.resolve("out"));
  }

  private Document render() throws IOException {
    RenderedReport report = ReportRenderer.render(out);
    return Jsoup.parse(Files.readString(report.html()));
  }

  @Test
  void reportsCorpusSizeAndOutletsInTheirOrder() throws IOException {
    RenderedReport report = ReportRenderer.render(out);
    assertEquals(12, report.articles());
    assertEquals(60, report.quotes());
    Document page = Jsoup.parse(Files.readString(report.html()));
    List<String> rows = page.select("#stance-table tbody tr").eachText();
    assertEquals(5, rows.size());
    for (int i = 0; i < Fixtures.OUTLETS.length; i++) {
      assertTrue(
          rows.get(i).startsWith(Fixtures.OUTLETS[i] + " " + Fixtures.QUOTES[i] + " "),
          rows.get(i));
    }
    assertEquals(
        "Caracas Chronicle 20 12 (60.0%) 38.7–78.1% 4 (20.0%) 8.1–41.6% 4 (20.0%) 8.1–41.6%",
        rows.get(0));
    assertTrue(rows.get(4).startsWith("All outlets 60 23 (38.3%)"), rows.get(4));
    assertTrue(page.select("#overview .facts").text().contains("Articles 12 Quotes 60"));
    assertEquals("60 of 60 quotes shown", page.getElementById("q-count").text());
  }

  @Test
  void drawsOneBarPerOutletInEveryChart() throws IOException {
    Document page = render();
    for (String chart : List.of("stance", "article-stance", "camp")) {
      List<String> outlets =
          page.select("svg[data-chart=" + chart + "] [data-bar]").eachAttr("data-outlet");
      assertEquals(List.of(Fixtures.OUTLETS), outlets, chart);
    }
    Element harbor =
        page.selectFirst("svg[data-chart=stance] [data-bar][data-outlet=Harbor Times]");
    assertEquals(
        List.of("pro-Guaidó", "neutral-procedural", "pro-Maduro"),
        harbor.select("rect").eachAttr("data-series"));
    assertTrue(
        harbor
            .select("rect title")
            .get(2)
            .text()
            .contains("4 of 8 quotes (50.0%, 95% CI 21.5–78.5%)"));
  }

  @Test
  void warnsThatTheSampleIsTooSmall() throws IOException {
    Element warning = render().selectFirst("[data-warning=small-sample]");
    assertTrue(warning.text().contains("cannot be distinguished from chance"), warning.text());
    assertTrue(warning.text().contains("Harbor Times (8)"), warning.text());
  }

  @Test
  void showsValidatedAccuracyOrSaysItIsMissing() throws IOException {
    assertTrue(render().select("#overview").text().contains("F1 0.84"));
    Files.delete(out.resolve("evaluation.json"));
    String overview = render().select("#overview").text();
    assertTrue(overview.contains("Accuracy has not been validated on this corpus"), overview);
    assertTrue(overview.contains("./quotestance evaluate"), overview);
  }

  @Test
  void removesTheReportAndItsTablesButNotTheAnalysis() throws IOException {
    RenderedReport rendered = ReportRenderer.render(out);
    List<Path> removed = ReportRenderer.removeReport(out);
    assertEquals(rendered.downloads().size() + 1, removed.size(), removed.toString());
    assertFalse(Files.exists(out.resolve("report.html")));
    assertFalse(Files.exists(out.resolve("outlets.json")));
    assertTrue(Files.exists(out.resolve("run.json")));
    assertTrue(Files.isDirectory(out.resolve("articles")));
  }

  @Test
  void perArticleTooltipsGiveNoIntervalForFewArticles() throws IOException {
    // every fixture outlet has fewer than five articles: the table prints no interval, nor may the chart
    String html = Files.readString(ReportRenderer.render(out).html());
    assertTrue(html.contains("(too few articles for an interval)"));
    assertFalse(html.contains("articles (95% bootstrap CI"));
  }

  @Test
  void hidesAnEvaluationOfAnEarlierRun() throws IOException {
    // a later run into the same folder rewrote run.json; evaluation.json still scores the old one
    Files.writeString(out.resolve("run.json"), Files.readString(out.resolve("run.json")) + " ");
    String overview = render().select("#overview").text();
    assertFalse(overview.contains("F1 0.84"), overview);
    assertTrue(overview.contains("does not score the run shown here"), overview);
  }

  @Test
  void hostileTextIsEscapedEverywhere() throws IOException {
    String html = Files.readString(ReportRenderer.render(out).html());
    Document page = Jsoup.parse(html);
    assertEquals(2, page.select("script").size(), "only the data block and the page script");
    assertEquals(0, page.select("img").size());
    assertEquals(0, page.select("[onerror]").size());
    assertFalse(html.contains("<script>window"), "raw hostile script");
    assertFalse(html.contains("<img"), "raw hostile img");
    assertFalse(html.contains("\u2028") || html.contains("\u2029"), "raw line separators");
    String data = page.getElementById("q-data").data();
    assertFalse(data.contains("</"), "data block must not contain </");
    JsonArray quotes = JsonParser.parseString(data).getAsJsonArray();
    assertEquals(60, quotes.size());
    List<String> texts = new ArrayList<>();
    for (var q : quotes) {
      StringBuilder context = new StringBuilder();
      q.getAsJsonObject()
          .getAsJsonArray("x")
          .forEach(s -> context.append(s.getAsJsonArray().get(0).getAsString()));
      texts.add(context.toString());
    }
    assertTrue(
        texts.stream().anyMatch(t -> t.contains("<script>window.__pwned=1;alert(1)</script>")));
    assertTrue(
        texts.stream()
            .anyMatch(t -> t.contains("\"><img src=x onerror=\"window.__pwned=1;alert(1)\">")));
    assertTrue(texts.stream().anyMatch(t -> t.contains("surrender.\u2028Never")));
  }

  @Test
  void contentSecurityPolicyAllowsExactlyThePageScript() throws Exception {
    Document page = render();
    String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    String script = page.select("script").last().data();
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(script.getBytes(StandardCharsets.UTF_8)));
    assertTrue(csp.contains("script-src 'sha256-" + hash + "'"), csp);
    assertTrue(csp.startsWith("default-src 'none'"), csp);
  }

  @Test
  void writesDownloadTablesThatAgreeWithThePage() throws IOException {
    RenderedReport report = ReportRenderer.render(out);
    assertEquals(
        List.of(
            "outlet-stance.csv",
            "outlet-camp.csv",
            "outlet-terms.csv",
            "speakers.csv",
            "outlets.csv",
            "outlets.json"),
        report.downloads().stream().map(p -> p.getFileName().toString()).toList());
    List<CSVRecord> stance = csv("outlet-stance.csv");
    assertEquals(15, stance.size());
    CSVRecord first = stance.get(0);
    assertEquals("Caracas Chronicle", first.get("outlet"));
    assertEquals("pro-Guaidó", first.get("stance"));
    assertEquals("12", first.get("count"));
    assertEquals("0.6", first.get("share"));
    assertEquals("0.3866", first.get("ci95_low"));
    assertEquals("0.7812", first.get("ci95_high"));
    List<CSVRecord> outlets = csv("outlets.csv");
    assertEquals(
        List.of(
            "metric",
            "Caracas Chronicle",
            "Global Wire",
            "Post & Courier",
            "Harbor Times",
            "All outlets"),
        outlets.get(0).getParser().getHeaderNames());
    assertEquals(List.of("quotes", "20", "17", "15", "8", "60"), outlets.get(1).toList());
    List<CSVRecord> speakers = csv("speakers.csv");
    assertEquals("Juan Guaidó", speakers.get(0).get("speaker"));
    assertEquals("12", speakers.get(0).get("quotes"));
    assertTrue(csv("outlet-camp.csv").size() > 0 && csv("outlet-terms.csv").size() > 0);
    JsonObject json =
        JsonParser.parseString(Files.readString(out.resolve("outlets.json"))).getAsJsonObject();
    JsonObject tables = json.getAsJsonObject("tables");
    assertEquals(
        List.of("outlet-stance", "outlet-camp", "outlet-terms", "speakers", "outlets"),
        new ArrayList<>(tables.keySet()));
    assertEquals(
        12,
        tables.getAsJsonArray("outlet-stance").get(0).getAsJsonObject().get("count").getAsInt());
    JsonObject test = json.getAsJsonObject("stance_test");
    assertEquals(6, test.get("df").getAsInt());
    assertTrue(test.has("monte_carlo_p"), "small expected counts trigger the Monte Carlo test");
  }

  @Test
  void linksDownloadsIncludingQuotesCsvWrittenElsewhere() throws IOException {
    List<String> links = render().select("#downloads a").eachAttr("href");
    assertTrue(
        links.containsAll(
            List.of(
                "outlet-stance.csv",
                "outlet-camp.csv",
                "outlet-terms.csv",
                "speakers.csv",
                "outlets.csv",
                "outlets.json",
                "quotes.csv",
                "articles/")),
        links.toString());
    assertFalse(Files.exists(out.resolve("quotes.csv")), "the report must not write quotes.csv");
  }

  @Test
  void showsProvenanceFromRunJson() throws IOException {
    String methods = render().select("#methods").text();
    assertTrue(methods.contains("quotestance 0.1.0 (commit 3f1c0de2a9b84c7e5d6f0a1b2c3d4e5f60718293)"), methods);
    assertTrue(methods.contains("4.5.10"));
    assertTrue(methods.contains("venezuela-2019"));
    assertTrue(methods.contains("temperature scaling"));
    assertTrue(methods.contains("corpus/999_broken.txt: empty after furniture removal"));
    assertTrue(methods.contains("Stance labels are automatic"));
  }

  @Test
  void namesTheCampsThatRunJsonDescribes() throws IOException {
    Element table = render().select("table:has(caption:contains(Quotes by speaker camp))").first();
    assertNotNull(table);
    List<String> firstCells = table.select("tbody tr").stream().map(r -> r.child(0).wholeText()).toList();
    assertTrue(firstCells.contains("us-government\nUS administration (Trump) · usually pro-Guaidó"), firstCells.toString());
    // a camp run.json does not describe keeps its bare id
    assertTrue(firstCells.contains("humanitarian"), firstCells.toString());
  }

  @Test
  void rendersAnEmptyFolderAndArticlesWithoutMetadata() throws IOException {
    Path empty = temp.resolve("empty");
    Files.createDirectories(empty.resolve("articles"));
    RenderedReport none = ReportRenderer.render(empty);
    assertEquals(0, none.quotes());
    assertTrue(Files.readString(none.html()).contains("0 of 0 quotes shown"));

    Files.writeString(
        empty.resolve("articles/a.json"),
        "{\"id\":\"a\",\"outlet\":null,\"date\":null,\"title\":null,\"quotes\":[{\"id\":\"q1\","
            + "\"text\":\"no\",\"begin\":0,\"end\":2,\"kind\":\"direct\",\"speaker\":null,"
            + "\"stance\":{\"label\":\"pro-Maduro\",\"confidence\":0.5},\"context\":null}]}");
    Document page = Jsoup.parse(Files.readString(ReportRenderer.render(empty).html()));
    assertEquals(
        List.of("(unknown outlet)"),
        page.select("svg[data-chart=stance] [data-bar]").eachAttr("data-outlet"));
    assertTrue(page.select("#methods").text().contains("run.json is missing"));
  }

  @Test
  void renderingTwiceGivesTheSameBytes() throws IOException {
    String first = Files.readString(ReportRenderer.render(out).html());
    String second = Files.readString(ReportRenderer.render(out).html());
    assertEquals(first, second);
  }

  @Test
  void reportCodeDoesNotDependOnCoreNlp() throws IOException {
    try (var files = Files.walk(Path.of("src/main/java/org/quotestance/report"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        assertFalse(Files.readString(p).contains("edu.stanford"), p.toString());
      }
    }
  }

  private List<CSVRecord> csv(String name) throws IOException {
    try (var parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(Files.newBufferedReader(out.resolve(name)))) {
      return parser.getRecords();
    }
  }
}
