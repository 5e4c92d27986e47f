package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.InputException;

class OutputFolderTest {
  @TempDir Path temp;

  @Test
  void readsArticlesRunAndEvaluation() {
    Corpus corpus = OutputFolder.read(Fixtures.copyOutputFolder(temp.resolve("out")));
    assertEquals(12, corpus.articles().size());
    assertEquals(60, corpus.articles().stream().mapToInt(a -> a.quotes().size()).sum());
    assertEquals("4.5.10", corpus.run().corenlp());
    assertEquals(14, corpus.run().inputs().size());
    assertEquals(0.842, corpus.evaluation().orElseThrow().quoteF1());
  }

  @Test
  void skipsAndListsUnreadableArticleFiles() throws IOException {
    Path out = Fixtures.copyOutputFolder(temp.resolve("out"));
    Files.delete(out.resolve("run.json")); // without run.json every article file is read
    Files.writeString(out.resolve("articles/zzz_broken.json"), "{ not json");
    Files.writeString(
        out.resolve("articles/zzz_badlabel.json"),
        "{\"id\":\"x\",\"quotes\":[{\"id\":\"q1\",\"text\":\"t\",\"kind\":\"direct\",\"stance\":{\"label\":\"pro-nobody\"}}]}");
    Corpus corpus = OutputFolder.read(out);
    assertEquals(12, corpus.articles().size());
    assertEquals(2, corpus.unreadable().size());
    assertTrue(
        corpus.unreadable().get(0).contains("zzz_badlabel.json"), corpus.unreadable().toString());
  }

  @Test
  void readsOnlyTheArticlesRunJsonListsAsAnalysed() throws IOException {
    Path out = Fixtures.copyOutputFolder(temp.resolve("out"));
    Files.copy(out.resolve("articles").resolve(firstArticle(out)), out.resolve("articles/zzz_left_by_earlier_run.json"));
    assertEquals(12, OutputFolder.read(out).articles().size());
  }

  private static String firstArticle(Path out) throws IOException {
    try (var files = Files.list(out.resolve("articles"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().findFirst().orElseThrow();
    }
  }

  @Test
  void missingRunJsonIsReportedNotFatal() throws IOException {
    Path out = Fixtures.copyOutputFolder(temp.resolve("out"));
    Files.delete(out.resolve("run.json"));
    Files.delete(out.resolve("evaluation.json"));
    Corpus corpus = OutputFolder.read(out);
    assertFalse(corpus.run().present());
    assertTrue(corpus.evaluation().isEmpty());
  }

  @Test
  void folderWithoutArticlesIsBadInput() {
    InputException e = assertThrows(InputException.class, () -> OutputFolder.read(temp));
    assertTrue(e.getMessage().contains("articles"), e.getMessage());
  }
}
