package org.quotestance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotestance.model.StanceLabel;
import org.quotestance.report.view.Comparison;
import org.quotestance.report.view.DataTable;
import org.quotestance.report.view.Fact;
import org.quotestance.report.view.StackedChart;

/** Builds the outlet comparison: stance charts and tables, camp share of voice and the test. */
final class ComparisonSection {
  /** Stance labels in chart order: the two camps at the ends, procedural in the middle. */
  static final List<StanceLabel> ORDER =
      List.of(StanceLabel.PRO_GUAIDO, StanceLabel.NEUTRAL, StanceLabel.PRO_MADURO);

  private ComparisonSection() {}

  static String cssClass(StanceLabel label) {
    return switch (label) {
      case PRO_GUAIDO -> "s-g";
      case PRO_MADURO -> "s-m";
      case NEUTRAL -> "s-n";
    };
  }

  static Comparison build(Analysis a, Map<String, Corpus.Camp> camps) {
    Analysis.StanceTest test = a.test();
    boolean small = test.small();
    return new Comparison(
        stanceChart(a),
        stanceTable(a),
        articleChart(a),
        articleTable(a),
        CampSection.chart(a),
        CampSection.table(a, camps),
        testFacts(test),
        verdict(test, small),
        small,
        test.warnings());
  }

  private static List<Charts.Series> stanceSeries() {
    List<Charts.Series> series = new ArrayList<>();
    for (StanceLabel l : ORDER) {
      series.add(
          new Charts.Series(
              l.label(), cssClass(l), "", l == StanceLabel.NEUTRAL ? "#111111" : "#ffffff"));
    }
    return series;
  }

  private static StackedChart stanceChart(Analysis a) {
    List<Charts.BarInput> bars = new ArrayList<>();
    for (Analysis.OutletFacts o : a.outlets()) {
      List<Charts.Part> parts = new ArrayList<>();
      for (StanceLabel l : ORDER) {
        long k = o.stance()[l.ordinal()];
        parts.add(
            new Charts.Part(
                share(k, o.quotes()),
                Format.count(k),
                Format.segmentTitle(o.outlet(), l.label(), k, o.quotes())));
      }
      bars.add(
          new Charts.BarInput(
              o.outlet(),
              Format.quotesLabel(o.quotes()),
              parts,
              marks(
                  o.outlet(),
                  Wilson.interval95(o.stance()[0], o.quotes()),
                  Wilson.interval95(o.stance()[StanceLabel.PRO_MADURO.ordinal()], o.quotes()),
                  "Wilson")));
    }
    return Charts.chart(
        "stance",
        "Stance of quotes by outlet",
        "Share of each outlet's quotes labelled pro-Guaidó, neutral-procedural and pro-Maduro"
            + " (count · percentage where the part is wide enough; hover for details). The"
            + " lines under each bar are 95% Wilson intervals: blue for the pro-Guaidó share"
            + " (measured from the left), orange for the pro-Maduro share (from the right).",
        stanceSeries(),
        bars);
  }

  /** Whiskers for the pro-Guaidó share (from the left) and pro-Maduro share (from the right). */
  private static List<Charts.Mark> marks(String outlet, Interval g, Interval m, String method) {
    return List.of(
        new Charts.Mark(
            g, "s-g", outlet + " — pro-Guaidó share, 95% " + method + " interval " + Format.ci(g)),
        new Charts.Mark(
            new Interval(1 - m.high(), 1 - m.low()),
            "s-m",
            outlet + " — pro-Maduro share, 95% " + method + " interval " + Format.ci(m)));
  }

  private static DataTable stanceTable(Analysis a) {
    List<String> headers = new ArrayList<>(List.of("Outlet", "Quotes"));
    for (StanceLabel l : ORDER) {
      headers.add(l.label());
      headers.add("95% CI");
    }
    List<List<String>> rows = new ArrayList<>();
    for (Analysis.OutletFacts o : withTotal(a)) {
      List<String> row = new ArrayList<>(List.of(o.outlet(), Format.count(o.quotes())));
      for (StanceLabel l : ORDER) {
        long k = o.stance()[l.ordinal()];
        row.add(Format.count(k) + " (" + Format.pct(share(k, o.quotes())) + ")");
        row.add(o.quotes() == 0 ? "—" : Format.ci(Wilson.interval95(k, o.quotes())));
      }
      rows.add(row);
    }
    return new DataTable(
        "Stance of quotes by outlet: count, share of the outlet's quotes and"
            + " Wilson 95% confidence interval",
        headers, rows, 1);
  }

  private static StackedChart articleChart(Analysis a) {
    List<Charts.BarInput> bars = new ArrayList<>();
    for (Analysis.OutletFacts o : a.outlets()) {
      List<Charts.Part> parts = new ArrayList<>();
      for (StanceLabel l : ORDER) {
        double mean = o.articlesWithQuotes() == 0 ? 0 : o.articleMean()[l.ordinal()];
        parts.add(
            new Charts.Part(
                mean,
                "",
                o.outlet()
                    + " — "
                    + l.label()
                    + ": mean per-article share "
                    + Format.pct(mean)
                    + " over "
                    + o.articlesWithQuotes()
                    + (o.articlesWithQuotes() == 1 ? " article" : " articles")
                    + (o.articlesWithQuotes() < Analysis.MIN_ARTICLES_FOR_CI
                        ? " (too few articles for an interval)"
                        : " (95% bootstrap CI " + Format.ci(o.articleMeanCi()[l.ordinal()]) + ")")));
      }
      List<Charts.Mark> marks =
          o.articlesWithQuotes() < Analysis.MIN_ARTICLES_FOR_CI
              ? List.of()
              : marks(
                  o.outlet(),
                  o.articleMeanCi()[0],
                  o.articleMeanCi()[StanceLabel.PRO_MADURO.ordinal()],
                  "bootstrap");
      bars.add(
          new Charts.BarInput(
              o.outlet(),
              "n = "
                  + o.articlesWithQuotes()
                  + (o.articlesWithQuotes() == 1 ? " article" : " articles"),
              parts,
              marks));
    }
    return Charts.chart(
        "article-stance",
        "Mean per-article stance share by outlet",
        "Each article counts once: the bar is the mean over an outlet's articles of the share of"
            + " that article's quotes with each label. Lines under the bars are 95% bootstrap"
            + " intervals over articles (blue pro-Guaidó, orange pro-Maduro), drawn for outlets"
            + " with at least "
            + Analysis.MIN_ARTICLES_FOR_CI
            + " articles.",
        stanceSeries(),
        bars);
  }

  private static DataTable articleTable(Analysis a) {
    List<String> headers = new ArrayList<>(List.of("Outlet", "Articles"));
    for (StanceLabel l : ORDER) {
      headers.add(l.label());
      headers.add("95% CI");
    }
    List<List<String>> rows = new ArrayList<>();
    for (Analysis.OutletFacts o : withTotal(a)) {
      List<String> row = new ArrayList<>(List.of(o.outlet(), Format.count(o.articlesWithQuotes())));
      for (StanceLabel l : ORDER) {
        boolean any = o.articlesWithQuotes() > 0;
        row.add(any ? Format.pct(o.articleMean()[l.ordinal()]) : "—");
        row.add(
            o.articlesWithQuotes() >= Analysis.MIN_ARTICLES_FOR_CI
                ? Format.ci(o.articleMeanCi()[l.ordinal()])
                : "—");
      }
      rows.add(row);
    }
    return new DataTable(
        "Mean per-article stance share by outlet (articles with quotes), with 95%"
            + " bootstrap interval over articles (— : fewer than "
            + Analysis.MIN_ARTICLES_FOR_CI
            + " articles)",
        headers,
        rows,
        1);
  }

  private static List<Fact> testFacts(Analysis.StanceTest t) {
    ChiSquare.Result chi = t.chiSquare();
    List<Fact> facts = new ArrayList<>();
    if (!chi.testable()) {
      return facts;
    }
    facts.add(
        new Fact(
            "Pearson chi-square",
            "X² = "
                + Format.fixed(chi.statistic(), 2)
                + ", df = "
                + chi.df()
                + ", p = "
                + Format.p(chi.p()),
            chi.minExpected() < Analysis.MIN_EXPECTED
                ? "approximate: some expected counts are below 5"
                : ""));
    t.monteCarlo()
        .ifPresent(
            mc ->
                facts.add(
                    new Fact(
                        "Monte Carlo exact test",
                        "p = " + Format.p(mc.p()),
                        Format.count(mc.draws())
                            + " random permutations of labels across outlets, seed "
                            + mc.seed())));
    facts.add(
        new Fact(
            "Cramér's V",
            Format.fixed(chi.cramersV(), 2),
            "effect size: 0 = same stance mix everywhere, 1 = outlet fully determines stance"));
    facts.add(new Fact("Smallest expected count", Format.fixed(chi.minExpected(), 1)));
    facts.add(new Fact("Quotes tested", Format.count(chi.n())));
    return facts;
  }

  private static String verdict(Analysis.StanceTest t, boolean small) {
    ChiSquare.Result chi = t.chiSquare();
    if (!chi.testable()) {
      return "No test was possible: it needs at least two outlets and two stance labels with"
          + " quotes.";
    }
    double p = t.monteCarlo().map(MonteCarloTest.Result::p).orElse(chi.p());
    String which = t.monteCarlo().isPresent() ? "Monte Carlo p = " : "p = ";
    if (small) {
      return "The sample is too small to tell outlets apart: differences between outlets cannot be"
          + " distinguished from chance ("
          + which
          + Format.p(p)
          + ", Cramér's V = "
          + Format.fixed(chi.cramersV(), 2)
          + ", shown for completeness).";
    }
    if (p < 0.05) {
      return "The stance mix of quotes differs between outlets by more than chance alone would"
          + " explain ("
          + which
          + Format.p(p)
          + "; Cramér's V = "
          + Format.fixed(chi.cramersV(), 2)
          + "). This treats quotes as independent; quotes from the same article are not.";
    }
    return "The differences between outlets are within what chance alone would produce ("
        + which
        + Format.p(p)
        + "; Cramér's V = "
        + Format.fixed(chi.cramersV(), 2)
        + ").";
  }

  private static List<Analysis.OutletFacts> withTotal(Analysis a) {
    List<Analysis.OutletFacts> all = new ArrayList<>(a.outlets());
    all.add(a.total());
    return all;
  }

  private static double share(long k, long n) {
    return n == 0 ? 0 : k / (double) n;
  }
}
