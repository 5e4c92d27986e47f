package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {
  @TempDir Path dir;

  private final List<BenchCorpus.Source> sources =
      List.of(
          new BenchCorpus.Source("b.txt", "\"We resist,\" Maduro said.\n"),
          new BenchCorpus.Source("a.txt", "Guaido spoke."));

  @Test
  void cyclesThroughTheSourcesAndNumbersEveryCopy() throws IOException {
    List<String> names = BenchCorpus.write(dir, 5, sources);

    assertEquals(
        List.of("a0001_b.txt", "a0002_a.txt", "a0003_b.txt", "a0004_a.txt", "a0005_b.txt"), names);
    assertEquals(
        "\"We resist,\" Maduro said.\n\nBenchmark copy 3.\n", read(dir.resolve("a0003_b.txt")));
    assertEquals("Guaido spoke.\n\nBenchmark copy 2.\n", read(dir.resolve("a0002_a.txt")));
  }

  @Test
  void givesEveryCopyADifferentText() throws IOException {
    List<String> names = BenchCorpus.write(dir, 50, sources);

    Set<String> texts = new HashSet<>();
    for (String name : names) {
      texts.add(read(dir.resolve(name)));
    }
    assertEquals(50, texts.size());
  }

  @Test
  void writesAnArticlesCsvWithCycledOutletsAndDates() throws IOException {
    BenchCorpus.write(dir, 6, sources);

    List<String> rows = Files.readAllLines(dir.resolve("articles.csv"));
    assertEquals("file,outlet,date", rows.get(0));
    assertEquals("a0001_b.txt,Harbour Times,2019-01-01", rows.get(1));
    assertEquals("a0006_a.txt,Harbour Times,2019-01-06", rows.get(6));
    assertEquals(7, rows.size());
  }

  @Test
  void isDeterministicAndASmallCorpusIsAPrefixOfALargeOne(@TempDir Path other) throws IOException {
    BenchCorpus.write(dir, 3, sources);
    BenchCorpus.write(other, 7, sources);

    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        assertEquals(read(f), read(other.resolve(f.getFileName())));
      }
    }
    assertTrue(
        read(other.resolve("articles.csv"))
            .startsWith(read(dir.resolve("articles.csv")).substring(0, 20)));
  }

  @Test
  void replacesTheCopiesOfAnEarlierLargerCorpusButNothingElse() throws IOException {
    BenchCorpus.write(dir, 8, sources);
    Files.writeString(dir.resolve("mine.txt"), "keep");

    BenchCorpus.write(dir, 3, sources);

    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("a0001_b.txt", "a0002_a.txt", "a0003_b.txt", "articles.csv", "mine.txt"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void readsSourcesFolderByFolderInNameOrderAndOnlyTxt(@TempDir Path second) throws IOException {
    Files.writeString(dir.resolve("z.txt"), "Z");
    Files.writeString(dir.resolve("m.txt"), "M");
    Files.writeString(dir.resolve("gold.json"), "{}");
    Files.writeString(second.resolve("a.txt"), "A");

    List<BenchCorpus.Source> read = BenchCorpus.sources(List.of(dir, second));

    assertEquals(
        List.of("m.txt", "z.txt", "a.txt"), read.stream().map(BenchCorpus.Source::name).toList());
    assertEquals("M", read.get(0).text());
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
