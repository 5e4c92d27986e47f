package org.quotestance.model;

import java.util.Objects;

/**
 * How often one contested term of the domain occurs in an article, inside quotations and in the
 * writer's own words.
 *
 * @param term the term as listed in the domain's {@code terms.tsv}
 * @param group the contested concept it names (e.g. {@code "how Guaidó is called"})
 * @param inside occurrences inside quotations
 * @param outside occurrences in the article's own narrative (furniture excluded)
 */
public record TermCount(String term, String group, int inside, int outside) {
  public TermCount {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(group, "group");
  }
}
