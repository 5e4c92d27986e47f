package org.quotestance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The fixture output folder (src/test/resources/report/out) copied somewhere writable. */
final class Fixtures {
  /** Quotes per outlet in the fixture, in the report's order (most quotes first). */
  static final String[] OUTLETS = {
    "Caracas Chronicle", "Global Wire", "Post & Courier", "Harbor Times"
  };

  static final int[] QUOTES = {20, 17, 15, 8};

  private Fixtures() {}

  /** Copies the fixture folder into a fresh {@code target} and returns it. */
  static Path copyOutputFolder(Path target) {
    try {
      Path source = Path.of(Fixtures.class.getResource("/report/out").toURI());
      if (Files.exists(target)) {
        try (Stream<Path> old = Files.walk(target)) {
          old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      try (Stream<Path> files = Files.walk(source)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Path to = target.resolve(source.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
