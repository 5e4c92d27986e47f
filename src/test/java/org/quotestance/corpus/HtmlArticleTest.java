package org.quotestance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.quotestance.model.Metadata;

class HtmlArticleTest {
  @Test
  void usesTheElementWithMostParagraphTextWhenThereIsNoArticle() throws IOException {
    HtmlArticle page = HtmlArticle.extract(Files.readString(Fixtures.path("html/no-article.htm")));

    assertEquals(
        "Pompeo said Maduro's days were numbered.\n\n"
            + "He spoke to CNN on Sunday, a day after clashes at the border left two dead.\n\n"
            + "Advertisement",
        page.text());
    assertEquals(
        new Metadata(
            "wire.example",
            "2019-02-24",
            "Pompeo warns Maduro",
            "https://www.wire.example/pompeo",
            "html-meta"),
        page.metadata());
  }

  @Test
  void prefersTheArticleBodyAndTakesTheDateFromATimeElement() {
    String html =
        "<html><body><article><p>Teaser one.</p><div itemprop=\"articleBody\">"
            + "<p>Body one.</p><p>Body <b>two</b>.</p></div>"
            + "<p>Related story with a much longer paragraph text than the body has.</p>"
            + "<time datetime=\"2019-01-23T09:00\">Jan 23</time></article></body></html>";

    HtmlArticle page = HtmlArticle.extract(html);

    assertEquals("Body one.\n\nBody two.", page.text());
    assertEquals("2019-01-23", page.metadata().date());
    assertEquals("unknown", page.metadata().outlet());
  }

  @Test
  void picksTheArticleWithMostTextAndDropsCaptionsAndScripts() {
    String html =
        "<article><p>Short.</p></article><article><h2>Main</h2><p>The main story is longer.</p>"
            + "<figure><figcaption>Photo: AFP</figcaption></figure><script>x()</script>"
            + "<noscript><p>Enable JavaScript</p></noscript></article>";

    assertEquals("Main\n\nThe main story is longer.", HtmlArticle.extract(html).text());
  }
}
