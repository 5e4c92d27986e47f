package org.quotestance.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Quotestance found in one article.
 *
 * @param article the article as loaded
 * @param sha256 hash of the article's text (UTF-8), hex
 * @param tokens number of tokens CoreNLP found in the article's text
 * @param quotes quotations in text order
 * @param terms counts of the domain's contested terms
 */
public record ArticleAnalysis(
    Article article, String sha256, int tokens, List<Quote> quotes, List<TermCount> terms) {
  public ArticleAnalysis {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sha256, "sha256");
    quotes = List.copyOf(quotes);
    terms = List.copyOf(terms);
  }
}
