package org.quotestance.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code quotestance analyze} in a child JVM with the test's class path, so a test can kill it like
 * a user would (SIGKILL) and read its real exit code. Output goes to {@code OUT.log}.
 */
final class AnalyzeProcess {
  static final Path DOMAIN = Path.of("models", "venezuela-2019").toAbsolutePath();

  private AnalyzeProcess() {}

  static Process start(Path corpus, Path out, Path cache) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx2g");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.quotestance.cli.Main");
    cmd.addAll(
        List.of(
            "analyze",
            corpus.toString(),
            "--out",
            out.toString(),
            "--cache",
            cache.toString(),
            "--threads",
            "2",
            "--no-report",
            "--domain",
            DOMAIN.toString()));
    Path log = out.resolveSibling(out.getFileName() + ".log");
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** Runs to the end and returns the exit code. */
  static int run(Path corpus, Path out, Path cache) throws IOException, InterruptedException {
    return start(corpus, out, cache).waitFor();
  }

  static String log(Path out) throws IOException {
    return Files.readString(out.resolveSibling(out.getFileName() + ".log"), StandardCharsets.UTF_8);
  }

  /** File names in {@code dir} that match {@code suffix}, sorted; empty when it does not exist. */
  static List<String> names(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Finished article files: {@code *.json} but not the {@code .*.tmp} files of a write in progress.
   */
  static List<String> articles(Path out) {
    return names(out.resolve("articles"), ".json").stream()
        .filter(n -> !n.startsWith("."))
        .toList();
  }
}
