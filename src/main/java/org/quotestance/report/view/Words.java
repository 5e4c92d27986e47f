package org.quotestance.report.view;

import java.util.List;

/**
 * The contested-terms section.
 *
 * @param terms per term and outlet: narrative and inside-quote counts
 * @param distinctive per outlet, its most distinctive narrative terms (weighted log-odds z)
 * @param note explanation or why the section is empty
 */
public record Words(DataTable terms, List<DataTable> distinctive, String note) {
  public Words {
    distinctive = List.copyOf(distinctive);
  }

  /** True when the articles carry term counts. */
  public boolean hasTerms() {
    return !terms.rows().isEmpty();
  }
}
