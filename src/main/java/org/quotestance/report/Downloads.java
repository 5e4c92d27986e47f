package org.quotestance.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quotestance.internal.AtomicFiles;

/**
 * Writes the report's tables next to report.html: one CSV per {@link Table} (RFC 4180, UTF-8, CRLF
 * as the RFC says) and {@code outlets.json} holding all of them plus the stance test.
 */
final class Downloads {
  static final String JSON_FILE = "outlets.json";

  private Downloads() {}

  /** Writes every table and outlets.json; returns the written files, CSVs first. */
  static List<Path> write(Path outDir, List<Table> tables, Analysis analysis) {
    List<Path> written = new ArrayList<>();
    for (Table table : tables) {
      Path file = outDir.resolve(table.name() + ".csv");
      AtomicFiles.write(file, csv(table));
      written.add(file);
    }
    Path json = outDir.resolve(JSON_FILE);
    AtomicFiles.write(json, json(tables, analysis));
    written.add(json);
    return written;
  }

  static String csv(Table table) {
    StringWriter out = new StringWriter();
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).build();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (List<Object> row : table.rows()) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
          cells.add(text(cell));
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String json(List<Table> tables, Analysis analysis) {
    JsonObject root = new JsonObject();
    JsonObject all = new JsonObject();
    for (Table table : tables) {
      JsonArray rows = new JsonArray();
      for (List<Object> row : table.rows()) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < row.size(); i++) {
          o.add(table.columns().get(i), element(row.get(i)));
        }
        rows.add(o);
      }
      all.add(table.name(), rows);
    }
    root.add("tables", all);
    root.add("stance_test", testJson(analysis.test()));
    return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(root) + "\n";
  }

  private static JsonObject testJson(Analysis.StanceTest test) {
    JsonObject o = new JsonObject();
    o.addProperty("chi_square", Table.round(test.chiSquare().statistic(), 4));
    o.addProperty("df", test.chiSquare().df());
    o.add("p", element(Table.round(test.chiSquare().p(), 6)));
    o.addProperty("cramers_v", Table.round(test.chiSquare().cramersV(), 4));
    o.addProperty("min_expected", Table.round(test.chiSquare().minExpected(), 3));
    o.addProperty("n", test.chiSquare().n());
    test.monteCarlo()
        .ifPresent(
            mc -> {
              o.addProperty("monte_carlo_p", Table.round(mc.p(), 6));
              o.addProperty("monte_carlo_draws", mc.draws());
              o.addProperty("monte_carlo_seed", mc.seed());
            });
    JsonArray warnings = new JsonArray();
    test.warnings().forEach(warnings::add);
    o.add("warnings", warnings);
    return o;
  }

  private static com.google.gson.JsonElement element(Object cell) {
    if (cell == null || (cell instanceof Double d && d.isNaN())) {
      return JsonNull.INSTANCE;
    }
    if (cell instanceof Number n) {
      return new JsonPrimitive(n);
    }
    return new JsonPrimitive(cell.toString());
  }

  private static String text(Object cell) {
    if (cell == null || (cell instanceof Double d && d.isNaN())) {
      return "";
    }
    if (cell instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return cell.toString();
  }
}
