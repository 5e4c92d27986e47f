package org.quotestance.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.quotestance.InputException;
import org.quotestance.stance.StanceTrainer;

/**
 * The realistic edit for a cached re-run: a copy of a domain folder with one stance-lexicon weight
 * changed and the stance model retrained, as a user tuning the lexicon would do. The change alters
 * the domain hash (so no article result can be reused) but not the text analysis (so every parse
 * can be).
 */
final class BenchDomain {
  static final String LEXICON = "stance-lexicon.tsv";

  private BenchDomain() {}

  /**
   * Copies {@code domain} to {@code target}, bumps the first lexicon weight by 0.1 and retrains.
   */
  static void changedCopy(Path domain, Path target) {
    copy(domain, target);
    Path lexicon = target.resolve(LEXICON);
    try {
      String text = Files.readString(lexicon, StandardCharsets.UTF_8);
      Files.writeString(lexicon, bumpFirstWeight(text, 0.1), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot edit " + lexicon, e);
    }
    StanceTrainer.train(target);
  }

  /** The lexicon text with the {@code weight} of its first entry raised by {@code delta}. */
  static String bumpFirstWeight(String tsv, double delta) {
    List<String> lines = new ArrayList<>(Arrays.asList(tsv.split("\n", -1)));
    int column = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (column < 0) {
        column = Arrays.asList(line.strip().split("\t", -1)).indexOf("weight");
        if (column < 0) {
          throw new InputException(LEXICON + ": no weight column");
        }
        continue;
      }
      String[] cells = line.split("\t", -1);
      double weight = Double.parseDouble(cells[column].strip());
      cells[column] = String.format(Locale.ROOT, "%.2f", weight + delta);
      lines.set(i, String.join("\t", cells));
      return String.join("\n", lines);
    }
    throw new InputException(LEXICON + ": no entries");
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
    }
  }
}
