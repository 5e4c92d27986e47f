package org.quotestance.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.quotestance.InputException;
import org.quotestance.internal.Hashes;
import org.quotestance.internal.Parallel;
import org.quotestance.model.Metadata;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.StanceLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an output folder (README "Output contract") into a {@link Corpus}. The only class of the
 * report that knows the JSON layout. An article file that cannot be parsed is logged, listed in
 * {@link Corpus#unreadable()} and skipped; a missing {@code articles/} folder is an {@link
 * InputException}.
 */
final class OutputFolder {
  private static final Logger LOG = LoggerFactory.getLogger(OutputFolder.class);

  private OutputFolder() {}

  /** Ids that run.json lists as analysed or reused, when there is a run.json. */
  private static Optional<java.util.Set<String>> currentIds(Optional<JsonObject> runJson) {
    if (runJson.isEmpty()) {
      return Optional.empty();
    }
    JsonObject run = runJson.get();
    if (!run.has("inputs") || !run.get("inputs").isJsonArray()) {
      return Optional.empty();
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (com.google.gson.JsonElement e : run.getAsJsonArray("inputs")) {
      com.google.gson.JsonObject input = e.getAsJsonObject();
      String status = input.has("status") ? input.get("status").getAsString() : "";
      if ((status.equals("ok") || status.equals("reused")) && input.has("id") && !input.get("id").isJsonNull()) {
        ids.add(input.get("id").getAsString());
      }
    }
    return Optional.of(ids);
  }

  static Corpus read(Path outDir) {
    Path articlesDir = outDir.resolve("articles");
    if (!Files.isDirectory(articlesDir)) {
      throw new InputException("no articles/ folder in " + outDir);
    }
    Path runFile = outDir.resolve("run.json");
    Optional<JsonObject> runJson = Files.isRegularFile(runFile) ? Optional.of(parse(runFile)) : Optional.empty();
    Optional<java.util.Set<String>> current = currentIds(runJson);
    // Left by an earlier run into the same folder (quotes.csv leaves them out too) when not current.
    List<Path> files = jsonFiles(articlesDir).stream()
        .filter(f -> current.isEmpty() || current.get().contains(f.getFileName().toString().replaceFirst("\\.json$", "")))
        .toList();
    List<Corpus.Article> articles = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    // Parsing is most of the report's time; files are parsed on all cores, results kept in order.
    for (Parsed parsed : Parallel.map(files, Runtime.getRuntime().availableProcessors(), OutputFolder::parseArticle)) {
      if (parsed.article() != null) {
        articles.add(parsed.article());
      } else {
        unreadable.add(parsed.error());
      }
    }
    articles.sort(Comparator.comparing(Corpus.Article::id));
    Corpus.Run run = runJson.map(OutputFolder::run).orElseGet(OutputFolder::missingRun);
    Path evalFile = outDir.resolve("evaluation.json");
    String runSha256 = runJson.isPresent() ? Hashes.sha256(runFile) : null;
    Optional<Corpus.Evaluation> evaluation =
        Files.isRegularFile(evalFile)
            ? Optional.of(evaluation(parse(evalFile), runSha256))
            : Optional.empty();
    return new Corpus(articles, run, evaluation, unreadable);
  }

  /** An article file's article, or why it cannot be read. */
  private record Parsed(Corpus.Article article, String error) {}

  private static Parsed parseArticle(Path file) {
    try {
      return new Parsed(article(parse(file)), null);
    } catch (InputException
        | IllegalArgumentException
        | IllegalStateException
        | ClassCastException e) {
      LOG.warn("skipping {}: {}", file, e.getMessage());
      return new Parsed(null, file.getFileName() + ": " + e.getMessage());
    }
  }

  private static List<Path> jsonFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new InputException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static JsonObject parse(Path file) {
    try {
      return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (IOException | JsonParseException | IllegalStateException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Corpus.Article article(JsonObject o) {
    String outlet = str(o, "outlet");
    List<Corpus.Term> terms = new ArrayList<>();
    for (JsonObject t : objects(o, "terms")) {
      terms.add(
          new Corpus.Term(
              str(t, "term"),
              str(t, "group"),
              (int) num(t, "inside", 0),
              (int) num(t, "outside", 0)));
    }
    List<Corpus.Quote> quotes = new ArrayList<>();
    for (JsonObject q : objects(o, "quotes")) {
      quotes.add(quote(q));
    }
    return new Corpus.Article(
        required(o, "id"),
        str(o, "source"),
        outlet == null || outlet.isBlank() || outlet.strip().equals(Metadata.UNKNOWN_OUTLET)
            ? Corpus.UNKNOWN_OUTLET
            : outlet.strip(),
        str(o, "date"),
        str(o, "title"),
        str(o, "url"),
        (long) num(o, "tokens", 0),
        strings(o, "warnings"),
        terms,
        quotes);
  }

  private static Corpus.Quote quote(JsonObject q) {
    JsonObject s = object(q, "speaker");
    Corpus.Speaker speaker =
        s == null
            ? new Corpus.Speaker(null, "unknown", null, null)
            : new Corpus.Speaker(str(s, "name"), str(s, "type"), str(s, "camp"), str(s, "role"));
    JsonObject stance = object(q, "stance");
    if (stance == null) {
      throw new IllegalArgumentException("quote " + str(q, "id") + " has no stance");
    }
    List<Corpus.Evidence> evidence = new ArrayList<>();
    for (JsonObject e : objects(stance, "evidence")) {
      List<Corpus.Span> spans = new ArrayList<>();
      for (JsonObject sp : objects(e, "spans")) {
        spans.add(new Corpus.Span((int) num(sp, "begin", -1), (int) num(sp, "end", -1)));
      }
      evidence.add(
          new Corpus.Evidence(str(e, "feature"), num(e, "weight", 0), str(e, "text"), spans));
    }
    JsonObject context = object(q, "context");
    String text = required(q, "text");
    return new Corpus.Quote(
        required(q, "id"),
        text,
        (int) num(q, "begin", 0),
        (int) num(q, "end", 0),
        QuoteKind.fromLabel(required(q, "kind")),
        speaker,
        StanceLabel.fromLabel(required(stance, "label")),
        num(stance, "confidence", Double.NaN),
        evidence,
        strings(stance, "frames"),
        context == null ? text : Optional.ofNullable(str(context, "text")).orElse(text),
        context == null
            ? (int) num(q, "begin", 0)
            : (int) num(context, "begin", num(q, "begin", 0)),
        str(q, "continues"));
  }

  private static Corpus.Run run(JsonObject o) {
    JsonObject tool = object(o, "tool");
    JsonObject domain = object(o, "domain");
    Map<String, String> settings = new LinkedHashMap<>();
    JsonObject s = object(o, "settings");
    if (s != null) {
      s.entrySet().forEach(e -> settings.put(e.getKey(), display(e.getValue())));
    }
    Map<String, String> counts = new LinkedHashMap<>();
    JsonObject c = object(o, "counts");
    if (c != null) {
      c.entrySet().forEach(e -> counts.put(e.getKey(), display(e.getValue())));
    }
    List<Corpus.Input> inputs = new ArrayList<>();
    for (JsonObject i : objects(o, "inputs")) {
      inputs.add(
          new Corpus.Input(
              str(i, "source"),
              str(i, "id"),
              str(i, "sha256"),
              str(i, "status"),
              str(i, "message")));
    }
    List<Corpus.Failure> failures = new ArrayList<>();
    for (JsonObject f : objects(o, "failures")) {
      failures.add(new Corpus.Failure(str(f, "source"), str(f, "reason")));
    }
    Map<String, Corpus.Camp> camps = new LinkedHashMap<>();
    for (JsonObject camp : objects(o, "camps")) {
      String id = str(camp, "id");
      if (id != null) {
        camps.put(id, new Corpus.Camp(str(camp, "name"), str(camp, "side")));
      }
    }
    JsonElement corenlp = o.get("corenlp");
    return new Corpus.Run(
        true,
        tool == null ? null : str(tool, "name"),
        tool == null ? null : str(tool, "version"),
        tool == null ? null : str(tool, "commit"),
        corenlp == null || corenlp.isJsonNull() ? null : display(corenlp),
        domain == null ? null : str(domain, "name"),
        domain == null ? null : str(domain, "path"),
        domain == null ? null : str(domain, "version"),
        domain == null ? null : str(domain, "hash"),
        settings,
        str(o, "started"),
        str(o, "finished"),
        inputs,
        counts,
        failures,
        strings(o, "limitations"),
        camps);
  }

  private static Corpus.Run missingRun() {
    return new Corpus.Run(
        false, null, null, null, null, null, null, null, null, Map.of(), null, null, List.of(), Map.of(),
        List.of(), List.of(), Map.of());
  }

  /**
   * The evaluation in {@code o}; it is current when it records the SHA-256 of the run.json it
   * scored and that is the folder's run.json now ({@code runSha256}).
   */
  private static Corpus.Evaluation evaluation(JsonObject o, String runSha256) {
    String scored = str(o, "run_sha256");
    return new Corpus.Evaluation(
        str(o, "gold"),
        num(o, "quote_precision", Double.NaN),
        num(o, "quote_recall", Double.NaN),
        num(o, "quote_f1", Double.NaN),
        num(o, "speaker_accuracy", Double.NaN),
        num(o, "stance_accuracy", Double.NaN),
        num(o, "stance_macro_f1", Double.NaN),
        (long) num(o, "quotes_scored", 0),
        scored != null && scored.equals(runSha256));
  }

  /** A JSON value as plain text: strings unquoted, everything else as compact JSON. */
  private static String display(JsonElement value) {
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
      return value.getAsString();
    }
    if (value.isJsonObject() && value.getAsJsonObject().has("version")) {
      return display(value.getAsJsonObject().get("version"));
    }
    return value.toString();
  }

  private static String required(JsonObject o, String key) {
    String value = str(o, key);
    if (value == null) {
      throw new IllegalArgumentException("missing \"" + key + "\"");
    }
    return value;
  }

  private static String str(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull()
        ? null
        : e.isJsonPrimitive() ? e.getAsString() : e.toString();
  }

  private static double num(JsonObject o, String key, double fallback) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() ? fallback : e.getAsDouble();
  }

  private static JsonObject object(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || !e.isJsonObject() ? null : e.getAsJsonObject();
  }

  private static List<JsonObject> objects(JsonObject o, String key) {
    JsonElement e = o.get(key);
    List<JsonObject> out = new ArrayList<>();
    if (e != null && e.isJsonArray()) {
      for (JsonElement item : e.getAsJsonArray()) {
        if (item.isJsonObject()) {
          out.add(item.getAsJsonObject());
        }
      }
    }
    return out;
  }

  private static List<String> strings(JsonObject o, String key) {
    JsonElement e = o.get(key);
    List<String> out = new ArrayList<>();
    if (e != null && e.isJsonArray()) {
      JsonArray array = e.getAsJsonArray();
      for (JsonElement item : array) {
        if (!item.isJsonNull()) {
          out.add(item.isJsonPrimitive() ? item.getAsString() : item.toString());
        }
      }
    }
    return out;
  }
}
