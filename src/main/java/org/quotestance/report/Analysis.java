package org.quotestance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.StanceLabel;

/**
 * Every number of the report, computed once from a {@link Corpus}: per-outlet counts, the outlet ×
 * stance test, speakers and contested terms. The HTML page and the download files are both built
 * from this, so they cannot disagree.
 *
 * @param outlets outlets, most quotes first (ties by name)
 * @param camps speaker camps, most quotes first; includes {@link #UNATTRIBUTED} and {@link
 *     #NO_CAMP} when they occur
 * @param total the whole corpus as one pseudo-outlet
 * @param test the outlet × stance test
 * @param speakers every speaker, most quoted first
 * @param terms every contested term, by group then narrative frequency
 * @param distinctive per outlet, narrative terms scored against all other outlets, highest z first
 */
record Analysis(
    List<OutletFacts> outlets,
    List<String> camps,
    OutletFacts total,
    StanceTest test,
    List<SpeakerFacts> speakers,
    List<TermFacts> terms,
    Map<String, List<LogOdds.Score>> distinctive) {

  static final String UNATTRIBUTED = "unattributed";
  static final String UNNAMED = "unnamed";
  static final String NO_CAMP = "no camp recorded";
  static final String ALL_OUTLETS = "All outlets";
  static final int MIN_QUOTES = 30;
  static final int MIN_OUTLET_QUOTES = 10;
  static final double MIN_EXPECTED = 5;

  /** Below this many articles a bootstrap interval over articles is not worth showing. */
  static final int MIN_ARTICLES_FOR_CI = 5;

  static final StanceLabel[] LABELS = StanceLabel.values();

  /** Counts for one outlet (or for all, as {@link #ALL_OUTLETS}). Arrays index {@link #LABELS}. */
  record OutletFacts(
      String outlet,
      int articles,
      long tokens,
      int quotes,
      int named,
      long[] stance,
      Map<String, Integer> camps,
      Map<QuoteKind, Integer> kinds,
      int articlesWithQuotes,
      double[] articleMean,
      Interval[] articleMeanCi,
      Map<String, int[]> terms) {}

  /**
   * The outlet × stance test.
   *
   * @param monteCarlo present when some expected count is below 5
   * @param small too few quotes in the test (in all, for an outlet, or expected in a cell) to tell
   *     outlets apart from chance
   */
  record StanceTest(
      ChiSquare.Result chiSquare,
      Optional<MonteCarloTest.Result> monteCarlo,
      List<String> warnings,
      boolean small) {}

  record SpeakerFacts(
      String name,
      String type,
      String camp,
      String role,
      int total,
      long[] stance,
      Map<String, Integer> perOutlet) {}

  /** {@code inside} and {@code outside} per outlet. */
  record TermFacts(
      String term, String group, Map<String, int[]> perOutlet, int inside, int outside) {}

  static Analysis of(Corpus corpus) {
    Map<String, List<Corpus.Article>> byOutlet = new TreeMap<>();
    for (Corpus.Article a : corpus.articles()) {
      byOutlet.computeIfAbsent(a.outlet(), k -> new ArrayList<>()).add(a);
    }
    List<OutletFacts> outlets = new ArrayList<>();
    byOutlet.forEach((name, articles) -> outlets.add(facts(name, articles)));
    outlets.sort(
        Comparator.comparingInt(OutletFacts::quotes).reversed().thenComparing(OutletFacts::outlet));
    OutletFacts total = facts(ALL_OUTLETS, corpus.articles());
    List<String> camps = new ArrayList<>(total.camps().keySet());
    camps.sort(Comparator.comparingInt((String c) -> -total.camps().get(c)).thenComparing(c -> c));
    return new Analysis(
        outlets,
        camps,
        total,
        test(outlets, total),
        speakers(corpus),
        terms(corpus, outlets),
        distinctive(outlets));
  }

  static String campOf(Corpus.Speaker s) {
    if (!s.attributed()) {
      return UNATTRIBUTED;
    }
    return s.camp() == null || s.camp().isBlank() ? NO_CAMP : s.camp();
  }

  private static OutletFacts facts(String outlet, List<Corpus.Article> articles) {
    long tokens = 0;
    int quotes = 0;
    int named = 0;
    long[] stance = new long[LABELS.length];
    Map<String, Integer> camps = new HashMap<>();
    Map<QuoteKind, Integer> kinds = new EnumMap<>(QuoteKind.class);
    Map<String, int[]> terms = new TreeMap<>();
    List<double[]> shares = new ArrayList<>();
    for (Corpus.Article a : articles) {
      tokens += a.tokens();
      long[] own = new long[LABELS.length];
      List<Corpus.Quote> quotations = a.quotations();
      for (Corpus.Quote q : quotations) {
        quotes++;
        named += q.speaker().named() ? 1 : 0;
        stance[q.stance().ordinal()]++;
        own[q.stance().ordinal()]++;
        camps.merge(campOf(q.speaker()), 1, Integer::sum);
        kinds.merge(q.kind(), 1, Integer::sum);
      }
      if (!quotations.isEmpty()) {
        double[] share = new double[LABELS.length];
        for (int i = 0; i < share.length; i++) {
          share[i] = own[i] / (double) quotations.size();
        }
        shares.add(share);
      }
      for (Corpus.Term t : a.terms()) {
        int[] c = terms.computeIfAbsent(t.term(), k -> new int[2]);
        c[0] += t.inside();
        c[1] += t.outside();
      }
    }
    double[] mean = new double[LABELS.length];
    Interval[] ci = new Interval[LABELS.length];
    for (int i = 0; i < LABELS.length; i++) {
      double[] values = new double[shares.size()];
      for (int k = 0; k < values.length; k++) {
        values[k] = shares.get(k)[i];
        mean[i] += values[k] / values.length;
      }
      ci[i] = values.length == 0 ? new Interval(0, 1) : Bootstrap.meanInterval95(values);
    }
    return new OutletFacts(
        outlet,
        articles.size(),
        tokens,
        quotes,
        named,
        stance,
        camps,
        kinds,
        shares.size(),
        mean,
        ci,
        terms);
  }

  /**
   * The outlet × stance test over the outlets that are known: articles without an outlet are not
   * one outlet, so they stay out of the test (with a warning) though the tables show them.
   */
  private static StanceTest test(List<OutletFacts> all, OutletFacts total) {
    List<OutletFacts> outlets =
        all.stream().filter(o -> !Corpus.UNKNOWN_OUTLET.equals(o.outlet())).toList();
    long[][] table = new long[outlets.size()][];
    for (int i = 0; i < table.length; i++) {
      table[i] = outlets.get(i).stance();
    }
    ChiSquare.Result chi = ChiSquare.test(table);
    Optional<MonteCarloTest.Result> mc =
        chi.testable() && chi.minExpected() < MIN_EXPECTED
            ? Optional.of(MonteCarloTest.test(table))
            : Optional.empty();
    List<String> warnings = new ArrayList<>();
    all.stream()
        .filter(o -> Corpus.UNKNOWN_OUTLET.equals(o.outlet()) && o.quotes() > 0)
        .forEach(
            o ->
                warnings.add(
                    "The test leaves out "
                        + o.quotes()
                        + " quotes from articles with no outlet recorded."));
    long tested = outlets.stream().mapToLong(OutletFacts::quotes).sum();
    if (tested < MIN_QUOTES) {
      warnings.add(
          (tested == total.quotes() ? "The corpus has only " : "The test has only ")
              + tested + " quotes (fewer than " + MIN_QUOTES + ").");
    }
    List<String> fewQuotes = new ArrayList<>();
    for (OutletFacts o : outlets) {
      if (o.quotes() < MIN_OUTLET_QUOTES) {
        fewQuotes.add(o.outlet() + " (" + o.quotes() + ")");
      }
    }
    if (!fewQuotes.isEmpty()) {
      warnings.add(
          "Fewer than " + MIN_OUTLET_QUOTES + " quotes for: " + String.join(", ", fewQuotes) + ".");
    }
    if (chi.testable() && chi.minExpected() < MIN_EXPECTED) {
      warnings.add(
          String.format(
              java.util.Locale.ROOT,
              "Some expected counts are below %d (smallest %.1f), so the chi-square p-value is"
                  + " approximate; the Monte Carlo p-value is the one to use.",
              (int) MIN_EXPECTED,
              chi.minExpected()));
    }
    if (!chi.testable()) {
      warnings.add("At least two outlets and two stance labels with quotes are needed for a test.");
    }
    boolean small = tested < MIN_QUOTES || !fewQuotes.isEmpty() || chi.minExpected() < MIN_EXPECTED;
    return new StanceTest(chi, mc, warnings, small);
  }

  private static List<SpeakerFacts> speakers(Corpus corpus) {
    Map<String, List<Object[]>> quotes = new LinkedHashMap<>();
    for (Corpus.Article a : corpus.articles()) {
      for (Corpus.Quote q : a.quotations()) {
        String key = q.speaker().label();
        quotes.computeIfAbsent(key, k -> new ArrayList<>()).add(new Object[] {a.outlet(), q});
      }
    }
    List<SpeakerFacts> out = new ArrayList<>();
    quotes.forEach(
        (name, list) -> {
          long[] stance = new long[LABELS.length];
          Map<String, Integer> perOutlet = new TreeMap<>();
          Map<String, Integer> camps = new HashMap<>();
          Map<String, Integer> roles = new HashMap<>();
          Map<String, Integer> types = new HashMap<>();
          for (Object[] pair : list) {
            Corpus.Quote q = (Corpus.Quote) pair[1];
            stance[q.stance().ordinal()]++;
            perOutlet.merge((String) pair[0], 1, Integer::sum);
            camps.merge(campOf(q.speaker()), 1, Integer::sum);
            types.merge(
                q.speaker().type() == null ? "unknown" : q.speaker().type(), 1, Integer::sum);
            if (q.speaker().role() != null) {
              roles.merge(q.speaker().role(), 1, Integer::sum);
            }
          }
          out.add(
              new SpeakerFacts(
                  name, mode(types), mode(camps), mode(roles), list.size(), stance, perOutlet));
        });
    out.sort(
        Comparator.comparingInt(SpeakerFacts::total).reversed().thenComparing(SpeakerFacts::name));
    return out;
  }

  /** The most frequent key (ties by name), or null for an empty map. */
  private static String mode(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .min(
            Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static List<TermFacts> terms(Corpus corpus, List<OutletFacts> outlets) {
    Map<String, String> groups = new HashMap<>();
    for (Corpus.Article a : corpus.articles()) {
      for (Corpus.Term t : a.terms()) {
        groups.putIfAbsent(t.term(), t.group() == null ? "" : t.group());
      }
    }
    List<TermFacts> out = new ArrayList<>();
    groups.forEach(
        (term, group) -> {
          Map<String, int[]> per = new LinkedHashMap<>();
          int inside = 0;
          int outside = 0;
          for (OutletFacts o : outlets) {
            int[] c = o.terms().getOrDefault(term, new int[2]);
            per.put(o.outlet(), c);
            inside += c[0];
            outside += c[1];
          }
          out.add(new TermFacts(term, group, per, inside, outside));
        });
    out.sort(
        Comparator.comparing(TermFacts::group)
            .thenComparing(Comparator.comparingInt(TermFacts::outside).reversed())
            .thenComparing(TermFacts::term));
    return out;
  }

  private static Map<String, List<LogOdds.Score>> distinctive(List<OutletFacts> outlets) {
    Map<String, List<LogOdds.Score>> out = new LinkedHashMap<>();
    if (outlets.size() < 2) {
      return out;
    }
    Map<String, Integer> pooled = new TreeMap<>();
    for (OutletFacts o : outlets) {
      o.terms().forEach((term, c) -> pooled.merge(term, c[1], Integer::sum));
    }
    Map<String, Double> prior = LogOdds.informativePrior(pooled, 1.0);
    for (OutletFacts o : outlets) {
      Map<String, Integer> focus = new HashMap<>();
      Map<String, Integer> rest = new HashMap<>();
      for (OutletFacts other : outlets) {
        Map<String, Integer> target = other == o ? focus : rest;
        other.terms().forEach((term, c) -> target.merge(term, c[1], Integer::sum));
      }
      out.put(o.outlet(), LogOdds.compare(focus, rest, prior));
    }
    return out;
  }
}
