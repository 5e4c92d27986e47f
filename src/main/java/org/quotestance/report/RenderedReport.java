package org.quotestance.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ReportRenderer#render(Path)} wrote.
 *
 * @param html the report page
 * @param downloads the CSV files and outlets.json next to it
 * @param articles articles in the report
 * @param quotes quotes in the report
 */
public record RenderedReport(Path html, List<Path> downloads, int articles, int quotes) {
  public RenderedReport {
    downloads = List.copyOf(downloads);
  }
}
