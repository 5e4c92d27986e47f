package org.quotestance.report.view;

import java.util.List;

/**
 * A plain data table. The first cell of every row is a row header; columns from {@code
 * numericFrom} on are right-aligned numbers.
 *
 * @param caption the table caption (required for accessibility)
 * @param headers column headers
 * @param rows rows of formatted cells, as many as headers
 * @param numericFrom index of the first numeric column
 */
public record DataTable(String caption, List<String> headers, List<List<String>> rows, int numericFrom) {
  public DataTable {
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
}
