package org.quotestance.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotestance.model.Article;
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
