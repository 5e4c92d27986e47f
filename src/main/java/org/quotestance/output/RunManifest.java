package org.quotestance.output;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.quotestance.Quotestance;
import org.quotestance.batch.InputStatus;
import org.quotestance.batch.RunSummary;
import org.quotestance.nlp.CoreNlpParser;
import org.quotestance.speakers.Camp;

/**
 * {@code run.json}: what ran (tool, CoreNLP and domain versions and hashes, settings), on what
 * (every input with its SHA-256 and status), with what outcome (counts, failures) and when.
 */
public final class RunManifest {
  private RunManifest() {}

  /** The tool's version, from the build. */
  public static String toolVersion() {
    return property("version", "dev");
  }

  /** When this build was made; part of the resume key, so a rebuilt tool re-analyses. */
  public static String buildStamp() {
    return property("build", "");
  }

  /**
   * The git commit the tool was built from, with {@code -dirty} when the working tree had
   * uncommitted changes; empty when it was not built from a git clone.
   */
  public static String commit() {
    String commit = property("commit", "");
    if (commit.isBlank() || commit.startsWith("${")) {
      return "";
    }
    return commit + ("true".equals(property("dirty", "")) ? "-dirty" : "");
  }

  private static String property(String key, String fallback) {
    try (InputStream in = RunManifest.class.getResourceAsStream("/org/quotestance/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty(key, fallback);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String write(RunSummary summary, Quotestance qs, String analysisKey) {
    JsonObject o = new JsonObject();
    JsonObject tool = new JsonObject();
    tool.addProperty("name", "quotestance");
    tool.addProperty("version", toolVersion());
    tool.addProperty("build", buildStamp());
    tool.add("commit", ArticleJson.orNull(commit()));
    o.add("tool", tool);
    o.addProperty("corenlp", CoreNlpParser.CORENLP_VERSION);
    JsonObject domain = new JsonObject();
    domain.addProperty("path", qs.domain().dir().toString());
    domain.addProperty("name", qs.domain().name());
    domain.addProperty("version", qs.domain().version());
    domain.addProperty("hash", qs.domain().hash());
    o.add("domain", domain);
    JsonArray camps = new JsonArray();
    for (Camp c : qs.domain().registry().camps().values()) {
      JsonObject camp = new JsonObject();
      camp.addProperty("id", c.id());
      camp.addProperty("name", c.name());
      camp.addProperty("side", c.side());
      camps.add(camp);
    }
    o.add("camps", camps);
    JsonObject settings = new JsonObject();
    settings.addProperty("nlp", qs.nlpSettings().key());
    settings.addProperty("threads", qs.threads());
    settings.addProperty("cache", qs.cache().map(c -> c.dir().toString()).orElse("off"));
    settings.addProperty("analysisKey", analysisKey);
    settings.addProperty("stanceTemperature", qs.domain().stance().temperature());
    o.add("settings", settings);
    o.addProperty("started", summary.started().toString());
    o.addProperty("finished", summary.finished().toString());
    JsonArray inputs = new JsonArray();
    JsonArray failures = new JsonArray();
    for (InputStatus s : summary.inputs()) {
      JsonObject i = new JsonObject();
      i.addProperty("source", s.source());
      i.add("id", ArticleJson.orNull(s.id()));
      i.add("sha256", ArticleJson.orNull(s.sha256()));
      i.addProperty("status", s.status());
      i.add("message", ArticleJson.orNull(s.message()));
      inputs.add(i);
      if (s.failed()) {
        JsonObject f = new JsonObject();
        f.addProperty("source", s.source());
        f.addProperty("reason", s.message());
        failures.add(f);
      }
    }
    JsonObject counts = new JsonObject();
    counts.addProperty("inputs", summary.inputs().size());
    counts.addProperty("analysed", summary.count("ok") + summary.count("reused"));
    counts.addProperty("reused", summary.count("reused"));
    counts.addProperty("failed", summary.count("failed"));
    counts.addProperty("duplicates", summary.count("duplicate"));
    counts.addProperty("skipped", summary.count("skipped"));
    counts.addProperty("quotes", summary.quotes());
    counts.addProperty("quotations", summary.quotations());
    counts.addProperty("tokens", summary.tokens());
    o.add("counts", counts);
    o.add("inputs", inputs);
    o.add("failures", failures);
    JsonArray limitations = new JsonArray();
    limitations.add("Speakers and stance labels are automatic; validate on an annotated sample with `quotestance evaluate`.");
    limitations.add("Indirect (unmarked) quotes are found by part-of-speech patterns and favour precision over recall.");
    limitations.add("A quotation that runs over several paragraphs is written as linked segments (field `continues`).");
    o.add("limitations", limitations);
    return ArticleJson.GSON.toJson(o) + "\n";
  }
}
