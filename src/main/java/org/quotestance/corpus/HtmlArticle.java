package org.quotestance.corpus;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.quotestance.model.Metadata;

/**
 * The article inside a web page: its paragraphs joined by blank lines, and its metadata from the
 * page's {@code <meta>} tags. The main element is the {@code articleBody} or the {@code <article>}
 * with the most paragraph text, else the element whose own {@code <p>} children hold the most text.
 * Navigation, asides, footers, scripts, styles, figures and their captions are dropped.
 *
 * @param text the extracted text (empty when the page has none); offsets index this text
 * @param metadata title, outlet, date and url from the page, with source {@code html-meta}
 */
record HtmlArticle(String text, Metadata metadata) {
  static final String SOURCE = "html-meta";
  private static final String DROPPED =
      "script, style, noscript, template, nav, aside, footer, figure, figcaption, form, button,"
          + " iframe, svg, [hidden], [aria-hidden=true]";
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

  static HtmlArticle extract(String html) {
    Document page = Jsoup.parse(html);
    Metadata metadata = metadata(page);
    page.select(DROPPED).remove();
    List<String> paragraphs = paragraphs(main(page));
    return new HtmlArticle(String.join("\n\n", paragraphs), metadata);
  }

  private static Element main(Document page) {
    Element best = mostParagraphText(page.select("[itemprop=articleBody]"));
    if (best == null) {
      best = mostParagraphText(page.select("article"));
    }
    if (best != null) {
      return best;
    }
    Map<Element, Integer> scores = new IdentityHashMap<>();
    for (Element p : page.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return scores.entrySet().stream()
        .filter(entry -> entry.getValue() > 0)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(page.body());
  }

  /** The element with the most text in its paragraphs, or null when none has any. */
  private static Element mostParagraphText(Elements candidates) {
    Element best = null;
    int bestLength = 0;
    for (Element candidate : candidates) {
      int length = candidate.select("p").text().length();
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    return best;
  }

  /** The text of each block, skipping blocks inside another block (a {@code <p>} in a list). */
  private static List<String> paragraphs(Element main) {
    Elements blocks = main.select(BLOCKS);
    Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> paragraphs = new ArrayList<>();
    for (Element block : blocks) {
      if (insideChosen(block, chosen, main)) {
        continue;
      }
      chosen.add(block);
      String text = block.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    return paragraphs;
  }

  private static boolean insideChosen(Element block, Set<Element> chosen, Element main) {
    for (Element parent = block.parent(); parent != null; parent = parent.parent()) {
      if (chosen.contains(parent)) {
        return true;
      }
      if (parent == main) {
        return false;
      }
    }
    return false;
  }

  private static Metadata metadata(Document page) {
    String title = first(meta(page, "property", "og:title"), meta(page, "name", "twitter:title"));
    if (title.isEmpty()) {
      title = page.title();
    }
    String url = meta(page, "property", "og:url");
    if (url.isEmpty()) {
      url = page.select("link[rel=canonical]").attr("href");
    }
    String outlet = first(meta(page, "property", "og:site_name"), host(url));
    Element time = page.selectFirst("time[datetime]");
    String date =
        first(
            meta(page, "property", "article:published_time"),
            meta(page, "name", "date"),
            meta(page, "itemprop", "datePublished"),
            meta(page, "name", "pubdate"),
            time == null ? "" : time.attr("datetime"));
    return MetadataValues.of(outlet, date, title, url, SOURCE);
  }

  private static String meta(Document page, String attribute, String name) {
    for (Element meta : page.select("meta[" + attribute + "]")) {
      if (meta.attr(attribute).equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
        return meta.attr("content").strip();
      }
    }
    return "";
  }

  private static String first(String... values) {
    for (String value : values) {
      if (!value.isBlank()) {
        return value;
      }
    }
    return "";
  }

  /** The host of an absolute url without {@code www.}, or empty. */
  private static String host(String url) {
    try {
      String host = url.isBlank() ? null : URI.create(url.strip()).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
