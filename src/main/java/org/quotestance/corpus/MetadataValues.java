package org.quotestance.corpus;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.model.Metadata;

/** Builds {@link Metadata} from named values (JSON objects, CSV rows) the same way everywhere. */
final class MetadataValues {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

  private MetadataValues() {}

  /**
   * Metadata whose {@code outletSource} is {@code source} only when an outlet was found, so that
   * {@link Metadata#orElse} passes over a source that gave dates or titles but no outlet. ISO
   * timestamps are cut to their date.
   */
  static Metadata of(String outlet, String date, String title, String url, String source) {
    boolean hasOutlet = outlet != null && !outlet.isBlank();
    return new Metadata(outlet, date(date), title, url, hasOutlet ? source : null);
  }

  /** Metadata from any lookup of values by name, e.g. a CSV row or a JSON object. */
  static Metadata of(Function<String, String> values, JsonFields fields, String source) {
    return of(
        first(values, fields.outlet()),
        first(values, fields.date()),
        first(values, fields.title()),
        first(values, fields.url()),
        source);
  }

  static Metadata of(JsonObject object, JsonFields fields, String source) {
    return of(name -> string(object, name), fields, source);
  }

  /** The first non-blank value among {@code names}, or null. */
  static String first(Function<String, String> values, List<String> names) {
    for (String name : names) {
      String value = values.apply(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** A string, number or boolean field as text; null when absent, null or structured. */
  static String string(JsonObject object, String name) {
    JsonElement element = object.get(name);
    return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
  }

  /** {@code 2019-02-25T10:00:00Z} and {@code 2019-02-25 10:00} become {@code 2019-02-25}. */
  static String date(String date) {
    if (date == null) {
      return null;
    }
    Matcher matcher = ISO_DATE.matcher(date.strip());
    return matcher.matches() ? matcher.group(1) : date;
  }
}
