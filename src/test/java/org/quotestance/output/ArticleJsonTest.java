package org.quotestance.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotestance.model.Article;
import org.quotestance.model.CampSource;
import org.quotestance.model.ArticleAnalysis;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Evidence;
import org.quotestance.model.Mention;
import org.quotestance.model.Metadata;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
import org.quotestance.model.Stance;
import org.quotestance.model.StanceLabel;
import org.quotestance.model.TermCount;

class ArticleJsonTest {
  static final String TEXT = "Pompeo said Maduro's \"days are numbered\" on Sunday.\nRead more: elsewhere";

  static ArticleAnalysis sample() {
    Article article = new Article("a1", "in/a1.txt", TEXT,
        new Metadata("Daily Planet", "2019-02-24", "", "", "articles.csv"),
        List.of(new CharSpan(TEXT.indexOf("Read more"), TEXT.length())), List.of());
    CharSpan span = new CharSpan(22, 39);
    Speaker speaker = new Speaker("Mike Pompeo", SpeakerType.PERSON, "us-government", "US Secretary of State",
        Optional.of(new Mention("Pompeo", new CharSpan(0, 6))), "verb-before:name", "say");
    Stance stance = new Stance(StanceLabel.PRO_GUAIDO, 0.8,
        Map.of(StanceLabel.PRO_GUAIDO, 0.8, StanceLabel.PRO_MADURO, 0.05, StanceLabel.NEUTRAL, 0.15),
        List.of(new Evidence("cue:numbered", 1.2, "numbered", List.of(new CharSpan(31, 39)))), List.of("legitimacy"));
    Quote quote = new Quote("q1", span.of(TEXT), span, QuoteKind.PARTIAL, speaker, stance, new CharSpan(0, 52), Optional.empty());
    return new ArticleAnalysis(article, "abc", 12, List.of(quote), List.of(new TermCount("regime", "maduro-label", 0, 1)));
  }

  @Test
  void writesTheTextOfAnHtmlPageButNotOfATextFile() {
    ArticleAnalysis txt = sample();
    Article a = txt.article();
    Article page = new Article(a.id(), "in/a1.HTML", a.text(), a.metadata(), a.furniture(), a.warnings());
    ArticleAnalysis html = new ArticleAnalysis(page, txt.sha256(), txt.tokens(), txt.quotes(), txt.terms());
    JsonObject fromHtml = JsonParser.parseString(ArticleJson.write(html, "key1")).getAsJsonObject();
    assertEquals(TEXT, fromHtml.get("text").getAsString(), "the extracted text the offsets index");
    JsonObject fromTxt = JsonParser.parseString(ArticleJson.write(txt, "key1")).getAsJsonObject();
    assertTrue(!fromTxt.has("text"), "a .txt input is its own text");
  }

  @Test
  void writesEveryContractFieldWithOffsetsIntoTheOriginalText() {
    JsonObject o = JsonParser.parseString(ArticleJson.write(sample(), "key1")).getAsJsonObject();
    for (String field : List.of("id", "source", "outlet", "date", "title", "url", "quotes", "sha256", "tokens", "terms", "furniture")) {
      assertTrue(o.has(field), field);
    }
    assertEquals("a1", o.get("id").getAsString());
    assertEquals("Daily Planet", o.get("outlet").getAsString());
    assertTrue(o.get("title").isJsonNull(), "empty metadata is null");
    JsonObject q = o.getAsJsonArray("quotes").get(0).getAsJsonObject();
    int begin = q.get("begin").getAsInt();
    int end = q.get("end").getAsInt();
    assertEquals(TEXT.substring(begin, end), q.get("text").getAsString());
    assertEquals("days are numbered", q.get("text").getAsString());
    assertEquals("partial", q.get("kind").getAsString());
    JsonObject sp = q.getAsJsonObject("speaker");
    assertEquals("person", sp.get("type").getAsString());
    assertEquals("us-government", sp.get("camp").getAsString());
    assertEquals("registry", sp.get("campSource").getAsString());
    assertEquals("Pompeo", sp.getAsJsonObject("mention").get("text").getAsString());
    assertEquals(0, sp.getAsJsonObject("mention").get("begin").getAsInt());
    JsonObject st = q.getAsJsonObject("stance");
    assertEquals("pro-Guaidó", st.get("label").getAsString());
    assertEquals(0.8, st.get("confidence").getAsDouble(), 1e-9);
    JsonObject ev = st.getAsJsonArray("evidence").get(0).getAsJsonObject();
    JsonObject evSpan = ev.getAsJsonArray("spans").get(0).getAsJsonObject();
    assertEquals("numbered", TEXT.substring(evSpan.get("begin").getAsInt(), evSpan.get("end").getAsInt()));
    JsonObject furniture = o.getAsJsonArray("furniture").get(0).getAsJsonObject();
    assertEquals("Read more: elsewhere", furniture.get("text").getAsString());
  }

  /** {@link #sample()} with its one quote said by {@code speaker}. */
  static ArticleAnalysis sampleSaidBy(Speaker speaker) {
    ArticleAnalysis a = sample();
    Quote q = a.quotes().get(0);
    Quote said = new Quote(q.id(), q.text(), q.span(), q.kind(), speaker, q.stance(), q.context(), q.continues());
    return new ArticleAnalysis(a.article(), a.sha256(), a.tokens(), List.of(said), a.terms());
  }

  private static JsonObject speakerJson(Speaker speaker) {
    JsonObject o = JsonParser.parseString(ArticleJson.write(sampleSaidBy(speaker), "k")).getAsJsonObject();
    return o.getAsJsonArray("quotes").get(0).getAsJsonObject().getAsJsonObject("speaker");
  }

  @Test
  void campSourceSaysWhetherTheCampCameFromTheRegistryOrTheDescription() {
    Speaker described = new Speaker("Carla Mendes", SpeakerType.PERSON, "venezuelan-opposition",
        CampSource.DESCRIPTION, "opposition deputy", Optional.empty(), "verb-before:name", "say");
    JsonObject sp = speakerJson(described);
    assertEquals("venezuelan-opposition", sp.get("camp").getAsString());
    assertEquals("description", sp.get("campSource").getAsString());

    Speaker none = new Speaker("Luis Pérez", SpeakerType.PERSON, "", CampSource.NONE, "a critic of Maduro",
        Optional.empty(), "verb-before:name", "say");
    JsonObject noCamp = speakerJson(none);
    assertTrue(noCamp.get("camp").isJsonNull());
    assertTrue(noCamp.has("campSource") && noCamp.get("campSource").isJsonNull(), "no camp, no source");
  }

  @Test
  void aCampWithoutASourceIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Speaker("X", SpeakerType.PERSON, "eu", CampSource.NONE,
        "", Optional.empty(), "m", "say"));
  }

  @Test
  void csvCarriesTheCampSourceNextToTheCamp() {
    QuotesCsv csv = new QuotesCsv();
    Speaker described = new Speaker("Carla Mendes", SpeakerType.PERSON, "venezuelan-opposition",
        CampSource.DESCRIPTION, "opposition deputy", Optional.empty(), "verb-before:name", "say");
    csv.add(JsonParser.parseString(ArticleJson.write(sampleSaidBy(described), "k")).getAsJsonObject());
    String[] lines = csv.text().split("\r\n");
    int camp = QuotesCsv.COLUMNS.indexOf("speaker_camp");
    assertEquals("speaker_camp_source", QuotesCsv.COLUMNS.get(camp + 1));
    assertTrue(lines[1].contains(",Carla Mendes,person,venezuelan-opposition,description,opposition deputy,"), lines[1]);
  }

  @Test
  void jsonLinesHaveOneQuotePerLineWithArticleMetadata() {
    QuotesJsonl jsonl = new QuotesJsonl();
    jsonl.add(JsonParser.parseString(ArticleJson.write(sample(), "k")).getAsJsonObject());
    String[] lines = jsonl.text().split("\n");
    assertEquals(1, lines.length);
    JsonObject row = JsonParser.parseString(lines[0]).getAsJsonObject();
    assertEquals("a1", row.get("article_id").getAsString());
    assertEquals("Daily Planet", row.get("outlet").getAsString());
    assertEquals("days are numbered", row.get("text").getAsString());
    assertEquals("Mike Pompeo", row.getAsJsonObject("speaker").get("name").getAsString());
    assertEquals("registry", row.getAsJsonObject("speaker").get("campSource").getAsString());
  }

  @Test
  void csvHasOneRowPerQuoteWithArticleMetadata() {
    QuotesCsv csv = new QuotesCsv();
    csv.add(JsonParser.parseString(ArticleJson.write(sample(), "k")).getAsJsonObject());
    String[] lines = csv.text().split("\r\n");
    assertEquals(2, lines.length);
    assertEquals(String.join(",", QuotesCsv.COLUMNS), lines[0]);
    assertTrue(lines[1].startsWith("a1,in/a1.txt,Daily Planet,2019-02-24,,,q1,partial,22,39,days are numbered,"), lines[1]);
  }
}
