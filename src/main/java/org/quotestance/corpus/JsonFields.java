package org.quotestance.corpus;

import java.util.List;
import java.util.Objects;

/**
 * Which field names hold an article's parts in JSON records, sidecar files and {@code articles.csv}
 * columns. Each part lists candidate names; the first one present with a non-blank value wins. The
 * defaults read our own names, Media Cloud exports ({@code media_name}, {@code publish_date},
 * {@code stories_id}) and news-please output ({@code maintext}, {@code source_domain}, {@code
 * date_publish}) as they are.
 *
 * @param text names of the article text
 * @param title names of the headline
 * @param outlet names of the publishing outlet
 * @param date names of the publication date
 * @param url names of the article address
 * @param id names of the record id
 */
public record JsonFields(
    List<String> text,
    List<String> title,
    List<String> outlet,
    List<String> date,
    List<String> url,
    List<String> id) {
  public JsonFields {
    text = names(text, "text");
    title = names(title, "title");
    outlet = names(outlet, "outlet");
    date = names(date, "date");
    url = names(url, "url");
    id = names(id, "id");
  }

  /** The default names, tried in this order. */
  public static JsonFields defaults() {
    return new JsonFields(
        List.of("text", "maintext"),
        List.of("title"),
        List.of("outlet", "media_name", "source_domain"),
        List.of("date", "publish_date", "date_publish"),
        List.of("url"),
        List.of("id", "stories_id"));
  }

  public JsonFields withText(List<String> names) {
    return new JsonFields(names, title, outlet, date, url, id);
  }

  public JsonFields withTitle(List<String> names) {
    return new JsonFields(text, names, outlet, date, url, id);
  }

  public JsonFields withOutlet(List<String> names) {
    return new JsonFields(text, title, names, date, url, id);
  }

  public JsonFields withDate(List<String> names) {
    return new JsonFields(text, title, outlet, names, url, id);
  }

  public JsonFields withUrl(List<String> names) {
    return new JsonFields(text, title, outlet, date, names, id);
  }

  public JsonFields withId(List<String> names) {
    return new JsonFields(text, title, outlet, date, url, names);
  }

  private static List<String> names(List<String> names, String part) {
    Objects.requireNonNull(names, part);
    if (names.isEmpty() || names.stream().anyMatch(name -> name == null || name.isBlank())) {
      throw new IllegalArgumentException(part + ": field names must be non-blank, got " + names);
    }
    return List.copyOf(names);
  }
}
