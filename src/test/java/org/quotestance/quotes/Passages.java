package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.quotestance.Quotestance;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleAnalysis;
import org.quotestance.model.Metadata;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;

/** Shared steps of the integration tests that analyse short passages. */
final class Passages {
  private Passages() {}

  private static Quotestance shared;

  /** One facade over the real venezuela-2019 domain, shared by the test classes (models load once). */
  static synchronized Quotestance quotestance() {
    if (shared == null) {
      shared = build();
    }
    return shared;
  }

  private static Quotestance build() {
    return Quotestance.builder().domain(Path.of("models/venezuela-2019")).threads(1).build();
  }

  /** Analyses one passage with the shared facade. */
  static ArticleAnalysis analyze(String text) {
    return analyze(quotestance(), text);
  }

  /** Analyses {@code text}; every quote's text must be the text its span covers. */
  static ArticleAnalysis analyze(Quotestance quotestance, String text) {
    ArticleAnalysis a = quotestance.analyze(Article.of("passage", text, Metadata.unknown()));
    for (Quote q : a.quotes()) {
      assertEquals(
          q.text(), text.substring(q.span().begin(), q.span().end()), "offsets of " + q.id());
    }
    return a;
  }

  /** The first quote whose text starts with {@code start}. */
  static Quote quote(ArticleAnalysis a, String start) {
    return a.quotes().stream()
        .filter(q -> q.text().startsWith(start))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no quote starting \"" + start + "\" in " + a.quotes()));
  }

  /**
   * The quote's speaker has {@code name}, decided by a method starting with {@code methodPrefix}.
   */
  static void assertSpeaker(String name, String methodPrefix, Quote q) {
    Speaker s = q.speaker();
    assertEquals(name, s.name(), () -> "speaker of \"" + q.text() + "\" (" + s.method() + ")");
    assertTrue(
        s.method().startsWith(methodPrefix),
        () -> "method of \"" + q.text() + "\": " + s.method() + ", expected " + methodPrefix + "…");
  }
}
