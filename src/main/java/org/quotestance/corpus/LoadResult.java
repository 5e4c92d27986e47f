package org.quotestance.corpus;

import java.util.List;
import org.quotestance.model.Article;

/**
 * What one input file gave: its articles, in file order, and the records that failed. A {@code
 * .txt} or {@code .html} file gives one article and no failures; a {@code .json} array or {@code
 * .jsonl} file may give some of each.
 *
 * @param articles the articles that loaded
 * @param failures the records that did not, in file order
 */
public record LoadResult(List<Article> articles, List<RecordFailure> failures) {
  public LoadResult {
    articles = List.copyOf(articles);
    failures = List.copyOf(failures);
  }

  static LoadResult of(Article article) {
    return new LoadResult(List.of(article), List.of());
  }

  /** Whether every record loaded. */
  public boolean complete() {
    return failures.isEmpty();
  }
}
