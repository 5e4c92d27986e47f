package org.quotestance.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quotestance.InputException;

/**
 * A tab-separated domain file read by header name: columns may come in any order and extra columns
 * are ignored. Blank lines and lines starting with {@code #} are skipped. Every problem is an
 * {@link InputException} that names the file and line.
 */
final class TsvFile {
  /**
   * One data line.
   *
   * @param file the file, for messages
   * @param line its 1-based line number
   * @param header the header's column names
   * @param cells the line's cells, padded with empty strings to the header's width
   */
  record Row(Path file, int line, List<String> header, List<String> cells) {
    /** The cell of column {@code name}, stripped; empty when the column is missing. */
    String get(String name) {
      int i = header.indexOf(name);
      return i < 0 ? "" : cells.get(i).strip();
    }

    /** The cell of column {@code name}; a problem if it is empty. */
    String require(String name) {
      String value = get(name);
      if (value.isEmpty()) {
        throw problem("empty '" + name + "'");
      }
      return value;
    }

    /** An exception naming this file and line. */
    InputException problem(String message) {
      return new InputException(file + ":" + line + ": " + message);
    }
  }

  private TsvFile() {}

  /** The rows of {@code file}, whose header must hold {@code required} columns. */
  static List<Row> read(Path file, String... required) {
    List<String> lines = lines(file);
    int first = 0;
    while (first < lines.size() && skip(lines.get(first))) {
      first++;
    }
    if (first == lines.size()) {
      throw new InputException(file + ": empty file, expected a header");
    }
    List<String> header =
        Arrays.stream(lines.get(first).split("\t", -1)).map(String::strip).toList();
    for (String column : required) {
      if (!header.contains(column)) {
        throw new InputException(
            file + ":" + (first + 1) + ": header lacks column '" + column + "'");
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = first + 1; i < lines.size(); i++) {
      String text = lines.get(i);
      if (skip(text)) {
        continue;
      }
      List<String> cells = new ArrayList<>(Arrays.asList(text.split("\t", -1)));
      if (cells.size() > header.size()) {
        throw new InputException(
            file + ":" + (i + 1) + ": " + cells.size() + " cells, header has " + header.size());
      }
      while (cells.size() < header.size()) {
        cells.add("");
      }
      rows.add(new Row(file, i + 1, header, List.copyOf(cells)));
    }
    return List.copyOf(rows);
  }

  /** The lines of a UTF-8 text file; a missing file is an {@link InputException}. */
  static List<String> lines(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return List.of(text.split("\r?\n", -1));
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** A number in {@code [min, max]} from column {@code name}. */
  static double number(Row row, String name, double min, double max) {
    String text = row.require(name);
    try {
      double value = Double.parseDouble(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw row.problem("'" + name + "' must be a number in [" + min + ", " + max + "]: " + text);
  }

  private static boolean skip(String line) {
    return line.isBlank() || line.startsWith("#");
  }
}
