package org.quotestance.model;

import java.util.List;
import java.util.Objects;

/**
 * One loaded news article: its original text, metadata and the spans of site furniture that are
 * not article text. Offsets everywhere index {@link #text()} as loaded; furniture is never cut out.
 *
 * @param id file name without extension (unique within a run)
 * @param source the path as the user gave it
 * @param text the original text
 * @param metadata outlet, date, title, url
 * @param furniture spans that are site furniture ("Read more:", comment notices, repeated
 *     headlines), sorted and non-overlapping
 * @param warnings problems met while loading that did not stop it (e.g. encoding fallback)
 */
public record Article(
    String id,
    String source,
    String text,
    Metadata metadata,
    List<CharSpan> furniture,
    List<String> warnings) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    furniture = List.copyOf(furniture);
    warnings = List.copyOf(warnings);
    for (CharSpan span : furniture) {
      if (span.end() > text.length()) {
        throw new IllegalArgumentException("furniture span " + span + " beyond text of " + id);
      }
    }
  }

  /** An article with no furniture and no warnings. */
  public static Article of(String id, String text, Metadata metadata) {
    return new Article(id, id, text, metadata, List.of(), List.of());
  }

  /** Whether the character at {@code offset} is site furniture. */
  public boolean isFurniture(int offset) {
    for (CharSpan span : furniture) {
      if (span.contains(offset)) {
        return true;
      }
    }
    return false;
  }
}
