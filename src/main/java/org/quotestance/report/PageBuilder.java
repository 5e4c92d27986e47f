package org.quotestance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.StanceLabel;
import org.quotestance.report.view.DataTable;
import org.quotestance.report.view.Fact;
import org.quotestance.report.view.Overview;
import org.quotestance.report.view.Speakers;
import org.quotestance.report.view.Words;

/** Builds the overview, speakers and words sections of the page. */
final class PageBuilder {
  static final int TOP_SPEAKERS = 25;
  static final int TOP_TERMS = 5;

  private PageBuilder() {}

  static Overview overview(Corpus corpus, Analysis a) {
    Analysis.OutletFacts t = a.total();
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Articles", Format.count(t.articles())));
    facts.add(
        new Fact(
            "Quotes",
            Format.count(t.quotes()),
            t.articles() == 0
                ? ""
                : Format.fixed(t.quotes() / (double) t.articles(), 1) + " per article"));
    facts.add(new Fact("Tokens", Format.count(t.tokens())));
    facts.add(new Fact("Outlets", Format.count(a.outlets().size())));
    TreeSet<String> dates = new TreeSet<>();
    long undated = 0;
    for (Corpus.Article art : corpus.articles()) {
      if (art.date() == null || art.date().isBlank()) {
        undated++;
      } else {
        dates.add(art.date());
      }
    }
    facts.add(
        new Fact(
            "Dates",
            dates.isEmpty() ? "unknown" : dates.first() + " to " + dates.last(),
            undated == 0
                ? ""
                : undated + (undated == 1 ? " article" : " articles") + " without a date"));
    facts.add(
        new Fact(
            "Quotes with a named speaker",
            Format.count(t.named())
                + " of "
                + Format.count(t.quotes())
                + " ("
                + Format.pct(Tables.share(t.named(), t.quotes()))
                + ")"));

    List<List<String>> kinds = new ArrayList<>();
    for (QuoteKind k : QuoteKind.values()) {
      int n = t.kinds().getOrDefault(k, 0);
      kinds.add(List.of(k.label(), Format.count(n), Format.pct(Tables.share(n, t.quotes()))));
    }
    List<List<String>> outlets = new ArrayList<>();
    for (Analysis.OutletFacts o : a.outlets()) {
      outlets.add(
          List.of(
              o.outlet(),
              Format.count(o.articles()),
              Format.count(o.quotes()),
              Format.count(o.tokens()),
              Format.pct(Tables.share(o.named(), o.quotes()))));
    }
    List<Fact> evaluation = new ArrayList<>();
    String note;
    Optional<Corpus.Evaluation> stale = corpus.evaluation().filter(e -> !e.current());
    if (corpus.evaluation().isPresent() && stale.isEmpty()) {
      Corpus.Evaluation e = corpus.evaluation().get();
      evaluation.add(
          new Fact(
              "Quote detection",
              "F1 " + Format.fixed(e.quoteF1(), 2),
              "precision "
                  + Format.fixed(e.quotePrecision(), 2)
                  + ", recall "
                  + Format.fixed(e.quoteRecall(), 2)));
      evaluation.add(
          new Fact("Speaker attribution", "accuracy " + Format.fixed(e.speakerAccuracy(), 2)));
      evaluation.add(
          new Fact(
              "Stance",
              "accuracy " + Format.fixed(e.stanceAccuracy(), 2),
              "macro-F1 " + Format.fixed(e.stanceMacroF1(), 2)));
      evaluation.add(new Fact("Quotes scored", Format.count(e.quotesScored())));
      note =
          "Measured by ./quotestance evaluate against hand-labelled gold annotations"
              + (e.gold() == null ? "" : " (" + e.gold() + ")")
              + ". Scores hold for the gold"
              + " articles; errors elsewhere in the corpus may be more or less frequent.";
    } else if (stale.isPresent()) {
      note =
          "evaluation.json in this folder does not score the run shown here (the run was"
              + " repeated or changed after it was written, or it predates this check), so its"
              + " numbers are not shown. Run ./quotestance evaluate on this output folder again."
              + " Until then every number below is the output of an unvalidated automatic tool.";
    } else {
      note =
          "Accuracy has not been validated on this corpus. Hand-label a sample of these articles"
              + " and run ./quotestance evaluate on this output folder; it writes evaluation.json"
              + " here and the next report shows quote, speaker and stance accuracy. Until then"
              + " every number below is the output of an unvalidated automatic tool.";
    }
    return new Overview(
        facts,
        new DataTable("Quotes by kind", List.of("Kind", "Quotes", "Share"), kinds, 1),
        new DataTable(
            "Outlets in the corpus",
            List.of("Outlet", "Articles", "Quotes", "Tokens", "Named speaker"),
            outlets,
            1),
        evaluation,
        note,
        corpus.unreadable());
  }

  static Speakers speakers(Analysis a) {
    List<Analysis.SpeakerFacts> top =
        a.speakers().subList(0, Math.min(TOP_SPEAKERS, a.speakers().size()));
    List<String> headers = new ArrayList<>(List.of("Speaker", "Camp", "Role", "Quotes"));
    ComparisonSection.ORDER.forEach(l -> headers.add(l.label()));
    List<List<String>> rows = new ArrayList<>();
    for (Analysis.SpeakerFacts s : top) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  s.name(), s.camp(), s.role() == null ? "—" : s.role(), Format.count(s.total())));
      ComparisonSection.ORDER.forEach(l -> row.add(Format.count(s.stance()[l.ordinal()])));
      rows.add(row);
    }
    List<String> matrixHeaders = new ArrayList<>(List.of("Speaker", "Camp"));
    a.outlets().forEach(o -> matrixHeaders.add(o.outlet()));
    matrixHeaders.add("Total");
    List<List<String>> matrix = new ArrayList<>();
    for (Analysis.SpeakerFacts s : top) {
      List<String> row = new ArrayList<>(List.of(s.name(), s.camp()));
      a.outlets().forEach(o -> row.add(Format.count(s.perOutlet().getOrDefault(o.outlet(), 0))));
      row.add(Format.count(s.total()));
      matrix.add(row);
    }
    String note =
        "Showing "
            + top.size()
            + " of "
            + Format.count(a.speakers().size())
            + " speakers; speakers.csv has all of them.";
    return new Speakers(
        new DataTable(
            "Most-quoted speakers with camp, role and quotes per stance label",
            headers,
            rows,
            3,
            Set.of(0, 2)),
        new DataTable(
            "Quotes per speaker and outlet (most-quoted speakers)",
            matrixHeaders,
            matrix,
            2,
            Set.of(0)),
        note);
  }

  static Words words(Analysis a) {
    List<String> headers = new ArrayList<>(List.of("Term", "Group", "All outlets"));
    a.outlets().forEach(o -> headers.add(o.outlet()));
    List<List<String>> rows = new ArrayList<>();
    List<String> unused = new ArrayList<>();
    for (Analysis.TermFacts t : a.terms()) {
      if (t.inside() + t.outside() == 0) {
        unused.add(t.term());
        continue;
      }
      List<String> row =
          new ArrayList<>(List.of(t.term(), t.group(), uses(t.outside(), t.inside())));
      for (Analysis.OutletFacts o : a.outlets()) {
        int[] c = t.perOutlet().get(o.outlet());
        row.add(uses(c[1], c[0]));
      }
      rows.add(row);
    }
    DataTable terms =
        new DataTable(
            "Contested terms per outlet: uses in the outlet's own narrative / uses inside quotes"
                + " (· = neither; rates per 10,000 tokens in outlet-terms.csv)",
            headers,
            rows,
            2);
    List<List<String>> top = new ArrayList<>();
    for (Map.Entry<String, List<LogOdds.Score>> e : a.distinctive().entrySet()) {
      int shown = 0;
      for (LogOdds.Score s : e.getValue()) {
        if (s.z() <= 0 || shown == TOP_TERMS) {
          break;
        }
        shown++;
        top.add(
            List.of(
                e.getKey(),
                s.term(),
                Format.count((long) s.focus()),
                Format.count((long) s.rest()),
                Format.fixed(s.z(), 2),
                s.z() >= 1.96 ? "distinctive" : "could be chance"));
      }
      if (shown == 0) {
        top.add(List.of(e.getKey(), "(none)", "—", "—", "—", ""));
      }
    }
    DataTable distinctive =
        new DataTable(
            "Distinctive narrative terms per outlet (top " + TOP_TERMS + " with z > 0)",
            List.of("Outlet", "Term", "Uses here", "Other outlets", "z", "Reading"),
            top,
            2);
    String note =
        a.terms().isEmpty()
            ? "The articles carry no contested-term counts (the domain has no terms.tsv, or no term"
                + " occurred)."
            : a.outlets().size() < 2 ? "Distinctive terms need at least two outlets." : "";
    if (!unused.isEmpty()) {
      note =
          (note.isEmpty() ? "" : note + " ")
              + "Not used anywhere in this corpus ("
              + unused.size()
              + "): "
              + String.join(", ", unused)
              + ".";
    }
    return new Words(terms, distinctive, note);
  }

  /** "3 / 1" (narrative / inside quotes), or "·" when both are zero. */
  private static String uses(int narrative, int inside) {
    return narrative + inside == 0 ? "·" : narrative + " / " + inside;
  }

  static List<Fact> labelDefinitions() {
    return List.of(
        new Fact(
            StanceLabel.PRO_GUAIDO.label(),
            "Supports Guaidó, the National Assembly or the opposition's claim to the interim"
                + " presidency, or condemns Maduro's government as illegitimate, repressive or to"
                + " blame for the crisis."),
        new Fact(
            StanceLabel.PRO_MADURO.label(),
            "Supports Maduro's government or its legitimacy, or frames the opposition and foreign"
                + " pressure as a coup, intervention or aggression (e.g. blaming sanctions)."),
        new Fact(
            StanceLabel.NEUTRAL.label(),
            "Reports procedure, logistics or facts, or calls for"
                + " dialogue, calm or humanitarian principles without taking either side."));
  }
}
