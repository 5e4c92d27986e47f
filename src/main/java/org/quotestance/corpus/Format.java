package org.quotestance.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The article file formats we read, recognised by file extension (case-insensitive). */
enum Format {
  TEXT(Set.of("txt")),
  HTML(Set.of("html", "htm")),
  JSON(Set.of("json")),
  JSON_LINES(Set.of("jsonl", "ndjson"));

  private final Set<String> extensions;

  Format(Set<String> extensions) {
    this.extensions = extensions;
  }

  static Optional<Format> of(Path file) {
    String extension = extension(file);
    for (Format format : values()) {
      if (format.extensions.contains(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Whether a file name has one of this format's extensions. */
  boolean names(String fileName) {
    return extensions.contains(extension(fileName));
  }

  /** The lower-case extension without the dot, or empty. */
  static String extension(Path file) {
    return extension(String.valueOf(file.getFileName()));
  }

  /** The lower-case extension of a file name, without the dot; empty when none. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file name without its extension ({@code a.b.txt} gives {@code a.b}). */
  static String stem(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
