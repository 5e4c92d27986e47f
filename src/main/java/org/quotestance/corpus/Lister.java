package org.quotestance.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quotestance.InputException;

/** Finds the article files under the inputs; see {@link Corpus#list}. */
final class Lister {
  private static final List<String> PAGE_EXTENSIONS = List.of("txt", "html", "htm");

  private Lister() {}

  static List<Path> list(List<Path> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    Map<Path, Path> found = new LinkedHashMap<>();
    for (Path input : inputs) {
      Objects.requireNonNull(input, "inputs contains null");
      if (Files.isDirectory(input)) {
        walk(input, found);
      } else if (Files.exists(input)) {
        if (!isCompanion(input)) {
          found.putIfAbsent(MetadataSources.absolute(input), input);
        }
      } else {
        throw new InputException(input + ": no such file or folder");
      }
    }
    List<Path> files = new ArrayList<>(found.values());
    files.sort(Comparator.comparing(Path::toString));
    return List.copyOf(files);
  }

  private static void walk(Path folder, Map<Path, Path> found) {
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              boolean skip = !dir.equals(folder) && (hidden(dir) || isOutputFolder(dir));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (!hidden(file)
                  && Files.isRegularFile(file)
                  && Format.of(file).isPresent()
                  && !isCompanion(file)) {
                found.putIfAbsent(MetadataSources.absolute(file), file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new InputException(folder + ": cannot read (" + FileBytes.reason(e) + ")", e);
    }
  }

  /** A Quotestance output folder (run.json beside articles/): results, not articles. */
  private static boolean isOutputFolder(Path dir) {
    return Files.isRegularFile(dir.resolve("run.json")) && Files.isDirectory(dir.resolve("articles"));
  }

  private static boolean hidden(Path path) {
    return String.valueOf(path.getFileName()).startsWith(".");
  }

  /** {@code articles.csv}, or a sidecar {@code NAME.json} beside {@code NAME.txt/.html/.htm}. */
  static boolean isCompanion(Path file) {
    String name = String.valueOf(file.getFileName());
    if (name.equalsIgnoreCase(ArticlesCsv.NAME)) {
      return true;
    }
    if (!Format.extension(file).equals("json")) {
      return false;
    }
    String stem = Format.stem(file);
    for (String extension : PAGE_EXTENSIONS) {
      if (Files.exists(file.resolveSibling(stem + "." + extension))
          || Files.exists(file.resolveSibling(stem + "." + extension.toUpperCase()))) {
        return true;
      }
    }
    return false;
  }
}
