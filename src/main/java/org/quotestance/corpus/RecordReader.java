package org.quotestance.corpus;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.quotestance.InputException;
import org.quotestance.model.Article;
import org.quotestance.model.Metadata;

/**
 * Reads JSON records: a {@code .json} file holding one object or an array of objects, or a {@code
 * .jsonl} file holding one object per line. Field names come from {@link JsonFields}. Metadata
 * comes from the record, then the {@code <outlet>/} folder. A record's id is its id field (made
 * safe for file names), else {@code <file stem>-<n>} with {@code n} the 1-based line or record
 * number; a {@code .json} file with a single object and no id takes the file stem. The article text
 * is the record's text field exactly as stored.
 */
final class RecordReader {
  private final MetadataSources sources;
  private final JsonFields fields;

  RecordReader(MetadataSources sources, JsonFields fields) {
    this.sources = sources;
    this.fields = fields;
  }

  /**
   * A {@code .json} file.
   *
   * @throws InputException when the file is not JSON, or not an object or array of objects
   */
  LoadResult json(Path file, Decoded decoded) {
    JsonElement root = JsonText.parse(decoded.text(), file.toString());
    if (root.isJsonObject()) {
      String where = file.toString();
      return LoadResult.of(
          article(file, root.getAsJsonObject(), Format.stem(file), where, decoded));
    }
    if (!root.isJsonArray()) {
      throw new InputException(file + ": expected a JSON object or an array of objects");
    }
    JsonArray array = root.getAsJsonArray();
    if (array.isEmpty()) {
      throw new InputException(file + ": empty article (the array has no records)");
    }
    Records records = new Records(file);
    for (int i = 0; i < array.size(); i++) {
      int number = i + 1;
      String where = file + ": record " + number;
      JsonElement element = array.get(i);
      records.add(number, () -> article(file, object(element, where), number, where, decoded));
    }
    return records.result();
  }

  /** A {@code .jsonl} file; a bad line fails alone, blank lines are skipped. */
  LoadResult jsonLines(Path file, Decoded decoded) {
    List<Line> lines = Line.split(decoded.text());
    Records records = new Records(file);
    String text = decoded.text();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      int number = i + 1;
      String where = file + ": line " + number;
      String json = text.substring(line.begin(), line.end());
      records.add(
          number,
          () -> article(file, object(JsonText.parse(json, where), where), number, where, decoded));
    }
    return records.result();
  }

  private Article article(Path file, JsonObject record, int number, String where, Decoded d) {
    return article(file, record, Format.stem(file) + "-" + number, where, d);
  }

  private Article article(
      Path file, JsonObject record, String fallbackId, String where, Decoded decoded) {
    if (record.has("analysisKey") && record.has("quotes")) {
      // an article file of an earlier run (an HTML input's holds its text), not an article
      throw new InputException(where + ": a Quotestance result file, not an article (analyse the inputs it came from)");
    }
    String text = MetadataValues.first(name -> MetadataValues.string(record, name), fields.text());
    if (text == null) {
      String names = String.join(" or ", fields.text());
      throw new InputException(where + ": empty article (" + names + " missing or blank)");
    }
    String id = MetadataValues.first(name -> MetadataValues.string(record, name), fields.id());
    Metadata metadata =
        MetadataValues.of(record, fields, "record")
            .orElse(sources.folder(file))
            .orElse(Metadata.unknown());
    return new Article(
        id == null ? fallbackId : Ids.safe(id),
        file.toString(),
        text,
        metadata,
        Furniture.find(text, metadata.title()),
        MetadataValues.warnings(decoded, metadata));
  }

  private static JsonObject object(JsonElement element, String where) {
    if (!element.isJsonObject()) {
      throw new InputException(where + ": expected a JSON object");
    }
    return element.getAsJsonObject();
  }

  /** Collects the articles and failures of one file's records. */
  private static final class Records {
    private final Path file;
    private final List<Article> articles = new ArrayList<>();
    private final List<RecordFailure> failures = new ArrayList<>();

    Records(Path file) {
      this.file = file;
    }

    void add(int number, Supplier<Article> reader) {
      try {
        articles.add(reader.get());
      } catch (InputException e) {
        failures.add(new RecordFailure(file.toString(), number, e.getMessage()));
      }
    }

    LoadResult result() {
      return new LoadResult(articles, failures);
    }
  }
}
