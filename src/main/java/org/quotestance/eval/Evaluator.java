package org.quotestance.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.quotestance.InputException;
import org.quotestance.model.CharSpan;
import org.quotestance.model.QuoteKind;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceModel;

/**
 * Scores an output folder against a gold file in the format of {@code seeds-gold.json}: quotes are
 * matched by their normalised first words in text order, exactly as the shared scorer does, then
 * speakers and stance are compared on matched required quotes. With a stance model it also scores
 * the baselines (majority label, speaker camp only, lexicon only) on the same quotes.
 */
public final class Evaluator {
  static final List<String> LABELS = List.of("pro-guaido", "pro-maduro", "neutral-procedural");

  private Evaluator() {}

  public static EvaluationResult evaluate(Path gold, Path outDir, Optional<StanceModel> stance) {
    JsonObject g = read(gold);
    Map<String, List<JsonObject>> predictions = predictions(outDir);
    Tally t = new Tally(stance);
    for (Map.Entry<String, JsonElement> e : g.getAsJsonObject("articles").entrySet()) {
      String file = e.getKey();
      JsonObject art = e.getValue().getAsJsonObject();
      String key = file.replaceAll("\\.txt$", "");
      List<JsonObject> preds = predictions.get(key);
      if (preds == null) {
        t.missingArticle(file, art);
        continue;
      }
      t.article(file, art, preds);
    }
    int goldArticles = g.getAsJsonObject("articles").size();
    if (goldArticles > 0 && t.missingArticles == goldArticles) {
      throw new InputException(
          outDir
              + ": none of the "
              + goldArticles
              + " articles of "
              + gold
              + " is in this output folder (expected articles/<name>.json for a gold file"
              + " <name>.txt); check that the folder was written by analyze on the gold's articles");
    }
    return t.result(gold.toString());
  }

  private static Map<String, List<JsonObject>> predictions(Path outDir) {
    Path dir = outDir.resolve("articles");
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": no articles folder; run analyze first");
    }
    Map<String, List<JsonObject>> out = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonObject o = read(f);
        String source = o.has("source") ? o.get("source").getAsString() : f.getFileName().toString();
        String key = Path.of(source).getFileName().toString().replaceAll("\\.(json|txt)$", "");
        List<JsonObject> quotes = new ArrayList<>();
        for (JsonElement q : o.getAsJsonArray("quotes")) {
          JsonObject quote = q.getAsJsonObject();
          if (!"indirect".equals(quote.has("kind") ? quote.get("kind").getAsString() : "direct")) {
            quotes.add(quote);
          }
        }
        quotes.sort(Comparator.comparingInt(q -> q.has("begin") ? q.get("begin").getAsInt() : 0));
        out.put(key, quotes);
        if (o.has("id")) {
          // Records of a JSON/JSONL file share its source; gold may name them by id.
          out.putIfAbsent(o.get("id").getAsString(), quotes);
        }
      }
    } catch (IOException e) {
      throw new InputException(dir + ": cannot list (" + e.getMessage() + ")", e);
    }
    return out;
  }

  static JsonObject read(Path file) {
    try {
      return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (IOException | RuntimeException e) {
      throw new InputException(file + ": cannot read JSON (" + e.getMessage() + ")", e);
    }
  }

  /** Running counts over all articles. */
  private static final class Tally {
    final Optional<StanceModel> stance;
    int req;
    int reqHit;
    int fp;
    int notQuoteFp;
    int speakerOk;
    int missingArticles;
    final Map<String, int[][]> confusion = new LinkedHashMap<>();
    final List<String> lines = new ArrayList<>();

    Tally(Optional<StanceModel> stance) {
      this.stance = stance;
      for (String system : List.of("full", "majority", "camp-only", "lexicon-only")) {
        confusion.put(system, new int[3][3]);
      }
    }

    void missingArticle(String file, JsonObject art) {
      missingArticles++;
      for (JsonElement q : art.getAsJsonArray("quotes")) {
        if (!optional(q.getAsJsonObject())) {
          req++;
        }
      }
      lines.add(file + ": NO OUTPUT");
    }

    void article(String file, JsonObject art, List<JsonObject> preds) {
      boolean[] used = new boolean[preds.size()];
      List<String> texts = preds.stream().map(p -> Normalize.text(str(p, "text"))).toList();
      for (JsonElement ge : art.getAsJsonArray("quotes")) {
        JsonObject gq = ge.getAsJsonObject();
        String start = Normalize.text(str(gq, "start"));
        int hit = -1;
        for (int i = 0; i < texts.size(); i++) {
          String t = texts.get(i);
          if (!used[i] && (t.startsWith(start) || (start.length() >= 12
              && t.substring(0, Math.min(t.length(), start.length() + 40)).contains(start)))) {
            hit = i;
            break;
          }
        }
        boolean required = !optional(gq);
        if (required) {
          req++;
        }
        if (hit < 0) {
          if (required) {
            lines.add(file + ": MISSED  \"" + str(gq, "start") + "\"");
          }
          continue;
        }
        used[hit] = true;
        if (required) {
          reqHit++;
          scoreMatch(file, gq, preds.get(hit));
        }
      }
      List<String> notQuotes = new ArrayList<>();
      if (art.has("not_quotes")) {
        art.getAsJsonArray("not_quotes").forEach(n -> notQuotes.add(Normalize.text(n.getAsString())));
      }
      for (int i = 0; i < preds.size(); i++) {
        if (!used[i]) {
          fp++;
          String t = texts.get(i);
          if (notQuotes.stream().anyMatch(t::startsWith)) {
            notQuoteFp++;
          }
          String text = str(preds.get(i), "text");
          lines.add(file + ": EXTRA   \"" + text.substring(0, Math.min(60, text.length())) + "\"");
        }
      }
    }

    private void scoreMatch(String file, JsonObject gq, JsonObject p) {
      JsonObject sp = p.has("speaker") && p.get("speaker").isJsonObject() ? p.getAsJsonObject("speaker") : new JsonObject();
      String predicted = str(sp, "name");
      List<String> aliases = new ArrayList<>();
      if (gq.has("aliases")) {
        gq.getAsJsonArray("aliases").forEach(a -> aliases.add(a.getAsString()));
      }
      if (SpeakerMatch.matches(str(gq, "speaker"), aliases, str(gq, "type"), predicted)) {
        speakerOk++;
      } else {
        lines.add(file + ": SPEAKER \"" + str(gq, "start") + "\" gold=" + str(gq, "speaker") + " got=" + predicted
            + " (" + str(sp, "method") + ")");
      }
      int gold = LABELS.indexOf(Normalize.label(str(gq, "stance")));
      JsonObject st = p.has("stance") && p.get("stance").isJsonObject() ? p.getAsJsonObject("stance") : new JsonObject();
      String predLabel = Normalize.label(str(st, "label"));
      if (!predLabel.equals(Normalize.label(str(gq, "stance")))) {
        lines.add(file + ": STANCE  \"" + str(gq, "start") + "\" gold=" + Normalize.label(str(gq, "stance"))
            + " got=" + predLabel);
      }
      if (gold < 0) {
        return;
      }
      add("full", gold, predLabel);
      add("majority", gold, stance.map(m -> Normalize.label(m.majorityLabel().label())).orElse("neutral-procedural"));
      stance.ifPresent(model -> {
        StanceInput input = input(p, sp);
        add("camp-only", gold, Normalize.label(model.campOnly(input).label().label()));
        add("lexicon-only", gold, Normalize.label(model.lexiconOnly(input).label().label()));
      });
    }

    private void add(String system, int gold, String label) {
      int pred = LABELS.indexOf(label);
      if (pred >= 0) {
        confusion.get(system)[gold][pred]++;
      }
    }

    private static StanceInput input(JsonObject p, JsonObject sp) {
      String text = str(p, "text");
      int begin = p.has("begin") ? p.get("begin").getAsInt() : 0;
      CharSpan span = new CharSpan(begin, begin + text.length());
      JsonObject c = p.has("context") && p.get("context").isJsonObject() ? p.getAsJsonObject("context") : null;
      String context = c == null ? text : str(c, "text");
      CharSpan cs = c == null ? span : new CharSpan(c.get("begin").getAsInt(), c.get("begin").getAsInt() + context.length());
      QuoteKind kind = QuoteKind.fromLabel(p.has("kind") ? str(p, "kind") : "direct");
      return new StanceInput(text, span, context, cs, kind, str(sp, "camp"));
    }

    EvaluationResult result(String gold) {
      int counted = reqHit + fp;
      double p = counted == 0 ? 0 : (double) reqHit / counted;
      double r = req == 0 ? 0 : (double) reqHit / req;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      Map<String, StanceScore> systems = new LinkedHashMap<>();
      confusion.forEach((name, m) -> {
        if (stance.isPresent() || name.equals("full") || name.equals("majority")) {
          systems.put(name, StanceScore.of(m));
        }
      });
      return new EvaluationResult(gold, p, r, f, reqHit == 0 ? 0 : (double) speakerOk / reqHit, req, reqHit, fp,
          notQuoteFp, missingArticles, systems, lines);
    }
  }

  static boolean optional(JsonObject q) {
    return q.has("optional") && q.get("optional").getAsBoolean();
  }

  static String str(JsonObject o, String key) {
    return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : "";
  }

  static JsonArray array(List<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }
}
