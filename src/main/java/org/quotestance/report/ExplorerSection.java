package org.quotestance.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.quotestance.model.QuoteKind;
import org.quotestance.report.view.Explorer;

/**
 * Builds the quote explorer's data: one JSON object per quote with its context split into segments
 * flagged as quote text and/or stance cue, so the page script only has to create elements and set
 * their text.
 */
final class ExplorerSection {
  /** Segment flag: inside the quotation. */
  static final int QUOTE = 1;

  /** Segment flag: a stance evidence cue. */
  static final int CUE = 2;

  private ExplorerSection() {}

  static Explorer build(Corpus corpus, Analysis analysis) {
    JsonArray quotes = new JsonArray();
    Map<Double, String> weights = new HashMap<>();
    TreeSet<String> speakers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Corpus.Article a : corpus.articles()) {
      for (Corpus.Quote q : a.quotes()) {
        String speaker = q.speaker().label();
        speakers.add(speaker);
        JsonObject o = new JsonObject();
        o.addProperty("o", a.outlet());
        o.addProperty("d", a.date() == null ? "" : a.date());
        o.addProperty("a", a.id());
        o.addProperty("t", a.title() == null ? "" : a.title());
        o.addProperty("qid", q.id());
        o.addProperty("s", speaker);
        o.addProperty("c", Analysis.campOf(q.speaker()));
        o.addProperty("r", q.speaker().role() == null ? "" : q.speaker().role());
        o.addProperty("k", q.kind().label());
        o.addProperty("l", q.stance().label());
        o.addProperty("p", Double.isNaN(q.confidence()) ? 0 : Table.round(q.confidence(), 3));
        JsonArray frames = new JsonArray();
        q.frames().forEach(frames::add);
        o.add("f", frames);
        o.add("x", segments(q, weights));
        quotes.add(o);
      }
    }
    // toJson(quotes) would write through a StringWriter, whose StringBuffer locks on every append
    StringBuilder json = new StringBuilder();
    new GsonBuilder().disableHtmlEscaping().create().toJson(quotes, json);
    List<String> outlets = analysis.outlets().stream().map(Analysis.OutletFacts::outlet).toList();
    List<String> kinds = new ArrayList<>();
    for (QuoteKind k : QuoteKind.values()) {
      kinds.add(k.label());
    }
    List<String> stances = ComparisonSection.ORDER.stream().map(l -> l.label()).toList();
    return new Explorer(
        ScriptJson.escape(json.toString()),
        quotes.size(),
        outlets,
        new ArrayList<>(speakers),
        analysis.camps(),
        stances,
        kinds);
  }

  /**
   * The quote's context as {@code [text, flags, note]} triples covering it exactly. Offsets are
   * article offsets; the context starts at {@link Corpus.Quote#contextBegin()}. Spans outside the
   * context are clipped; a context that does not contain the quote shows the quote alone.
   */
  static JsonArray segments(Corpus.Quote q) {
    return segments(q, new HashMap<>());
  }

  /**
   * As {@link #segments(Corpus.Quote)}; {@code weights} keeps each weight as already formatted,
   * since String.format for every cue of every quote is slow and a corpus repeats few weights.
   */
  private static JsonArray segments(Corpus.Quote q, Map<Double, String> weights) {
    String context = q.context();
    int base = q.contextBegin();
    int qb = q.begin() - base;
    int qe = q.end() - base;
    if (qb < 0 || qe > context.length() || qb > qe || !context.substring(qb, qe).equals(q.text())) {
      context = q.text();
      base = q.begin();
      qb = 0;
      qe = context.length();
    }
    int n = context.length();
    int[] flags = new int[n];
    String[] notes = new String[n];
    for (int i = Math.max(0, qb); i < Math.min(n, qe); i++) {
      flags[i] |= QUOTE;
    }
    for (Corpus.Evidence e : q.evidence()) {
      String weight =
          weights.computeIfAbsent(e.weight(), w -> String.format(Locale.ROOT, "%+.2f", w));
      String note = e.feature() + " (" + weight + ")";
      for (Corpus.Span s : e.spans()) {
        for (int i = Math.max(0, s.begin() - base); i < Math.min(n, s.end() - base); i++) {
          flags[i] |= CUE;
          notes[i] = notes[i] == null || notes[i].contains(note) ? note : notes[i] + "; " + note;
        }
      }
    }
    JsonArray out = new JsonArray();
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || flags[i] != flags[start] || !java.util.Objects.equals(notes[i], notes[start])) {
        JsonArray seg = new JsonArray();
        seg.add(context.substring(start, i));
        seg.add(flags[start]);
        seg.add(notes[start] == null ? "" : notes[start]);
        out.add(seg);
        start = i;
      }
    }
    return out;
  }
}
