package org.quotestance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.InputException;
import org.quotestance.model.Article;
import org.quotestance.model.CharSpan;

class CorpusLoadTest {
  @TempDir Path dir;
  private final Corpus corpus = Corpus.of(List.of());

  private String failure(Path file) {
    return assertThrows(InputException.class, () -> corpus.load(file)).getMessage();
  }

  @Test
  void loadsTextExactlyAsReadWithIdAndSource() {
    String text = "Maduro spoke.\r\n\r\nREAD MORE: Aid blocked\r\n\"We resist,\" he said.\r\n";
    Path file = Fixtures.write(dir.resolve("art-1.txt"), text);

    Article article = Fixtures.one(corpus, file);

    assertEquals("art-1", article.id());
    assertEquals(file.toString(), article.source());
    assertEquals(text, article.text());
    assertEquals(List.of(new CharSpan(17, 39)), article.furniture());
    assertEquals("READ MORE: Aid blocked", article.furniture().get(0).of(text));
    assertEquals(List.of(), article.warnings());
  }

  @Test
  void dropsAUtf8ByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "Guaidó said.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);

    assertEquals(
        "Guaidó said.", Fixtures.one(corpus, Fixtures.write(dir.resolve("b.txt"), bytes)).text());
  }

  @Test
  void readsInvalidUtf8AsWindows1252WithAWarning() {
    byte[] bytes = "Guaidó’s “aid” – €5".getBytes(Charset.forName("windows-1252"));

    Article article = Fixtures.one(corpus, Fixtures.write(dir.resolve("legacy.txt"), bytes));

    assertEquals("Guaidó’s “aid” – €5", article.text());
    assertEquals(List.of("not valid UTF-8; read as Windows-1252"), article.warnings());
  }

  @Test
  void rejectsAnEmptyOrBlankFile() {
    Path empty = Fixtures.write(dir.resolve("empty.txt"), "");
    Path blank = Fixtures.write(dir.resolve("blank.txt"), " \r\n\t\n");

    assertEquals(empty + ": empty article", failure(empty));
    assertEquals(blank + ": empty article", failure(blank));
  }

  @Test
  void rejectsBinaryContent() {
    Path nul = Fixtures.write(dir.resolve("nul.txt"), new byte[] {'a', 0, 'b'});
    byte[] controls = new byte[100];
    Arrays.fill(controls, (byte) 'x');
    Arrays.fill(controls, 0, 11, (byte) 0x01);
    Path control = Fixtures.write(dir.resolve("control.txt"), controls);

    assertEquals(nul + ": not a text file (binary content)", failure(nul));
    assertEquals(control + ": not a text file (binary content)", failure(control));
  }

  @Test
  void skipsAFileOverTheSizeLimit() {
    Path big = Fixtures.write(dir.resolve("big.txt"), new byte[(int) (7.2 * 1024 * 1024)]);

    SkippedInputException e = assertThrows(SkippedInputException.class, () -> corpus.load(big));

    assertEquals(big + ": skipped, 7.2 MB is over the 5 MB limit (--max-size)", e.getMessage());
    assertInstanceOf(InputException.class, e);
  }

  @Test
  void honoursAConfiguredSizeLimit() {
    Corpus small = Corpus.of(List.of(), CorpusOptions.defaults().withMaxFileSize(2048));
    Path file = Fixtures.write(dir.resolve("a.txt"), "x".repeat(3000));

    String message = assertThrows(SkippedInputException.class, () -> small.load(file)).getMessage();

    assertEquals(file + ": skipped, 2.9 KB is over the 2 KB limit (--max-size)", message);
  }

  @Test
  void rejectsAnUnsupportedFormat() {
    Path pdf = Fixtures.write(dir.resolve("scan.pdf"), "%PDF-1.4");

    assertEquals(pdf + ": unsupported format", failure(pdf));
  }

  @Test
  void reportsAFileThatCannotBeRead() {
    Path missing = dir.resolve("missing.txt");

    assertEquals(missing + ": cannot read (no such file)", failure(missing));
    assertEquals(
        dir.resolve("folder.txt") + ": cannot read (is a folder)",
        failure(Fixtures.write(dir.resolve("folder.txt/inner.txt"), "x").getParent()));
  }

  @Test
  void loadsAnHtmlPageAsItsExtractedText() {
    Article article = Fixtures.one(corpus, Fixtures.path("html/page.html"));

    assertEquals("page", article.id());
    assertEquals(
        String.join(
            "\n\n",
            "Guaidó calls for aid to enter Venezuela",
            "Opposition leader Juan Guaidó urged soldiers to let aid trucks cross the border.",
            "\"How many of you national guardsmen have a sick mother?\" he said in Cúcuta.",
            "We denounce Maduro's refusal to let aid in.",
            "Nicolás Maduro called the aid a \"show\".",
            "Aid stockpiled in Colombia",
            "Troops blocked the bridges"),
        article.text());
    assertEquals("Example News", article.metadata().outlet());
    assertEquals("html-meta", article.metadata().outletSource());
    assertEquals("Guaidó calls for aid to enter Venezuela", article.metadata().title());
    assertEquals("2019-02-23", article.metadata().date());
    assertEquals("https://www.example-news.com/world/guaido-aid", article.metadata().url());
  }

  @Test
  void rejectsAnHtmlPageWithoutText() {
    Path page =
        Fixtures.write(dir.resolve("shell.html"), "<html><body><nav>Home</nav></body></html>");

    assertEquals(page + ": empty article (no article text in the HTML)", failure(page));
  }

  @Test
  void loadsANewsPleaseJsonFileAsIs() {
    Article article = Fixtures.one(corpus, Fixtures.path("json/news-please.json"));

    assertEquals("news-please", article.id());
    assertTrue(article.text().startsWith("Guaidó asked the Lima Group"));
    assertEquals("www.example-wire.com", article.metadata().outlet());
    assertEquals("record", article.metadata().outletSource());
    assertEquals("2019-02-25", article.metadata().date());
    assertEquals("Guaidó asks Lima Group to keep options open", article.metadata().title());
    assertEquals("https://www.example-wire.com/guaido-lima", article.metadata().url());
    assertEquals(
        List.of("READ MORE: Maduro defiant"),
        article.furniture().stream().map(span -> span.of(article.text())).toList());
  }

  @Test
  void loadsTheGoodRecordsOfAJsonArrayAndReportsTheBadOnes() {
    Path file = Fixtures.path("json/mediacloud.json");

    LoadResult result = corpus.load(file);

    assertEquals(
        List.of("1101", "mediacloud-4"), result.articles().stream().map(Article::id).toList());
    Article first = result.articles().get(0);
    assertEquals("The Daily Example", first.metadata().outlet());
    assertEquals("2019-01-24", first.metadata().date());
    assertEquals(List.of(2, 3), result.failures().stream().map(RecordFailure::number).toList());
    assertEquals(
        file + ": record 2: empty article (text or maintext missing or blank)",
        result.failures().get(0).message());
    assertEquals(file + ": record 3: expected a JSON object", result.failures().get(1).message());
    assertFalse(result.complete());
  }

  @Test
  void loadsTheGoodLinesOfAJsonLinesFileAndReportsBadLinesByNumber() {
    Path file = Fixtures.path("json/records.jsonl");

    LoadResult result = corpus.load(file);

    assertEquals(
        List.of("rec_one", "records-4", "77"),
        result.articles().stream().map(Article::id).toList());
    Article second = result.articles().get(1);
    assertEquals("Pence met leaders in Bogota.", second.text());
    assertEquals("Wire Two", second.metadata().outlet());
    assertEquals("2019-02-25", second.metadata().date());
    assertEquals(file.toString(), second.source());
    assertEquals("unknown", result.articles().get(2).metadata().outlet());
    assertEquals(List.of(3, 5, 6), result.failures().stream().map(RecordFailure::number).toList());
    assertTrue(
        result.failures().get(0).message().startsWith(file + ": line 3: bad JSON ("),
        result.failures().get(0).message());

    assertEquals(file + ": line 5: expected a JSON object", result.failures().get(1).message());
    assertEquals(
        file + ": line 6: empty article (text or maintext missing or blank)",
        result.failures().get(2).message());
  }

  @Test
  void refusesAnArticleFileOfAnEarlierRunWithItsReason() {
    // an HTML input's article file holds id, outlet and text, so it would pass for a record
    Path result = Fixtures.write(dir.resolve("page.json"),
        "{\"id\": \"page\", \"outlet\": \"Daily\", \"text\": \"Guaidó spoke.\", \"analysisKey\": \"k1\", \"quotes\": []}");

    assertTrue(failure(result).contains("a Quotestance result file, not an article"), failure(result));
  }

  @Test
  void rejectsAJsonFileThatIsNotJson() {
    Path broken = Fixtures.write(dir.resolve("broken.json"), "{\"text\": 'single quotes'}");
    Path scalar = Fixtures.write(dir.resolve("scalar.json"), "\"just text\"");

    assertTrue(failure(broken).startsWith(broken + ": bad JSON ("), failure(broken));
    assertEquals(scalar + ": expected a JSON object or an array of objects", failure(scalar));
  }

  @Test
  void aLineThatIsNotJsonIsReportedWithoutParserAdvice() {
    Path file = Fixtures.write(dir.resolve("notes.jsonl"), "{\"text\": \"Guaido spoke.\"}\nnot json\n");
    LoadResult result = corpus.load(file);
    assertEquals(1, result.articles().size());
    assertEquals(
        file + ": line 2: bad JSON (malformed JSON at line 1 column 1 path $)",
        result.failures().get(0).message());
  }

  @Test
  void readsConfiguredJsonFieldNames() {
    JsonFields fields = JsonFields.defaults().withText(List.of("body")).withOutlet(List.of("site"));
    Corpus custom = Corpus.of(List.of(), CorpusOptions.defaults().withFields(fields));
    Path file =
        Fixtures.write(
            dir.resolve("custom.jsonl"),
            "{\"body\": \"Guaido spoke.\", \"site\": \"Custom Site\", \"text\": \"ignored\"}\n");

    Article article = Fixtures.one(custom, file);

    assertEquals("Guaido spoke.", article.text());
    assertEquals("Custom Site", article.metadata().outlet());
  }
}
