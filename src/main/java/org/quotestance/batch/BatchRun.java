package org.quotestance.batch;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.quotestance.AnalyzerException;
import org.quotestance.Quotestance;
import org.quotestance.corpus.Corpus;
import org.quotestance.corpus.CorpusOptions;
import org.quotestance.internal.AtomicFiles;
import org.quotestance.internal.Hashes;
import org.quotestance.internal.Parallel;
import org.quotestance.model.Article;
import org.quotestance.output.ArticleJson;
import org.quotestance.output.QuotesCsv;
import org.quotestance.output.QuotesJsonl;
import org.quotestance.output.RunManifest;

/**
 * Analyses every article under some inputs into an output folder: {@code articles/<id>.json} as
 * each article finishes (atomically); the rows of {@code quotes.csv} and {@code quotes.jsonl} in
 * input order once an article and every input before it are done; {@code run.json} at the end.
 * Articles are streamed: only those of the few input files being analysed or waiting for an
 * earlier one are in memory, and of a file with many articles (a JSON Lines export) only their
 * statuses. A failing file is recorded and the run goes on. Re-running into the same folder reuses
 * every article JSON whose text and analysis settings are unchanged, so an interrupted run resumes
 * where it stopped.
 */
public final class BatchRun {
  private final Quotestance analyzer;
  private final List<Path> inputs;
  private final Path outDir;
  private final CorpusOptions corpusOptions;
  private final String analysisKey;

  public BatchRun(Quotestance analyzer, List<Path> inputs, Path outDir, CorpusOptions corpusOptions) {
    this.analyzer = analyzer;
    this.inputs = List.copyOf(inputs);
    this.outDir = outDir;
    this.corpusOptions = corpusOptions;
    this.analysisKey = Hashes.sha256(RunManifest.toolVersion() + "|" + RunManifest.buildStamp() + "|" + analyzer.nlpSettings().key() + "|"
        + analyzer.domain().hash()).substring(0, 16);
  }

  /** A string that changes whenever the tool, the NLP settings or the domain data change. */
  public String analysisKey() {
    return analysisKey;
  }

  public RunSummary run(Progress progress) {
    Instant started = Instant.now();
    removeStaleTempFiles(outDir);
    removeStaleTempFiles(outDir.resolve("articles"));
    Corpus corpus = Corpus.of(inputs, corpusOptions);
    List<Path> files = corpus.files();
    progress.started(files.size());
    Plan plan = new Plan();
    List<Integer> order = IntStream.range(0, files.size()).boxed().toList();
    List<InputStatus> statuses = new ArrayList<>();
    Tally tally = new Tally();
    // The tables are written in input order as articles finish, from the objects just written to
    // or read from the article files (read again only for files with many articles).
    AtomicFiles.write(outDir.resolve("quotes.csv"), csvOut -> AtomicFiles.write(outDir.resolve("quotes.jsonl"), jsonlOut -> {
      QuotesCsv csv = new QuotesCsv(csvOut);
      QuotesJsonl jsonl = new QuotesJsonl(jsonlOut);
      // Tasks start in file order and each waits only for the plan of the files before it.
      Parallel.forEachOrdered(order, analyzer.threads(), k -> {
        Path file = files.get(k);
        Plan.Loaded loaded = Plan.load(corpus, file);
        List<Done> result = process(loaded, plan.decide(k, file, loaded));
        progress.fileDone(result.stream().map(Done::status).toList());
        return result;
      }, done -> {
        for (Done d : done) {
          statuses.add(d.status());
          if (d.status().status().equals("ok") || d.status().status().equals("reused")) {
            JsonObject json = d.json() != null ? d.json() : readJson(articleFile(d.status().id()));
            csv.add(json);
            jsonl.add(json);
            tally.add(json);
          }
        }
      });
      csv.flush();
    }));
    RunSummary summary = new RunSummary(outDir, statuses, tally.quotes, tally.quotations, tally.tokens, started, Instant.now());
    AtomicFiles.write(outDir.resolve("run.json"), RunManifest.write(summary, analyzer, analysisKey));
    progress.finished(summary);
    return summary;
  }

  /**
   * Deletes the temporary files ({@code .NAME….tmp}) that {@link AtomicFiles} leaves behind when a
   * run is killed mid-write. Two runs into one output folder at once are not supported anyway.
   */
  private static void removeStaleTempFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(f)) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + dir + ": " + e.getMessage(), e);
    }
  }

  /** One input's status, and its article object when it is kept for the tables (else null). */
  private record Done(InputStatus status, JsonObject json) {}

  /** A file with more articles than this keeps none of their objects for the tables. */
  private static final int KEPT_PER_FILE = 16;

  /** Quote segments, quotations and tokens of the articles in the tables. */
  private static final class Tally {
    int quotes;
    int quotations;
    long tokens;

    void add(JsonObject article) {
      for (JsonElement q : article.getAsJsonArray("quotes")) {
        quotes++;
        JsonElement continues = q.getAsJsonObject().get("continues");
        if (continues == null || continues.isJsonNull()) {
          quotations++;
        }
      }
      tokens += article.get("tokens").getAsLong();
    }
  }

  private List<Done> process(Plan.Loaded loaded, Plan.FilePlan plan) {
    List<Done> out = new ArrayList<>();
    for (InputStatus failure : plan.failures()) {
      out.add(new Done(failure, null));
    }
    List<Article> articles = loaded.articles();
    boolean keep = articles.size() <= KEPT_PER_FILE;
    for (int i = 0; i < articles.size() && i < plan.decisions().size(); i++) {
      Done done = analyzeOne(articles.get(i), plan.decisions().get(i));
      out.add(keep ? done : new Done(done.status(), null));
    }
    return out;
  }

  private Done analyzeOne(Article article, Plan.Decision decision) {
    String sha = decision.sha256();
    if (decision.duplicateOf() != null) {
      return new Done(new InputStatus(article.source(), "", sha, "duplicate", "same text as " + decision.duplicateOf()), null);
    }
    String id = decision.id();
    Article named = id.equals(article.id()) ? article
        : new Article(id, article.source(), article.text(), article.metadata(), article.furniture(), article.warnings());
    Path target = articleFile(id);
    Optional<JsonObject> earlier = current(target, sha, named);
    if (earlier.isPresent()) {
      return new Done(new InputStatus(article.source(), id, sha, "reused", String.join("; ", article.warnings())), earlier.get());
    }
    try {
      JsonObject json = ArticleJson.toJson(analyzer.analyze(named), analysisKey);
      AtomicFiles.writeUnforced(target, ArticleJson.text(json));
      return new Done(new InputStatus(article.source(), id, sha, "ok", String.join("; ", article.warnings())), json);
    } catch (RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Done(new InputStatus(article.source(), id, sha, "failed", article.source() + ": analysis failed (" + reason + ")"), null);
    }
  }

  /** The article JSON at {@code target} when it is this article's, with this text, metadata and settings. */
  private Optional<JsonObject> current(Path target, String sha, Article article) {
    if (!Files.exists(target)) {
      return Optional.empty();
    }
    try {
      JsonObject o = readJson(target);
      boolean same = sha.equals(o.get("sha256").getAsString())
          && analysisKey.equals(o.get("analysisKey").getAsString())
          && article.source().equals(o.get("source").getAsString())
          && ArticleJson.metadataKey(article).equals(o.has("metadataKey") ? o.get("metadataKey").getAsString() : "");
      return same ? Optional.of(o) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private Path articleFile(String id) {
    return outDir.resolve("articles").resolve(id + ".json");
  }

  private static JsonObject readJson(Path file) {
    try {
      return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (IOException e) {
      throw new AnalyzerException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
