package org.quotestance.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * {@code quotes.jsonl}: every quote as one JSON object per line, with its article's metadata
 * ({@code article_id, source, outlet, date, title, url}) beside the quote's own fields as in the
 * article JSON. Loads with {@code pandas.read_json(path, lines=True)} or R's {@code
 * jsonlite::stream_in}.
 */
public final class QuotesJsonl {
  private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
  private static final List<String> ARTICLE_FIELDS = List.of("source", "outlet", "date", "title", "url");

  private final Appendable out;

  /** Lines kept in memory; {@link #text()} returns them. */
  public QuotesJsonl() {
    this(new StringBuilder());
  }

  /** Lines streamed to {@code out}. */
  public QuotesJsonl(Appendable out) {
    this.out = out;
  }

  /** Adds the quotes of one article JSON object. */
  public void add(JsonObject article) {
    for (JsonElement e : article.getAsJsonArray("quotes")) {
      JsonObject row = new JsonObject();
      row.add("article_id", article.get("id"));
      for (String field : ARTICLE_FIELDS) {
        row.add(field, article.get(field));
      }
      e.getAsJsonObject().entrySet().forEach(f -> row.add(f.getKey(), f.getValue()));
      StringBuilder line = new StringBuilder();
      COMPACT.toJson(row, line); // not toJson(row): its StringWriter locks on every append
      try {
        out.append(line.append('\n'));
      } catch (java.io.IOException ex) {
        throw new java.io.UncheckedIOException(ex);
      }
    }
  }

  /** The lines so far, for lines kept in memory. */
  public String text() {
    return out.toString();
  }
}
