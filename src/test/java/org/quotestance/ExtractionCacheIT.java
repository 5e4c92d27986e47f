package org.quotestance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleAnalysis;
import org.quotestance.model.Metadata;
import org.quotestance.model.Quote;
import org.quotestance.output.ArticleJson;

/** A stance-only change re-runs stance from the extraction cache, with the results of a fresh run. */
class ExtractionCacheIT {
  @Test
  void aStanceChangeReusesExtractionsAndMatchesAnUncachedRun(@TempDir Path tmp) throws Exception {
    List<Article> articles = seeds();
    Path cache = tmp.resolve("cache");
    Path domain = copyOfDomain(tmp.resolve("domain"));

    Quotestance first = Quotestance.builder().domain(domain).cache(cache).threads(2).build();
    List<ArticleAnalysis> before = first.analyzeAll(articles);
    assertTrue(first.parserLoaded());

    // A stance-only edit: the camp prior in domain.json.
    Path meta = domain.resolve("domain.json");
    Files.writeString(meta, Files.readString(meta).replaceAll("\"campPrior\": [0-9.]+", "\"campPrior\": 3.5"));
    Quotestance rerun = Quotestance.builder().domain(domain).cache(cache).threads(2).build();
    assertEquals(first.domain().extractionHash(), rerun.domain().extractionHash());
    assertNotEquals(first.domain().hash(), rerun.domain().hash());
    List<ArticleAnalysis> after = rerun.analyzeAll(articles);
    assertFalse(rerun.parserLoaded(), "every article came from the extraction cache");

    List<ArticleAnalysis> fresh = Quotestance.builder().domain(domain).threads(2).build().analyzeAll(articles);
    boolean someStanceChanged = false;
    for (int i = 0; i < articles.size(); i++) {
      assertEquals(ArticleJson.write(fresh.get(i), "k"), ArticleJson.write(after.get(i), "k"), articles.get(i).id());
      assertEquals(speakers(before.get(i)), speakers(after.get(i)));
      someStanceChanged |= !stances(before.get(i)).equals(stances(after.get(i)));
    }
    assertTrue(someStanceChanged, "turning the camp prior off changes some confidence or label");
  }

  @Test
  void actorEditsChangeTheExtractionHashButStanceEditsDoNot(@TempDir Path tmp) throws Exception {
    Path domain = copyOfDomain(tmp.resolve("domain"));
    String base = Domain.load(domain).extractionHash();
    Path lexicon = domain.resolve("stance-lexicon.tsv");
    Files.writeString(lexicon, Files.readString(lexicon) + "made-up cue\tpro-Guaidó\t1.0\tlegitimacy\n");
    assertEquals(base, Domain.load(domain).extractionHash());
    Path verbs = domain.resolve("reporting-verbs.tsv");
    Files.writeString(verbs, Files.readString(verbs) + "\n");
    assertNotEquals(base, Domain.load(domain).extractionHash());
  }

  private static List<String> speakers(ArticleAnalysis a) {
    return a.quotes().stream().map(q -> q.text() + "|" + q.speaker()).toList();
  }

  private static List<String> stances(ArticleAnalysis a) {
    return a.quotes().stream().map(Quote::stance).map(Object::toString).toList();
  }

  private static List<Article> seeds() throws Exception {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = f.getFileName().toString().replace(".txt", "");
        articles.add(Article.of(id, Files.readString(f, StandardCharsets.UTF_8), Metadata.unknown()));
      }
    }
    return articles;
  }

  private static Path copyOfDomain(Path to) throws Exception {
    Path from = Path.of("models/venezuela-2019");
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }
}
