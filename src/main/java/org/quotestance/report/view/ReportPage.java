package org.quotestance.report.view;

import java.util.List;

/**
 * Everything {@code report.jte} shows. Text is plain (the template escapes it); only {@code css},
 * {@code script} and {@link Explorer#json()} are trusted, pre-escaped blobs written verbatim.
 *
 * @param title page title
 * @param subtitle one line under the title (tool, version, generation time)
 * @param contentSecurityPolicy the CSP meta value (the script is allowed by its hash only)
 * @param css the stylesheet
 * @param script the explorer's JavaScript
 */
public record ReportPage(
    String title,
    String subtitle,
    String contentSecurityPolicy,
    String css,
    String script,
    Overview overview,
    Comparison comparison,
    Speakers speakers,
    Words words,
    Explorer explorer,
    Methods methods,
    List<Download> downloads) {
  public ReportPage {
    downloads = List.copyOf(downloads);
  }
}
