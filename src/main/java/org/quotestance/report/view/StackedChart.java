package org.quotestance.report.view;

import java.util.List;

/**
 * A horizontal stacked bar chart with one bar per outlet, drawn as inline SVG by the template.
 * Coordinates are pre-formatted user units in a {@code width × height} view box.
 *
 * @param kind identifies the chart in tests and CSS ({@code data-chart})
 * @param title the SVG title (also the accessible name)
 * @param description the SVG description (what the bars and whiskers mean)
 * @param width view box width
 * @param height view box height
 * @param barsX where bars start
 * @param barsWidth width of a full (100%) bar
 * @param ticks axis ticks
 * @param bars one per outlet
 * @param legend the series in drawing order
 */
public record StackedChart(
    String kind,
    String title,
    String description,
    int width,
    int height,
    int barsX,
    int barsWidth,
    List<Tick> ticks,
    List<Bar> bars,
    List<LegendItem> legend) {
  public StackedChart {
    ticks = List.copyOf(ticks);
    bars = List.copyOf(bars);
    legend = List.copyOf(legend);
  }

  /** An axis tick at {@code x} labelled {@code label} (e.g. "50%"). */
  public record Tick(String x, String label) {}

  /**
   * One bar.
   *
   * @param label the outlet name, shortened to fit
   * @param fullLabel the outlet name
   * @param sublabel e.g. "n = 20 quotes"
   * @param y top of the bar
   * @param labelY baseline of the label
   * @param sublabelY baseline of the sublabel
   * @param height bar height
   * @param segments the stacked parts, left to right
   * @param whiskers interval marks drawn over the bar
   */
  public record Bar(
      String label,
      String fullLabel,
      String sublabel,
      String y,
      String labelY,
      String sublabelY,
      String height,
      List<Segment> segments,
      List<Whisker> whiskers) {
    public Bar {
      segments = List.copyOf(segments);
      whiskers = List.copyOf(whiskers);
    }
  }

  /**
   * One part of a bar.
   *
   * @param series the series name (stance label or camp)
   * @param cssClass a class for the fill, or empty when {@code fill} is used
   * @param fill an explicit fill colour, or empty
   * @param x left edge
   * @param width width
   * @param text the label drawn inside (a percentage), empty when the part is too narrow
   * @param textX centre of the text
   * @param textY baseline of the text
   * @param textFill text colour that contrasts with the fill
   * @param tooltip full description: series, count, share and interval
   */
  public record Segment(
      String series,
      String cssClass,
      String fill,
      String x,
      String width,
      String text,
      String textX,
      String textY,
      String textFill,
      String tooltip) {}

  /**
   * A horizontal interval line from {@code x1} to {@code x2} at height {@code y}, with end caps
   * from {@code capTop} to {@code capBottom}, coloured by {@code cssClass}.
   */
  public record Whisker(
      String x1,
      String x2,
      String y,
      String capTop,
      String capBottom,
      String cssClass,
      String tooltip) {}

  /** A legend entry. */
  public record LegendItem(String series, String cssClass, String fill) {}
}
