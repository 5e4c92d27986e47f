package org.quotestance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotestance.report.view.DataTable;
import org.quotestance.report.view.StackedChart;

/**
 * Share of voice by speaker camp: one stacked bar per outlet (the most frequent camps as their own
 * colour, the rest pooled) and a camp × outlet table with Wilson intervals.
 */
final class CampSection {
  private static final int MAX_CAMP_SERIES = 7;
  private static final String OTHER_CAMPS = "other camps";
  private static final String[][] CAMP_COLOURS = {
    {"#0072b2", "#ffffff"}, {"#e69f00", "#111111"}, {"#009e73", "#111111"}, {"#cc79a7", "#111111"},
    {"#56b4e9", "#111111"}, {"#d55e00", "#111111"}, {"#f0e442", "#111111"}, {"#4d4d4d", "#ffffff"}
  };

  private CampSection() {}

  /** The camps drawn as their own series; the rest are pooled as "other camps". */
  private static List<String> campSeriesNames(Analysis a) {
    List<String> named = new ArrayList<>();
    for (String c : a.camps()) {
      if (!c.equals(Analysis.UNATTRIBUTED) && !c.equals(Analysis.NO_CAMP)) {
        named.add(c);
      }
    }
    List<String> out = new ArrayList<>(named.subList(0, Math.min(MAX_CAMP_SERIES, named.size())));
    if (named.size() > MAX_CAMP_SERIES) {
      out.add(OTHER_CAMPS);
    }
    if (a.camps().contains(Analysis.NO_CAMP)) {
      out.add(Analysis.NO_CAMP);
    }
    if (a.camps().contains(Analysis.UNATTRIBUTED)) {
      out.add(Analysis.UNATTRIBUTED);
    }
    return out;
  }

  static StackedChart chart(Analysis a) {
    List<String> names = campSeriesNames(a);
    List<Charts.Series> series = new ArrayList<>();
    int colour = 0;
    for (String name : names) {
      if (name.equals(Analysis.UNATTRIBUTED)) {
        series.add(new Charts.Series(name, "", "#d9d9d9", "#111111"));
      } else if (name.equals(Analysis.NO_CAMP) || name.equals(OTHER_CAMPS)) {
        series.add(
            new Charts.Series(
                name, "", name.equals(OTHER_CAMPS) ? "#8c8c8c" : "#b3b3b3", "#111111"));
      } else {
        String[] c = CAMP_COLOURS[colour++ % CAMP_COLOURS.length];
        series.add(new Charts.Series(name, "", c[0], c[1]));
      }
    }
    List<Charts.BarInput> bars = new ArrayList<>();
    for (Analysis.OutletFacts o : a.outlets()) {
      List<Charts.Part> parts = new ArrayList<>();
      for (String name : names) {
        long k =
            name.equals(OTHER_CAMPS)
                ? o.camps().entrySet().stream()
                    .filter(e -> !names.contains(e.getKey()))
                    .mapToLong(e -> e.getValue())
                    .sum()
                : o.camps().getOrDefault(name, 0);
        parts.add(
            new Charts.Part(
                share(k, o.quotes()),
                Format.count(k),
                Format.segmentTitle(o.outlet(), name, k, o.quotes())));
      }
      bars.add(
          new Charts.BarInput(
              o.outlet(),
              Format.quotesLabel(o.quotes()),
              parts,
              List.of()));
    }
    return Charts.chart(
        "camp",
        "Share of voice by speaker camp",
        "Share of each outlet's quotes whose speaker belongs to each camp of the actor registry."
            + " Unattributed quotes have no identified speaker.",
        series,
        bars);
  }

  /**
   * The camp × outlet table. A camp that run.json describes ({@code camps}) is shown with its
   * name and usual side under its id.
   */
  static DataTable table(Analysis a, Map<String, Corpus.Camp> camps) {
    // All outlets first: it is the column readers need most and wide tables scroll.
    List<Analysis.OutletFacts> all = new ArrayList<>();
    all.add(a.total());
    all.addAll(a.outlets());
    List<String> headers = new ArrayList<>(List.of("Speaker camp"));
    all.forEach(o -> headers.add(o.outlet()));
    List<List<String>> rows = new ArrayList<>();
    for (String camp : a.camps()) {
      List<String> row = new ArrayList<>(List.of(campLabel(camp, camps.get(camp))));
      for (Analysis.OutletFacts o : all) {
        int k = o.camps().getOrDefault(camp, 0);
        row.add(
            o.quotes() == 0
                ? "—"
                : k
                    + " · "
                    + Format.pct0(share(k, o.quotes()))
                    + "\n("
                    + Format.ci0(Wilson.interval95(k, o.quotes()))
                    + ")");
      }
      rows.add(row);
    }
    return new DataTable(
        "Quotes by speaker camp and outlet: count · share of the outlet's quotes,"
            + " Wilson 95% CI below",
        headers, rows, 1, Set.of(0));
  }

  private static String campLabel(String id, Corpus.Camp camp) {
    if (camp == null || camp.name() == null || camp.name().isBlank()) {
      return id;
    }
    return id + "\n" + camp.name() + (camp.side() == null || camp.side().isBlank() ? "" : " · usually " + camp.side());
  }

  private static double share(long k, long n) {
    return n == 0 ? 0 : k / (double) n;
  }
}
