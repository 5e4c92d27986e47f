package org.quotestance.report.view;

import java.util.List;
import java.util.Set;

/**
 * A plain data table. The first cell of every row is a row header; columns from {@code numericFrom}
 * on are right-aligned numbers. Cells do not wrap, except in {@code wrapColumns} (long free text
 * such as roles or messages); a newline in a cell starts a second line.
 *
 * @param caption the table caption (required for accessibility)
 * @param headers column headers
 * @param rows rows of formatted cells, as many as headers
 * @param numericFrom index of the first numeric column
 * @param wrapColumns indexes of columns whose text may wrap
 */
public record DataTable(
    String caption,
    List<String> headers,
    List<List<String>> rows,
    int numericFrom,
    Set<Integer> wrapColumns) {
  /** A table where no column wraps. */
  public DataTable(String caption, List<String> headers, List<List<String>> rows, int numericFrom) {
    this(caption, headers, rows, numericFrom, Set.of());
  }

  public DataTable {
    wrapColumns = Set.copyOf(wrapColumns);
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException(caption + ": row has " + row.size() + " cells");
      }
    }
  }

  /** True when column {@code index} holds numbers. */
  public boolean numeric(int index) {
    return index >= numericFrom;
  }

  /** The CSS class of cells in column {@code index}: "num", "wrap" or null. */
  public String cellClass(int index) {
    return numeric(index) ? "num" : wrapColumns.contains(index) ? "wrap" : null;
  }
}
