package org.quotestance.corpus;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.model.Metadata;

/** Builds {@link Metadata} from named values (JSON objects, CSV rows) the same way everywhere. */
final class MetadataValues {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

  /** Unambiguous date formats with an English month name, or year first. */
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
              "MMMM d, uuuu", "MMM d, uuuu", "MMMM d uuuu", "MMM d uuuu", "d MMMM uuuu",
              "d MMM uuuu", "d MMMM, uuuu", "d MMM, uuuu", "uuuu/M/d")
          .stream()
          .map(
              pattern ->
                  new DateTimeFormatterBuilder()
                      .parseCaseInsensitive()
                      .appendPattern(pattern)
                      .toFormatter(Locale.ENGLISH)
                      .withResolverStyle(ResolverStyle.STRICT))
          .toList();

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

  /**
   * {@code 2019-02-25T10:00:00Z} and {@code 2019-02-25 10:00} become {@code 2019-02-25}, and so do
   * dates with an English month name ({@code February 25, 2019}, {@code 25 Feb 2019}) and {@code
   * 2019/02/25}. Anything else (e.g. {@code 25/02/2019}, where day and month are ambiguous) is kept
   * as written; {@link #dateWarning} then says so.
   */
  static String date(String date) {
    if (date == null) {
      return null;
    }
    String value = date.strip();
    Matcher matcher = ISO_DATE.matcher(value);
    if (matcher.matches()) {
      return matcher.group(1);
    }
    // "Tuesday, Sept. 5, 2019": no weekday, no full stops, Java's short form of September
    String plain =
        value
            .replaceFirst("(?i)^(mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+", "")
            .replace(".", "")
            .replaceAll("(?i)\\bsept\\b", "Sep")
            .replaceAll("\\s+", " ");
    for (DateTimeFormatter format : FORMATS) {
      try {
        return LocalDate.parse(plain, format).toString();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return date;
  }

  /**
   * A warning for a date that is not {@code YYYY-MM-DD} after {@link #date}, or null: such a date
   * is kept as written and sorts as text in the report.
   */
  static String dateWarning(Metadata metadata) {
    String date = metadata.date();
    if (date == null || date.isBlank() || isIsoDate(date)) {
      return null;
    }
    return "date \"" + date + "\" is not YYYY-MM-DD and was kept as written (it sorts as text)";
  }

  private static boolean isIsoDate(String date) {
    try {
      LocalDate.parse(date); // rejects 2019-02-30 as well as other formats
      return date.length() == 10;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The decoding warnings of an input plus a warning about its metadata's date, if any. */
  static List<String> warnings(Decoded decoded, Metadata metadata) {
    String dateWarning = dateWarning(metadata);
    if (dateWarning == null) {
      return decoded.warnings();
    }
    List<String> all = new ArrayList<>(decoded.warnings());
    all.add(dateWarning);
    return all;
  }
}
