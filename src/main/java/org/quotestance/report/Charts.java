package org.quotestance.report;

import java.util.ArrayList;
import java.util.List;
import org.quotestance.report.view.StackedChart;

/**
 * Geometry for {@link StackedChart}: one bar per outlet, parts laid end to end from shares that sum
 * to 1, with optional interval whiskers. Pure layout, no statistics.
 */
final class Charts {
  static final int WIDTH = 760;
  static final int LABEL_WIDTH = 190;
  static final int BARS_X = LABEL_WIDTH + 10;
  static final int BARS_WIDTH = WIDTH - BARS_X - 28;
  static final int TOP = 26;
  static final int BAR_HEIGHT = 28;
  static final int STEP = 54;
  static final int MIN_TEXT_WIDTH = 34;
  static final int MIN_COUNT_WIDTH = 68;
  private static final int MAX_LABEL = 26;

  private Charts() {}

  /** One series of the chart: its name, CSS class or fill, and the colour of text drawn on it. */
  record Series(String name, String cssClass, String fill, String textFill) {}

  /**
   * A part of one bar: its share of the bar, an optional count shown before the percentage when the
   * part is wide enough ("12 · 60%"), and the tooltip.
   */
  record Part(double share, String count, String tooltip) {}

  /** An interval to mark on a bar, in share units from the bar's left end. */
  record Mark(Interval interval, String cssClass, String tooltip) {}

  /** Input for one bar; {@code parts} are in the order of the chart's series. */
  record BarInput(String outlet, String sublabel, List<Part> parts, List<Mark> marks) {}

  static StackedChart chart(
      String kind, String title, String description, List<Series> series, List<BarInput> inputs) {
    List<StackedChart.Bar> bars = new ArrayList<>();
    for (int b = 0; b < inputs.size(); b++) {
      BarInput in = inputs.get(b);
      double y = TOP + b * STEP;
      List<StackedChart.Segment> segments = new ArrayList<>();
      double x = BARS_X;
      for (int s = 0; s < series.size(); s++) {
        Part part = in.parts().get(s);
        double w = part.share() * BARS_WIDTH;
        if (w <= 0) {
          continue;
        }
        Series ser = series.get(s);
        String text =
            w < MIN_TEXT_WIDTH
                ? ""
                : w < MIN_COUNT_WIDTH || part.count().isEmpty()
                    ? Format.pct0(part.share())
                    : part.count() + " · " + Format.pct0(part.share());
        segments.add(
            new StackedChart.Segment(
                ser.name(),
                ser.cssClass(),
                ser.fill(),
                Format.coord(x),
                Format.coord(w),
                text,
                Format.coord(x + w / 2),
                Format.coord(y + BAR_HEIGHT / 2.0 + 4.5),
                ser.textFill(),
                part.tooltip()));
        x += w;
      }
      List<StackedChart.Whisker> whiskers = new ArrayList<>();
      for (int k = 0; k < in.marks().size(); k++) {
        Mark m = in.marks().get(k);
        double x1 = BARS_X + m.interval().low() * BARS_WIDTH;
        double x2 = BARS_X + m.interval().high() * BARS_WIDTH;
        double mid = y + BAR_HEIGHT + 6 + 7 * k;
        whiskers.add(
            new StackedChart.Whisker(
                Format.coord(x1),
                Format.coord(x2),
                Format.coord(mid),
                Format.coord(mid - 3),
                Format.coord(mid + 3),
                m.cssClass(),
                m.tooltip()));
      }
      bars.add(
          new StackedChart.Bar(
              shorten(in.outlet()),
              in.outlet(),
              in.sublabel(),
              Format.coord(y),
              Format.coord(y + BAR_HEIGHT / 2.0 - 1),
              Format.coord(y + BAR_HEIGHT / 2.0 + 13),
              String.valueOf(BAR_HEIGHT),
              segments,
              whiskers));
    }
    List<StackedChart.Tick> ticks = new ArrayList<>();
    for (int t = 0; t <= 4; t++) {
      ticks.add(new StackedChart.Tick(Format.coord(BARS_X + t * BARS_WIDTH / 4.0), (t * 25) + "%"));
    }
    List<StackedChart.LegendItem> legend = new ArrayList<>();
    for (Series s : series) {
      legend.add(new StackedChart.LegendItem(s.name(), s.cssClass(), s.fill()));
    }
    int height = TOP + Math.max(1, inputs.size()) * STEP;
    return new StackedChart(
        kind, title, description, WIDTH, height, BARS_X, BARS_WIDTH, ticks, bars, legend);
  }

  private static String shorten(String label) {
    return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
  }
}
