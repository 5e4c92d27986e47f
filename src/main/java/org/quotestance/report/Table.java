package org.quotestance.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One downloadable table: a name (the file name without extension), column names and rows of cells.
 * A cell is a {@link String}, a whole {@link Long}/{@link Integer}, a {@link Double} (already
 * rounded; NaN means "not defined") or null. The same table is written as CSV and as a member of
 * {@code outlets.json}, so both always agree.
 */
record Table(String name, List<String> columns, List<List<Object>> rows) {
  Table {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            name + ": row of " + row.size() + " cells, " + columns.size() + " columns");
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copy);
  }

  /** {@code value} rounded to {@code places} decimals, for shares and scores in the downloads. */
  static Double round(double value, int places) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.NaN;
    }
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }
}
