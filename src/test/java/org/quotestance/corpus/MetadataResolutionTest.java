package org.quotestance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.InputException;
import org.quotestance.model.Metadata;

class MetadataResolutionTest {
  private final Path root = Fixtures.path("resolution");
  private final Corpus corpus = Corpus.of(List.of(root));
  @TempDir Path dir;

  private Metadata metadata(String name) {
    return Fixtures.one(corpus, root.resolve(name)).metadata();
  }

  @Test
  void csvBeatsSidecarBeatsSourceLineFieldByField() {
    assertEquals(
        new Metadata(
            "CSV Outlet",
            "2019-01-01",
            "Sidecar title",
            "https://sidecar.example/all",
            "articles.csv"),
        metadata("bbc/all.txt"));
  }

  @Test
  void sourceLineGivesTheOutletWhenCsvAndSidecarHaveNone() {
    assertEquals(
        new Metadata("express.co.uk", "2019-01-02", "Sidecar title only", "", "source-line"),
        metadata("bbc/csv-date-only.txt"));
  }

  @Test
  void sidecarBeatsSourceLineAndReadsMediaCloudNames() {
    assertEquals(
        new Metadata("Sidecar Media", "2019-02-03", "", "", "sidecar"),
        metadata("bbc/sidecar-only.txt"));
  }

  @Test
  void folderBelowTheInputFolderNamesTheOutlet() {
    assertEquals(new Metadata("bbc", "", "", "", "folder"), metadata("bbc/folder-only.txt"));
    assertEquals(new Metadata("bbc", "", "", "", "folder"), metadata("bbc/2019/deep.txt"));
  }

  @Test
  void theInputFolderItselfIsNotAnOutlet() {
    assertEquals(Metadata.unknown(), metadata("loose.txt"));
    Corpus named = Corpus.of(List.of(root.resolve("bbc")));
    assertEquals(
        Metadata.unknown(), Fixtures.one(named, root.resolve("bbc/folder-only.txt")).metadata());
  }

  @Test
  void aFileNamedDirectlyGetsNoFolderOutlet() {
    Path file = root.resolve("bbc/folder-only.txt");

    assertEquals(Metadata.unknown(), Fixtures.one(Corpus.of(List.of(file)), file).metadata());
  }

  @Test
  void csvAndSidecarAlsoBeatHtmlMetaTags() throws Exception {
    Files.copy(Fixtures.path("html/page.html"), dir.resolve("page.html"));
    Fixtures.write(dir.resolve("articles.csv"), "file,date\npage.html,2020-01-01\n");
    Fixtures.write(dir.resolve("page.json"), "{\"outlet\": \"Sidecar\"}");

    Metadata metadata = Fixtures.one(Corpus.of(List.of(dir)), dir.resolve("page.html")).metadata();

    assertEquals(
        new Metadata(
            "Sidecar",
            "2020-01-01",
            "Guaidó calls for aid to enter Venezuela",
            "https://www.example-news.com/world/guaido-aid",
            "sidecar"),
        metadata);
  }

  @Test
  void csvMatchesByFileNameAndIsReadOncePerFolder() throws Exception {
    Fixtures.write(dir.resolve("articles.csv"), "FILE,Outlet\n./sub/a.txt,First\n");
    Path a = Fixtures.write(dir.resolve("a.txt"), "a");
    Corpus cached = Corpus.of(List.of(dir));

    assertEquals("First", Fixtures.one(cached, a).metadata().outlet());
    Files.writeString(dir.resolve("articles.csv"), "file,outlet\na.txt,Second\n");
    assertEquals("First", Fixtures.one(cached, a).metadata().outlet());
    assertEquals("Second", Fixtures.one(Corpus.of(List.of(dir)), a).metadata().outlet());
  }

  @Test
  void reportsAMalformedCsvByLine() {
    Path csv =
        Fixtures.write(
            dir.resolve("articles.csv"),
            "file,outlet,title\na.txt,BBC,fine\nb.txt,CNN,\"unclosed \" quote\n");
    Path a = Fixtures.write(dir.resolve("a.txt"), "a");

    String message = assertThrows(InputException.class, () -> corpus.load(a)).getMessage();

    assertEquals(
        csv
            + ": line 3: malformed CSV (invalid char between encapsulated token and"
            + " delimiter)",
        message);
  }

  @Test
  void reportsAnUnclosedCsvQuoteByTheLineWhereItStarts() {
    Path csv =
        Fixtures.write(
            dir.resolve("articles.csv"),
            "file,outlet,title\na.txt,BBC,fine\nb.txt,CNN,\"never closed\nc.txt,AP,x\n");
    Path a = Fixtures.write(dir.resolve("a.txt"), "a");

    String message = assertThrows(InputException.class, () -> corpus.load(a)).getMessage();

    assertEquals(
        csv + ": line 3: malformed CSV (EOF reached before encapsulated token finished)", message);
  }

  @Test
  void reportsACsvRowWithTooManyValues() {
    Path csv =
        Fixtures.write(
            dir.resolve("articles.csv"),
            "file,outlet,title\na.txt,BBC,Maduro, Guaido and the army\n");
    Path a = Fixtures.write(dir.resolve("a.txt"), "a");

    assertEquals(
        csv
            + ": line 2: 4 values but the header has 3 columns (quote values that"
            + " contain commas)",
        assertThrows(InputException.class, () -> corpus.load(a)).getMessage());
  }

  @Test
  void reportsACsvWithoutAFileColumnOrWithADuplicateRow() {
    Path csv = Fixtures.write(dir.resolve("x/articles.csv"), "name,outlet\na.txt,BBC\n");
    Path a = Fixtures.write(dir.resolve("x/a.txt"), "a");
    Path csv2 =
        Fixtures.write(dir.resolve("y/articles.csv"), "file,outlet\na.txt,BBC\n\na.txt,CNN\n");
    Path b = Fixtures.write(dir.resolve("y/a.txt"), "a");

    assertEquals(
        csv + ": line 1: the header needs a 'file' column",
        assertThrows(InputException.class, () -> corpus.load(a)).getMessage());
    assertEquals(
        csv2 + ": line 4: a.txt is already listed on line 2",
        assertThrows(InputException.class, () -> corpus.load(b)).getMessage());
  }

  @Test
  void reportsABrokenSidecar() {
    Path a = Fixtures.write(dir.resolve("a.txt"), "a");
    Path sidecar = Fixtures.write(dir.resolve("a.json"), "{\"outlet\": }");

    String message = assertThrows(InputException.class, () -> corpus.load(a)).getMessage();

    assertEquals(true, message.startsWith(sidecar + ": bad JSON ("), message);
  }
}
