package org.quotestance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.InputException;

class CorpusListTest {
  @TempDir Path dir;

  private List<String> names(List<Path> files) {
    return files.stream().map(file -> dir.relativize(file).toString()).toList();
  }

  @Test
  void listsArticleFilesRecursivelyInSortedOrder() {
    Fixtures.write(dir.resolve("b/z.txt"), "z");
    Fixtures.write(dir.resolve("a.txt"), "a");
    Fixtures.write(dir.resolve("b/a/page.HTML"), "<p>x</p>");
    Fixtures.write(dir.resolve("c/records.jsonl"), "{}");
    Fixtures.write(dir.resolve("c/one.json"), "{}");
    Fixtures.write(dir.resolve("c/old.htm"), "<p>x</p>");

    assertEquals(
        List.of("a.txt", "b/a/page.HTML", "b/z.txt", "c/old.htm", "c/one.json", "c/records.jsonl"),
        names(Corpus.list(List.of(dir))));
  }

  @Test
  void skipsArticlesCsvSidecarsHiddenAndUnsupportedFiles() {
    Fixtures.write(dir.resolve("a.txt"), "a");
    Fixtures.write(dir.resolve("a.json"), "{}");
    Fixtures.write(dir.resolve("p.html"), "<p>x</p>");
    Fixtures.write(dir.resolve("p.json"), "{}");
    Fixtures.write(dir.resolve("lonely.json"), "{}");
    Fixtures.write(dir.resolve("articles.csv"), "file\n");
    Fixtures.write(dir.resolve(".hidden.txt"), "h");
    Fixtures.write(dir.resolve(".git/notes.txt"), "h");
    Fixtures.write(dir.resolve("README.md"), "r");
    Fixtures.write(dir.resolve("scan.pdf"), "%PDF");

    assertEquals(List.of("a.txt", "lonely.json", "p.html"), names(Corpus.list(List.of(dir))));
  }

  @Test
  void keepsRelativePathsAsGiven() {
    List<Path> files = Corpus.list(List.of(Path.of("src/test/resources/corpus/resolution")));

    assertTrue(files.contains(Path.of("src/test/resources/corpus/resolution/bbc/all.txt")));
    assertTrue(files.stream().noneMatch(Path::isAbsolute));
  }

  @Test
  void listsAFileNamedTwiceOnce() {
    Path a = Fixtures.write(dir.resolve("x/a.txt"), "a");

    assertEquals(List.of(a), Corpus.list(List.of(dir.resolve("x"), a, dir.resolve("x/../x"))));
  }

  @Test
  void keepsAnExplicitFileOfUnsupportedFormatSoLoadCanReportIt() {
    Path pdf = Fixtures.write(dir.resolve("scan.pdf"), "%PDF");
    Path csv = Fixtures.write(dir.resolve("articles.csv"), "file\n");

    assertEquals(List.of(pdf), Corpus.list(List.of(pdf, csv)));
  }

  @Test
  void rejectsAMissingInput() {
    InputException e =
        assertThrows(InputException.class, () -> Corpus.list(List.of(dir.resolve("nope"))));

    assertTrue(e.getMessage().endsWith("nope: no such file or folder"), e.getMessage());
  }

  @Test
  void filesListsTheCorpusInputs() {
    Fixtures.write(dir.resolve("a.txt"), "a");

    assertEquals(List.of(dir.resolve("a.txt")), Corpus.of(List.of(dir)).files());
  }
}
