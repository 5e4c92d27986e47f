package org.quotestance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleAnalysis;
import org.quotestance.model.Metadata;
import org.quotestance.output.ArticleJson;

/** The facade with real models: many threads give exactly the results of one. */
class QuotestanceIT {
  @Test
  void twoThreadsGiveTheSameResultsAsOne() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (String folder : List.of("seeds", "src/test/resources/dev")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String id = f.getFileName().toString().replace(".txt", "");
          articles.add(Article.of(id, Files.readString(f, StandardCharsets.UTF_8), Metadata.unknown()));
        }
      }
    }
    Path domain = Path.of("models/venezuela-2019");
    List<ArticleAnalysis> one = Quotestance.builder().domain(domain).threads(1).build().analyzeAll(articles);
    List<ArticleAnalysis> two = Quotestance.builder().domain(domain).threads(2).build().analyzeAll(articles);
    assertEquals(articles.size(), two.size());
    assertFalse(one.get(0).quotes().isEmpty());
    for (int i = 0; i < one.size(); i++) {
      assertEquals(ArticleJson.write(one.get(i), "k"), ArticleJson.write(two.get(i), "k"), articles.get(i).id());
    }
  }
}
