package org.quotestance.model;

import java.util.Objects;

/**
 * Bibliographic metadata of one article. Absent values are empty strings, never null; an unknown
 * outlet is {@code "unknown"}.
 *
 * @param outlet the publishing outlet, {@code "unknown"} when no rule found one
 * @param date publication date as given (ISO {@code yyyy-mm-dd} where known), or empty
 * @param title headline, or empty
 * @param url address of the article, or empty
 * @param outletSource which rule found the outlet: {@code articles.csv}, {@code sidecar},
 *     {@code source-line}, {@code folder}, {@code record}, {@code html-meta} or {@code unknown}
 */
public record Metadata(String outlet, String date, String title, String url, String outletSource) {
  public static final String UNKNOWN_OUTLET = "unknown";

  public Metadata {
    outlet = blankTo(outlet, UNKNOWN_OUTLET);
    date = blankTo(date, "");
    title = blankTo(title, "");
    url = blankTo(url, "");
    outletSource = blankTo(outletSource, "unknown");
  }

  public static Metadata unknown() {
    return new Metadata(null, null, null, null, null);
  }

  private static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  /** A copy in which every empty field of this one is taken from {@code other}. */
  public Metadata orElse(Metadata other) {
    Objects.requireNonNull(other, "other");
    boolean known = !outlet.equals(UNKNOWN_OUTLET);
    return new Metadata(
        known ? outlet : other.outlet,
        date.isEmpty() ? other.date : date,
        title.isEmpty() ? other.title : title,
        url.isEmpty() ? other.url : url,
        known ? outletSource : other.outletSource);
  }
}
