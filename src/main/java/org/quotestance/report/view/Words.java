package org.quotestance.report.view;

/**
 * The contested-terms section.
 *
 * @param terms per term and outlet: narrative and inside-quote counts
 * @param distinctive per outlet, its most distinctive narrative terms (weighted log-odds z)
 * @param note explanation or why the section is empty
 */
public record Words(DataTable terms, DataTable distinctive, String note) {

  /** True when some contested term occurs in the corpus. */
  public boolean hasTerms() {
    return !terms.rows().isEmpty();
  }
}
