package org.quotestance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.model.Article;
import org.quotestance.model.Metadata;

class MetadataDatesTest {
  @TempDir Path dir;

  @Test
  void unambiguousDatesBecomeIsoDates() {
    assertEquals("2019-02-25", MetadataValues.date("2019-02-25T10:00:00Z"));
    assertEquals("2019-02-23", MetadataValues.date("February 23, 2019"));
    assertEquals("2019-02-23", MetadataValues.date("Feb. 23, 2019"));
    assertEquals("2019-01-05", MetadataValues.date("5 January 2019"));
    assertEquals("2019-04-30", MetadataValues.date("2019/04/30"));
    assertEquals("2019-09-05", MetadataValues.date("Sept. 5, 2019"));
    assertEquals("2019-02-26", MetadataValues.date("Tuesday, February 26, 2019"));
  }

  @Test
  void ambiguousOrImpossibleDatesAreKeptAndWarnedAbout() {
    assertEquals("24/01/2019", MetadataValues.date("24/01/2019"));
    assertEquals("February 30, 2019", MetadataValues.date("February 30, 2019"));
    String warning = MetadataValues.dateWarning(new Metadata("Daily", "24/01/2019", "", "", "csv"));
    assertTrue(warning.contains("24/01/2019") && warning.contains("YYYY-MM-DD"), warning);
    assertNull(MetadataValues.dateWarning(new Metadata("Daily", "2019-01-24", "", "", "csv")));
    assertTrue(MetadataValues.dateWarning(new Metadata("Daily", "2019-02-30", "", "", "csv")) != null);
  }

  @Test
  void aLoadedArticleCarriesTheDateWarning() {
    Corpus corpus = Corpus.of(List.of(), CorpusOptions.defaults());
    Path file =
        Fixtures.write(
            dir.resolve("dates.jsonl"),
            "{\"text\": \"Guaido spoke.\", \"outlet\": \"Wire\", \"date\": \"24/01/2019\"}\n"
                + "{\"text\": \"Maduro spoke.\", \"outlet\": \"Wire\", \"date\": \"January 24, 2019\"}\n");
    List<Article> articles = corpus.load(file).articles();
    assertTrue(articles.get(0).warnings().get(0).contains("24/01/2019"), articles.get(0).warnings().toString());
    assertEquals("2019-01-24", articles.get(1).metadata().date());
    assertEquals(List.of(), articles.get(1).warnings());
  }
}
