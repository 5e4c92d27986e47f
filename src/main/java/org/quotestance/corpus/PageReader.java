package org.quotestance.corpus;

import java.nio.file.Path;
import org.quotestance.InputException;
import org.quotestance.model.Article;
import org.quotestance.model.Metadata;

/**
 * Reads one-article files: plain text and HTML pages. Metadata comes, field by field, from the
 * first source that has it: the folder's {@code articles.csv}, the sidecar {@code NAME.json}, then
 * for text a {@code source: domain} line and for HTML the page's {@code <meta>} tags, then the
 * {@code <outlet>/} folder, else the outlet is {@code unknown}.
 */
final class PageReader {
  private final MetadataSources sources;

  PageReader(MetadataSources sources) {
    this.sources = sources;
  }

  /** A {@code .txt} article: the text is the file's text as decoded. */
  Article text(Path file, Decoded decoded) {
    String text = decoded.text();
    Metadata metadata = given(file).orElse(MetadataSources.sourceLine(text));
    return article(file, text, finish(file, metadata), decoded);
  }

  /** An HTML page: the text is the extracted article text. */
  Article html(Path file, Decoded decoded) {
    HtmlArticle page = HtmlArticle.extract(decoded.text());
    if (page.text().isBlank()) {
      throw new InputException(file + ": empty article (no article text in the HTML)");
    }
    Metadata metadata = given(file).orElse(page.metadata());
    return article(file, page.text(), finish(file, metadata), decoded);
  }

  /** What the user supplied beside the article: csv row, then sidecar. */
  private Metadata given(Path file) {
    return sources.csv(file).orElse(sources.sidecar(file));
  }

  private Metadata finish(Path file, Metadata metadata) {
    return metadata.orElse(sources.folder(file)).orElse(Metadata.unknown());
  }

  private static Article article(Path file, String text, Metadata metadata, Decoded decoded) {
    return new Article(
        Format.stem(file),
        file.toString(),
        text,
        metadata,
        Furniture.find(text, metadata.title()),
        MetadataValues.warnings(decoded, metadata));
  }
}
