package org.quotestance.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quotestance.InputException;

/**
 * A deterministic benchmark corpus: copies of some source articles, cycled, each made unique by a
 * closing sentence with its number (so duplicate detection keeps them all), written as {@code .txt}
 * files with an {@code articles.csv} that cycles through a few outlets. The corpus of n articles is
 * the first n files of any larger one.
 */
final class BenchCorpus {
  static final List<String> OUTLETS =
      List.of(
          "Harbour Times", "Metro Ledger", "Andean Wire", "Pacific Observer", "Capitol Dispatch");
  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  private static final Pattern COPY = Pattern.compile("a\\d{4,}_.+\\.txt");

  /** One source article: its file name and text. */
  record Source(String name, String text) {}

  private BenchCorpus() {}

  /** The {@code .txt} files of each folder, by name within a folder, folders in the given order. */
  static List<Source> sources(List<Path> dirs) {
    List<Source> out = new ArrayList<>();
    for (Path dir : dirs) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f :
            files
                .filter(p -> p.getFileName().toString().endsWith(".txt"))
                .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                .toList()) {
          out.add(
              new Source(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new InputException(dir + ": cannot read source articles (" + e.getMessage() + ")", e);
      }
    }
    if (out.isEmpty()) {
      throw new InputException("no .txt source articles in " + dirs);
    }
    return out;
  }

  /**
   * Writes {@code count} articles and their {@code articles.csv} into {@code dir}; returns the file
   * names.
   */
  static List<String> write(Path dir, int count, List<Source> sources) {
    List<String> names = new ArrayList<>();
    StringBuilder csv = new StringBuilder("file,outlet,date\n");
    try {
      Files.createDirectories(dir);
      removeEarlierCopies(dir);
      for (int i = 0; i < count; i++) {
        Source source = sources.get(i % sources.size());
        String name = fileName(i, source);
        Files.writeString(dir.resolve(name), text(i, source), StandardCharsets.UTF_8);
        csv.append(name)
            .append(',')
            .append(OUTLETS.get(i % OUTLETS.size()))
            .append(',')
            .append(FIRST_DAY.plusDays(i % 365))
            .append('\n');
        names.add(name);
      }
      Files.writeString(dir.resolve("articles.csv"), csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the benchmark corpus to " + dir, e);
    }
    return names;
  }

  /**
   * Deletes the copies an earlier, larger corpus left in {@code dir}, so the corpus has exactly n.
   */
  private static void removeEarlierCopies(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        if (COPY.matcher(f.getFileName().toString()).matches()) {
          Files.delete(f);
        }
      }
    }
  }

  /** {@code a0001_<source name>} for the first copy. */
  static String fileName(int index, Source source) {
    return String.format("a%04d_%s", index + 1, source.name());
  }

  /** The source text with a numbered closing sentence, so that every copy's text is different. */
  static String text(int index, Source source) {
    return source.text().stripTrailing() + "\n\nBenchmark copy " + (index + 1) + ".\n";
  }
}
