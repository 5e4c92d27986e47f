package org.quotestance.output;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The flat table of quotes, one row per quote with its article's metadata, for R and pandas
 * (RFC 4180, UTF-8, header row). Rows come from the article JSON files, so it can be rebuilt from
 * an output folder alone.
 */
public final class QuotesCsv {
  public static final List<String> COLUMNS = List.of("article_id", "source", "outlet", "date", "title", "url",
      "quote_id", "kind", "begin", "end", "text", "continues", "speaker", "speaker_type", "speaker_camp",
      "speaker_camp_source", "speaker_role", "speaker_method", "verb", "mention", "stance", "confidence", "p_pro_guaido",
      "p_pro_maduro", "p_neutral", "frames", "context");

  private final StringWriter buffer;
  private final CSVPrinter printer;

  /** A table kept in memory; {@link #text()} returns it. */
  public QuotesCsv() {
    this(new StringWriter());
  }

  /** A table streamed to {@code out}; call {@link #flush()} when done. */
  public QuotesCsv(java.io.Writer out) {
    this.buffer = out instanceof StringWriter sw ? sw : null;
    try {
      printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the rows of one article JSON object. */
  public void add(JsonObject article) {
    for (JsonElement e : article.getAsJsonArray("quotes")) {
      JsonObject q = e.getAsJsonObject();
      JsonObject sp = q.getAsJsonObject("speaker");
      JsonObject st = q.getAsJsonObject("stance");
      JsonObject p = st.getAsJsonObject("probabilities");
      List<Object> row = new ArrayList<>();
      for (String k : List.of("id", "source", "outlet", "date", "title", "url")) {
        row.add(str(article, k));
      }
      row.add(str(q, "id"));
      row.add(str(q, "kind"));
      row.add(q.get("begin").getAsInt());
      row.add(q.get("end").getAsInt());
      row.add(str(q, "text"));
      row.add(str(q, "continues"));
      row.add(str(sp, "name"));
      row.add(str(sp, "type"));
      row.add(str(sp, "camp"));
      row.add(str(sp, "campSource"));
      row.add(str(sp, "role"));
      row.add(str(sp, "method"));
      row.add(str(sp, "verb"));
      row.add(sp.has("mention") && sp.get("mention").isJsonObject() ? str(sp.getAsJsonObject("mention"), "text") : "");
      row.add(str(st, "label"));
      row.add(st.get("confidence").getAsDouble());
      row.add(p.get("pro-Guaidó").getAsDouble());
      row.add(p.get("pro-Maduro").getAsDouble());
      row.add(p.get("neutral-procedural").getAsDouble());
      row.add(join(st.getAsJsonArray("frames")));
      row.add(str(q.getAsJsonObject("context"), "text"));
      try {
        printer.printRecord(row);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  public void flush() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table so far, for a table kept in memory. */
  public String text() {
    flush();
    if (buffer == null) {
      throw new IllegalStateException("this table is streamed, not kept in memory");
    }
    return buffer.toString();
  }

  private static String join(JsonArray a) {
    List<String> parts = new ArrayList<>();
    a.forEach(e -> parts.add(e.getAsString()));
    return String.join(";", parts);
  }

  private static String str(JsonObject o, String key) {
    return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : "";
  }
}
