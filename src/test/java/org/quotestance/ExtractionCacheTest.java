package org.quotestance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.model.Article;
import org.quotestance.model.CampSource;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Mention;
import org.quotestance.model.Metadata;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
import org.quotestance.model.TermCount;
import org.quotestance.quotes.FoundQuote;
import org.quotestance.speakers.ActorRegistry;

class ExtractionCacheTest {
  static final String TEXT = "\"We will not give up,\" Guaidó said. The \"interim president\" left.";

  static Extraction extraction() {
    Speaker named = new Speaker("Juan Guaidó", SpeakerType.PERSON, "venezuelan-opposition", CampSource.DESCRIPTION, "opposition leader",
        Optional.of(new Mention("Guaidó", new CharSpan(23, 29))), "adjacent-after:name", "say");
    return new Extraction(
        List.of(new FoundQuote(new CharSpan(1, 20), QuoteKind.DIRECT, named, new CharSpan(0, 35), -1),
            new FoundQuote(new CharSpan(41, 58), QuoteKind.PARTIAL, Speaker.unknown("none"), new CharSpan(36, 60), 0)),
        17, List.of(new TermCount("interim president", "how Guaidó is called", 1, 0)));
  }

  @Test
  void returnsWhatWasPutForTheSameTextAndFurnitureOnly(@TempDir Path dir) {
    ExtractionCache cache = new ExtractionCache(dir, "build", "nlp", "domain", ActorRegistry.empty());
    Article article = Article.of("a", TEXT, Metadata.unknown());
    assertTrue(cache.get(article).isEmpty());
    cache.put(article, extraction());
    assertEquals(extraction(), cache.get(article).orElseThrow());
    assertTrue(cache.get(Article.of("a", TEXT + " ", Metadata.unknown())).isEmpty(), "other text misses");
    Article withFurniture = new Article("a", "a", TEXT, Metadata.unknown(), List.of(new CharSpan(36, 60)), List.of());
    assertTrue(cache.get(withFurniture).isEmpty(), "other furniture misses");
    assertTrue(new ExtractionCache(dir, "build", "nlp", "other domain", ActorRegistry.empty()).get(article).isEmpty(), "other domain misses");
    assertTrue(new ExtractionCache(dir, "other build", "nlp", "domain", ActorRegistry.empty()).get(article).isEmpty(), "other build misses");
  }

  @Test
  void treatsACorruptEntryAsAMiss(@TempDir Path dir) throws Exception {
    ExtractionCache cache = new ExtractionCache(dir, "build", "nlp", "domain", ActorRegistry.empty());
    Article article = Article.of("a", TEXT, Metadata.unknown());
    cache.put(article, extraction());
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.write(f, new byte[] {31, -117, 8, 0});
      }
    }
    assertTrue(cache.get(article).isEmpty());
  }

  @Test
  void anArticleDatedInAnotherTitleTermMisses(@TempDir Path dir) throws Exception {
    Path actors = dir.resolve("actors.json");
    Files.writeString(actors, "{\"camps\": [], \"actors\": [{\"name\": \"Ana Old\", \"type\": \"person\","
        + " \"titleTerms\": [{\"until\": \"2019-12-10\", \"titles\": [\"ruritania's president\"]}]}]}");
    ExtractionCache cache = new ExtractionCache(dir, "build", "nlp", "domain", ActorRegistry.load(actors));
    Article march = Article.of("a", TEXT, new Metadata("Outlet", "2019-03-01", null, null, null));
    cache.put(march, extraction());
    Article june = Article.of("a", TEXT, new Metadata("Outlet", "2019-06-01", null, null, null));
    Article december = Article.of("a", TEXT, new Metadata("Outlet", "2019-12-20", null, null, null));
    assertEquals(extraction(), cache.get(june).orElseThrow(), "the same terms held: a hit");
    assertTrue(cache.get(december).isEmpty(), "another president: a miss");
  }
}
