package org.quotestance.report;

import java.util.ArrayList;
import java.util.List;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.StanceLabel;

/**
 * Builds the download tables from an {@link Analysis}. Shares are fractions rounded to 4 places.
 */
final class Tables {
  static final String OUTLET_STANCE = "outlet-stance";
  static final String OUTLET_CAMP = "outlet-camp";
  static final String OUTLET_TERMS = "outlet-terms";
  static final String SPEAKERS = "speakers";
  static final String OUTLETS = "outlets";

  private Tables() {}

  static List<Table> of(Analysis a) {
    return List.of(outletStance(a), outletCamp(a), outletTerms(a), speakers(a), outlets(a));
  }

  private static List<Analysis.OutletFacts> withTotal(Analysis a) {
    List<Analysis.OutletFacts> all = new ArrayList<>(a.outlets());
    all.add(a.total());
    return all;
  }

  static Table outletStance(Analysis a) {
    List<List<Object>> rows = new ArrayList<>();
    for (Analysis.OutletFacts o : withTotal(a)) {
      for (StanceLabel label : Analysis.LABELS) {
        long k = o.stance()[label.ordinal()];
        Interval ci = Wilson.interval95(k, o.quotes());
        Interval mean = o.articleMeanCi()[label.ordinal()];
        boolean any = o.quotes() > 0;
        boolean spread = o.articlesWithQuotes() >= Analysis.MIN_ARTICLES_FOR_CI;
        rows.add(
            List.of(
                o.outlet(),
                label.label(),
                k,
                o.quotes(),
                share(k, o.quotes()),
                any ? Table.round(ci.low(), 4) : Double.NaN,
                any ? Table.round(ci.high(), 4) : Double.NaN,
                o.articlesWithQuotes(),
                any ? Table.round(o.articleMean()[label.ordinal()], 4) : Double.NaN,
                spread ? Table.round(mean.low(), 4) : Double.NaN,
                spread ? Table.round(mean.high(), 4) : Double.NaN));
      }
    }
    return new Table(
        OUTLET_STANCE,
        List.of(
            "outlet",
            "stance",
            "count",
            "outlet_quotes",
            "share",
            "ci95_low",
            "ci95_high",
            "articles_with_quotes",
            "article_mean_share",
            "article_mean_ci95_low",
            "article_mean_ci95_high"),
        rows);
  }

  static Table outletCamp(Analysis a) {
    List<List<Object>> rows = new ArrayList<>();
    for (Analysis.OutletFacts o : withTotal(a)) {
      for (String camp : a.camps()) {
        int k = o.camps().getOrDefault(camp, 0);
        Interval ci = Wilson.interval95(k, o.quotes());
        boolean any = o.quotes() > 0;
        rows.add(
            List.of(
                o.outlet(),
                camp,
                k,
                o.quotes(),
                share(k, o.quotes()),
                any ? Table.round(ci.low(), 4) : Double.NaN,
                any ? Table.round(ci.high(), 4) : Double.NaN));
      }
    }
    return new Table(
        OUTLET_CAMP,
        List.of("outlet", "camp", "count", "outlet_quotes", "share", "ci95_low", "ci95_high"),
        rows);
  }

  static Table outletTerms(Analysis a) {
    List<List<Object>> rows = new ArrayList<>();
    for (Analysis.OutletFacts o : a.outlets()) {
      List<LogOdds.Score> scores = a.distinctive().getOrDefault(o.outlet(), List.of());
      for (Analysis.TermFacts t : a.terms()) {
        int[] c = t.perOutlet().get(o.outlet());
        LogOdds.Score s =
            scores.stream().filter(x -> x.term().equals(t.term())).findFirst().orElse(null);
        rows.add(
            List.of(
                o.outlet(),
                t.term(),
                t.group(),
                c[1],
                c[0],
                per10k(c[1], o.tokens()),
                per10k(c[0], o.tokens()),
                s == null ? Double.NaN : Table.round(s.delta(), 4),
                s == null ? Double.NaN : Table.round(s.z(), 3)));
      }
    }
    return new Table(
        OUTLET_TERMS,
        List.of(
            "outlet",
            "term",
            "group",
            "narrative",
            "inside_quotes",
            "narrative_per_10k_tokens",
            "inside_per_10k_tokens",
            "narrative_log_odds",
            "narrative_z"),
        rows);
  }

  static Table speakers(Analysis a) {
    List<String> columns = new ArrayList<>(List.of("speaker", "type", "camp", "role", "quotes"));
    for (StanceLabel label : Analysis.LABELS) {
      columns.add(label.label());
    }
    a.outlets().forEach(o -> columns.add(o.outlet()));
    List<List<Object>> rows = new ArrayList<>();
    for (Analysis.SpeakerFacts s : a.speakers()) {
      List<Object> row = new ArrayList<>(List.of(s.name(), s.type(), s.camp()));
      row.add(s.role());
      row.add(s.total());
      for (long k : s.stance()) {
        row.add(k);
      }
      a.outlets().forEach(o -> row.add(s.perOutlet().getOrDefault(o.outlet(), 0)));
      rows.add(row);
    }
    return new Table(SPEAKERS, columns, rows);
  }

  /** Rows are metrics, one column per outlet plus all outlets. */
  static Table outlets(Analysis a) {
    List<Analysis.OutletFacts> all = withTotal(a);
    List<String> columns = new ArrayList<>(List.of("metric"));
    all.forEach(o -> columns.add(o.outlet()));
    List<List<Object>> rows = new ArrayList<>();
    metric(rows, "articles", all, o -> o.articles());
    metric(rows, "quotes", all, o -> o.quotes());
    metric(rows, "tokens", all, o -> o.tokens());
    metric(
        rows,
        "quotes_per_article",
        all,
        o -> o.articles() == 0 ? Double.NaN : Table.round(o.quotes() / (double) o.articles(), 3));
    metric(rows, "named_speaker_share", all, o -> share(o.named(), o.quotes()));
    for (QuoteKind kind : QuoteKind.values()) {
      metric(rows, "kind:" + kind.label(), all, o -> o.kinds().getOrDefault(kind, 0));
    }
    for (StanceLabel l : Analysis.LABELS) {
      int i = l.ordinal();
      metric(rows, "stance:" + l.label() + ":count", all, o -> o.stance()[i]);
      metric(rows, "stance:" + l.label() + ":share", all, o -> share(o.stance()[i], o.quotes()));
      metric(
          rows,
          "stance:" + l.label() + ":ci95_low",
          all,
          o ->
              o.quotes() == 0
                  ? Double.NaN
                  : Table.round(Wilson.interval95(o.stance()[i], o.quotes()).low(), 4));
      metric(
          rows,
          "stance:" + l.label() + ":ci95_high",
          all,
          o ->
              o.quotes() == 0
                  ? Double.NaN
                  : Table.round(Wilson.interval95(o.stance()[i], o.quotes()).high(), 4));
      metric(
          rows,
          "stance:" + l.label() + ":article_mean_share",
          all,
          o -> o.quotes() == 0 ? Double.NaN : Table.round(o.articleMean()[i], 4));
    }
    for (String camp : a.camps()) {
      metric(
          rows,
          "camp:" + camp + ":share",
          all,
          o -> share(o.camps().getOrDefault(camp, 0), o.quotes()));
    }
    for (Analysis.TermFacts t : a.terms()) {
      metric(
          rows,
          "term:" + t.term() + ":narrative",
          all,
          o -> o.terms().getOrDefault(t.term(), new int[2])[1]);
      metric(
          rows,
          "term:" + t.term() + ":inside_quotes",
          all,
          o -> o.terms().getOrDefault(t.term(), new int[2])[0]);
    }
    return new Table(OUTLETS, columns, rows);
  }

  private static void metric(
      List<List<Object>> rows,
      String name,
      List<Analysis.OutletFacts> all,
      java.util.function.Function<Analysis.OutletFacts, Object> value) {
    List<Object> row = new ArrayList<>();
    row.add(name);
    all.forEach(o -> row.add(value.apply(o)));
    rows.add(row);
  }

  static Double share(long k, long n) {
    return n == 0 ? Double.NaN : Table.round(k / (double) n, 4);
  }

  private static Double per10k(int k, long tokens) {
    return tokens == 0 ? Double.NaN : Table.round(k * 10_000.0 / tokens, 2);
  }
}
