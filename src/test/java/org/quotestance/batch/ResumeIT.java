package org.quotestance.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code analyze} run killed with SIGKILL part-way, then run again, ends with exactly the output
 * of a run that was never interrupted, and leaves no temporary files.
 */
class ResumeIT {
  private static final int ARTICLES = 30;

  @TempDir Path dir;

  @Test
  void aKilledRunResumedGivesTheOutputOfAnUninterruptedRun() throws Exception {
    Path corpus = corpus(dir.resolve("corpus"));
    Path out = dir.resolve("resumed");
    Path cache = dir.resolve("cache");

    Process killed = AnalyzeProcess.start(corpus, out, cache);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (AnalyzeProcess.articles(out).size() < 3
        && killed.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    killed.destroyForcibly().waitFor();
    int survivors = AnalyzeProcess.articles(out).size();
    assertTrue(survivors >= 3 && survivors < ARTICLES, "killed after " + survivors + " articles");
    assertFalse(Files.exists(out.resolve("quotes.csv")), "the killed run must not have finished");

    assertEquals(0, AnalyzeProcess.run(corpus, out, cache), AnalyzeProcess.log(out));
    Path clean = dir.resolve("clean");
    assertEquals(
        0,
        AnalyzeProcess.run(corpus, clean, dir.resolve("clean-cache")),
        AnalyzeProcess.log(clean));

    List<String> files = AnalyzeProcess.articles(clean);
    assertEquals(ARTICLES, files.size());
    assertEquals(files, AnalyzeProcess.articles(out));
    for (String name : files) {
      assertEquals(
          read(clean.resolve("articles").resolve(name)),
          read(out.resolve("articles").resolve(name)),
          name);
    }
    assertArrayEquals(
        Files.readAllBytes(clean.resolve("quotes.csv")),
        Files.readAllBytes(out.resolve("quotes.csv")));
    assertEquals(List.of(), AnalyzeProcess.names(out.resolve("articles"), ".tmp"));
    assertEquals(List.of(), AnalyzeProcess.names(out, ".tmp"));
    JsonObject counts =
        JsonParser.parseString(read(out.resolve("run.json")))
            .getAsJsonObject()
            .getAsJsonObject("counts");
    assertEquals(ARTICLES, counts.get("analysed").getAsInt());
    assertTrue(
        counts.get("reused").getAsInt() >= survivors,
        "reused " + counts.get("reused") + " of " + survivors);
  }

  /**
   * The seeds and dev articles, plus numbered copies of the first few, {@value #ARTICLES} in all.
   */
  static Path corpus(Path target) throws IOException {
    Files.createDirectories(target);
    List<Path> sources = new ArrayList<>();
    for (Path folder : List.of(Path.of("seeds"), Path.of("src/test/resources/dev"))) {
      sources.addAll(AnalyzeProcess.names(folder, ".txt").stream().map(folder::resolve).toList());
    }
    for (int i = 0; i < ARTICLES; i++) {
      Path source = sources.get(i % sources.size());
      String text = Files.readString(source, StandardCharsets.UTF_8);
      String name = source.getFileName().toString();
      if (i >= sources.size()) {
        text = text.stripTrailing() + "\n\nCopy " + i + ".\n";
        name = "copy" + i + "_" + name;
      }
      Files.writeString(target.resolve(name), text, StandardCharsets.UTF_8);
    }
    return target;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
