package org.quotestance.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.quotestance.internal.AtomicFiles;
import org.quotestance.nlp.CoreNlpBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baseline DIR... --out OUT} (hidden, used by {@code bench}): runs CoreNLP's default quote
 * pipeline on the {@code .txt} files of the folders, one thread, and writes {@code
 * OUT/articles/<name>.json} in the layout of {@code analyze} (so {@code evaluate} can score it) and
 * {@code OUT/baseline.json} with token counts and seconds, model loading timed separately.
 */
@Command(
    name = "baseline",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Run CoreNLP's default quote pipeline (for bench); needs about 6 GB of heap.")
final class BaselineCommand implements Callable<Integer> {
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of .txt articles.")
  List<Path> dirs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N files (by name).")
  int limit = Integer.MAX_VALUE;

  @Override
  public Integer call() {
    List<Path> files = textFiles(dirs, limit);
    long t0 = System.nanoTime();
    CoreNlpBaseline pipeline = new CoreNlpBaseline();
    long loaded = System.nanoTime();
    long tokens = 0;
    int quotes = 0;
    for (Path file : files) {
      CoreNlpBaseline.Result result = pipeline.annotate(read(file));
      tokens += result.tokens();
      quotes += result.quotes().size();
      AtomicFiles.write(
          out.resolve("articles").resolve(stem(file) + ".json"),
          GSON.toJson(article(file, result)));
    }
    long done = System.nanoTime();
    JsonObject summary = new JsonObject();
    summary.addProperty("annotators", CoreNlpBaseline.ANNOTATORS);
    summary.addProperty("articles", files.size());
    summary.addProperty("tokens", tokens);
    summary.addProperty("quotes", quotes);
    summary.addProperty("loadSeconds", (loaded - t0) / 1e9);
    summary.addProperty("annotateSeconds", (done - loaded) / 1e9);
    AtomicFiles.write(out.resolve("baseline.json"), GSON.toJson(summary));
    spec.commandLine().getOut().println(GSON.toJson(summary));
    return 0;
  }

  private static JsonObject article(Path file, CoreNlpBaseline.Result result) {
    JsonObject o = new JsonObject();
    o.addProperty("id", stem(file));
    o.addProperty("source", file.toString());
    o.addProperty("tokens", result.tokens());
    JsonArray quotes = new JsonArray();
    for (CoreNlpBaseline.Found f : result.quotes()) {
      JsonObject q = new JsonObject();
      q.addProperty("text", f.text());
      q.addProperty("begin", f.begin());
      q.addProperty("end", f.end());
      q.addProperty("kind", "direct");
      JsonObject speaker = new JsonObject();
      // The canonical speaker is a full name; the plain speaker is often a pronoun or a surname.
      speaker.addProperty("name", f.canonicalSpeaker().or(f::speaker).orElse("UNKNOWN"));
      speaker.addProperty("speaker", f.speaker().orElse(null));
      speaker.addProperty("canonicalSpeaker", f.canonicalSpeaker().orElse(null));
      q.add("speaker", speaker);
      quotes.add(q);
    }
    o.add("quotes", quotes);
    return o;
  }

  static List<Path> textFiles(List<Path> dirs, int limit) {
    List<Path> files = new ArrayList<>();
    for (Path dir : dirs) {
      Paths.requireExists(dir, "folder");
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.getFileName().toString().endsWith(".txt")).forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return files.subList(0, Math.min(limit, files.size()));
  }

  private static String read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".txt".length());
  }
}
