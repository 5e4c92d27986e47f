package org.quotestance.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.quotestance.corpus.Corpus;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleAnalysis;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Evidence;
import org.quotestance.model.Metadata;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;
import org.quotestance.model.Stance;
import org.quotestance.model.StanceLabel;
import org.quotestance.model.TermCount;

/**
 * Writes one {@link ArticleAnalysis} as the JSON of the output contract (see the README). Empty
 * strings become {@code null}. {@code analysisKey} records what produced the file so a resumed run
 * can tell whether it is still current.
 */
public final class ArticleJson {
  static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

  private ArticleJson() {}

  public static String write(ArticleAnalysis analysis, String analysisKey) {
    return text(toJson(analysis, analysisKey));
  }

  /** The file text of an article object from {@link #toJson}. */
  public static String text(JsonObject article) {
    // Gson's toJson(JsonElement) writes to a StringWriter, whose StringBuffer locks on every append
    StringBuilder out = new StringBuilder();
    GSON.toJson(article, out);
    return out.append('\n').toString();
  }

  /** The article file's object: what {@link #write} writes and the quote tables are made from. */
  public static JsonObject toJson(ArticleAnalysis analysis, String analysisKey) {
    Article a = analysis.article();
    Metadata m = a.metadata();
    JsonObject o = new JsonObject();
    o.addProperty("id", a.id());
    o.addProperty("source", a.source());
    o.addProperty("outlet", m.outlet());
    o.addProperty("outletSource", m.outletSource());
    o.add("date", orNull(m.date()));
    o.add("title", orNull(m.title()));
    o.add("url", orNull(m.url()));
    o.addProperty("sha256", analysis.sha256());
    o.addProperty("characters", a.text().length());
    o.addProperty("tokens", analysis.tokens());
    o.addProperty("analysisKey", analysisKey);
    o.addProperty("metadataKey", metadataKey(a));
    JsonArray warnings = new JsonArray();
    a.warnings().forEach(warnings::add);
    o.add("warnings", warnings);
    JsonArray furniture = new JsonArray();
    for (CharSpan s : a.furniture()) {
      JsonObject f = span(s);
      f.addProperty("text", s.of(a.text()));
      furniture.add(f);
    }
    o.add("furniture", furniture);
    if (Corpus.extractedFromHtml(a.source())) {
      o.addProperty("text", a.text()); // the offsets index this text, which no input file holds
    }
    JsonArray terms = new JsonArray();
    for (TermCount t : analysis.terms()) {
      JsonObject j = new JsonObject();
      j.addProperty("term", t.term());
      j.addProperty("group", t.group());
      j.addProperty("inside", t.inside());
      j.addProperty("outside", t.outside());
      terms.add(j);
    }
    o.add("terms", terms);
    JsonArray quotes = new JsonArray();
    analysis.quotes().forEach(q -> quotes.add(quote(q, a.text())));
    o.add("quotes", quotes);
    return o;
  }

  private static JsonObject quote(Quote q, String text) {
    JsonObject o = new JsonObject();
    o.addProperty("id", q.id());
    o.addProperty("text", q.text());
    o.addProperty("begin", q.span().begin());
    o.addProperty("end", q.span().end());
    o.addProperty("kind", q.kind().label());
    o.add("continues", q.continues().<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
    o.add("speaker", speaker(q.speaker()));
    o.add("stance", stance(q.stance()));
    JsonObject context = span(q.context());
    context.addProperty("text", q.context().of(text));
    o.add("context", context);
    return o;
  }

  private static JsonObject speaker(Speaker s) {
    JsonObject o = new JsonObject();
    o.addProperty("name", s.name());
    o.addProperty("type", s.type().label());
    o.add("camp", orNull(s.camp()));
    o.add("campSource", orNull(s.campSource().label()));
    o.add("role", orNull(s.role()));
    o.add("mention", s.mention().<JsonElement>map(m -> {
      JsonObject j = span(m.span());
      j.addProperty("text", m.text());
      return j;
    }).orElse(JsonNull.INSTANCE));
    o.addProperty("method", s.method());
    o.add("verb", orNull(s.verb()));
    return o;
  }

  private static JsonObject stance(Stance s) {
    JsonObject o = new JsonObject();
    o.addProperty("label", s.label().label());
    o.addProperty("confidence", round(s.confidence()));
    JsonObject p = new JsonObject();
    for (StanceLabel label : StanceLabel.values()) {
      p.addProperty(label.label(), round(s.probabilities().getOrDefault(label, 0.0)));
    }
    o.add("probabilities", p);
    JsonArray evidence = new JsonArray();
    for (Evidence e : s.evidence()) {
      JsonObject j = new JsonObject();
      j.addProperty("feature", e.feature());
      j.addProperty("weight", round(e.weight()));
      j.add("text", orNull(e.text()));
      JsonArray spans = new JsonArray();
      e.spans().forEach(sp -> spans.add(span(sp)));
      j.add("spans", spans);
      evidence.add(j);
    }
    o.add("evidence", evidence);
    JsonArray frames = new JsonArray();
    s.frames().forEach(frames::add);
    o.add("frames", frames);
    return o;
  }

  /** A hash of what the article brings besides its text (metadata, furniture, warnings), for resuming. */
  public static String metadataKey(Article a) {
    Metadata m = a.metadata();
    String all = String.join("\u0000", a.id(), m.outlet(), m.outletSource(), m.date(), m.title(), m.url(),
        a.furniture().toString(), a.warnings().toString());
    return org.quotestance.internal.Hashes.sha256(all).substring(0, 16);
  }

  static JsonObject span(CharSpan s) {
    JsonObject o = new JsonObject();
    o.addProperty("begin", s.begin());
    o.addProperty("end", s.end());
    return o;
  }

  static JsonElement orNull(String s) {
    return s == null || s.isEmpty() ? JsonNull.INSTANCE : new JsonPrimitive(s);
  }

  static double round(double d) {
    return Math.round(d * 10000.0) / 10000.0;
  }

}
