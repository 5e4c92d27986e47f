package org.quotestance.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.quotestance.InputException;
import org.quotestance.model.Metadata;

/**
 * A folder's {@code articles.csv}: metadata rows keyed by article file name. The header is required
 * and must have a {@code file} column; the other columns are optional and named as in {@link
 * JsonFields} ({@code outlet}, {@code date}, {@code title}, {@code url} by default). Header names
 * are case-insensitive; unknown columns are ignored; rows may leave trailing columns out.
 */
final class ArticlesCsv {
  static final String NAME = "articles.csv";
  static final String SOURCE = "articles.csv";

  /** Where commons-csv says the error is: "(line 3)", "(startline 3)" or "at line: 3, …". */
  private static final Pattern LINE =
      Pattern.compile(
          "\\s*(?:\\((?:start)?line (\\d+)\\)|at line: (\\d+)(?:, position: \\d+)?)\\s*");

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreHeaderCase(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .build();

  private final Map<String, Metadata> rows;

  private ArticlesCsv(Map<String, Metadata> rows) {
    this.rows = Map.copyOf(rows);
  }

  static ArticlesCsv empty() {
    return new ArticlesCsv(Map.of());
  }

  /** The row for an article file, matched by file name. */
  Optional<Metadata> row(Path article) {
    return Optional.ofNullable(rows.get(String.valueOf(article.getFileName())));
  }

  /**
   * Parses the CSV text of {@code csv}.
   *
   * @throws InputException naming the csv and the line when it is malformed
   */
  static ArticlesCsv parse(Path csv, String text, JsonFields fields) {
    CSVParser parser;
    try {
      parser = CSVParser.parse(text, FORMAT);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new InputException(csv + ": line 1: bad header (" + e.getMessage() + ")", e);
    }
    try (parser) {
      if (!parser.getHeaderMap().containsKey("file")) {
        throw new InputException(csv + ": line 1: the header needs a 'file' column");
      }
      int columns = parser.getHeaderNames().size();
      Map<String, Metadata> rows = new HashMap<>();
      Map<String, Long> lines = new HashMap<>();
      Iterator<CSVRecord> records = parser.iterator();
      while (hasNext(records, csv)) {
        CSVRecord record = records.next();
        long line = parser.getCurrentLineNumber();
        String where = csv + ": line " + line;
        if (record.size() > columns) {
          throw new InputException(
              where
                  + ": "
                  + record.size()
                  + " values but the header has "
                  + columns
                  + " columns (quote values that contain commas)");
        }
        String file = value(record, "file");
        if (file == null || file.isBlank()) {
          throw new InputException(where + ": no file name");
        }
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        Long earlier = lines.putIfAbsent(name, line);
        if (earlier != null) {
          throw new InputException(where + ": " + name + " is already listed on line " + earlier);
        }
        rows.put(name, MetadataValues.of(column -> value(record, column), fields, SOURCE));
      }
      return new ArticlesCsv(rows);
    } catch (IOException e) {
      throw new InputException(csv + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static boolean hasNext(Iterator<CSVRecord> records, Path csv) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      String message = String.valueOf(e.getCause() != null ? e.getCause() : e);
      message = message.replaceFirst("^(?:[\\w.]+(?:Exception|Error): )+", "");
      Matcher matcher = LINE.matcher(message);
      String line = "";
      if (matcher.find()) {
        line = " line " + (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)) + ":";
        message = matcher.replaceAll(" ").strip();
      }
      String reason = message.isEmpty() ? message : lowerFirst(message);
      throw new InputException(csv + ":" + line + " malformed CSV (" + reason + ")", e);
    }
  }

  /** "Invalid char" becomes "invalid char"; "EOF reached" stays. */
  private static String lowerFirst(String text) {
    boolean word = text.length() > 1 && Character.isLowerCase(text.charAt(1));
    return word ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
  }

  private static String value(CSVRecord record, String column) {
    return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
  }
}
