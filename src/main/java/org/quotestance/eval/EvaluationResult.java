package org.quotestance.eval;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The scores of one evaluation: quote precision, recall and F1, speaker accuracy on matched required
 * quotes, stance scores of the full model and its baselines, and every miss, extra and error.
 */
public record EvaluationResult(
    String gold,
    double quotePrecision,
    double quoteRecall,
    double quoteF1,
    double speakerAccuracy,
    int required,
    int matched,
    int extras,
    int notQuoteExtras,
    int missingArticles,
    Map<String, StanceScore> stance,
    List<String> lines) {
  public EvaluationResult {
    stance = Map.copyOf(stance);
    lines = List.copyOf(lines);
  }

  /** The summary line, in the shared scorer's format, then the stance table. */
  public String format(boolean verbose) {
    StringBuilder sb = new StringBuilder();
    if (verbose) {
      lines.forEach(l -> sb.append(l).append('\n'));
    }
    StanceScore full = stance.get("full");
    sb.append(String.format("quotes P/R/F1 %.3f/%.3f/%.3f  speaker acc %.3f  stance acc %.3f macroF1 %.3f  (req %d, missing articles %d)%n",
        quotePrecision, quoteRecall, quoteF1, speakerAccuracy, full.accuracy(), full.macroF1(), required, missingArticles));
    sb.append(String.format("%nstance on %d matched quotes      accuracy  macro-F1%n", full.n()));
    for (String name : List.of("majority", "camp-only", "lexicon-only", "full")) {
      StanceScore s = stance.get(name);
      if (s != null) {
        sb.append(String.format("  %-28s %8.3f  %8.3f%n", name, s.accuracy(), s.macroF1()));
      }
    }
    sb.append("\nconfusion of the full model (rows gold, columns predicted: pro-Guaidó, pro-Maduro, neutral):\n");
    for (int[] row : full.confusion()) {
      sb.append(String.format("  %5d %5d %5d%n", row[0], row[1], row[2]));
    }
    return sb.toString();
  }

  /** The same as JSON, for {@code evaluation.json} (fields read by the report). */
  public String toJson() {
    return toJson(null);
  }

  /**
   * The same as JSON, recording {@code runSha256}, the SHA-256 of the {@code run.json} of the run
   * that was scored (null when there is none), so that a report can tell whether the evaluation
   * still describes the folder's current run.
   */
  public String toJson(String runSha256) {
    JsonObject o = new JsonObject();
    o.addProperty("gold", gold);
    if (runSha256 != null) {
      o.addProperty("run_sha256", runSha256);
    }
    o.addProperty("quote_precision", round(quotePrecision));
    o.addProperty("quote_recall", round(quoteRecall));
    o.addProperty("quote_f1", round(quoteF1));
    o.addProperty("speaker_accuracy", round(speakerAccuracy));
    StanceScore full = stance.get("full");
    o.addProperty("stance_accuracy", round(full.accuracy()));
    o.addProperty("stance_macro_f1", round(full.macroF1()));
    o.addProperty("quotes_scored", full.n());
    o.addProperty("required", required);
    o.addProperty("matched", matched);
    o.addProperty("extras", extras);
    o.addProperty("not_quote_extras", notQuoteExtras);
    o.addProperty("missing_articles", missingArticles);
    JsonObject systems = new JsonObject();
    stance.forEach((name, s) -> {
      JsonObject j = new JsonObject();
      j.addProperty("accuracy", round(s.accuracy()));
      j.addProperty("macro_f1", round(s.macroF1()));
      JsonArray m = new JsonArray();
      for (int[] row : s.confusion()) {
        JsonArray r = new JsonArray();
        for (int v : row) {
          r.add(v);
        }
        m.add(r);
      }
      j.add("confusion", m);
      systems.add(name, j);
    });
    o.add("stance_systems", systems);
    o.add("errors", Evaluator.array(lines));
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
  }

  private static double round(double d) {
    return Math.round(d * 1000.0) / 1000.0;
  }
}
