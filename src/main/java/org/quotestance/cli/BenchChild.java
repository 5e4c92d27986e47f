package org.quotestance.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Runs {@link Main} in a child JVM (same java binary and class path, explicit heap) so that each
 * measured system has its own cold start and its own peak memory. Wall time counts from just before
 * the process starts, so it includes JVM start-up. Peak RSS comes from GNU {@code time -v} when
 * {@code /usr/bin/time} exists, else from polling {@code /proc/<pid>/status} every 50 ms. Standard
 * output and error go to {@code <log>.out} and {@code <log>.err}.
 */
final class BenchChild {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  /**
   * @param exitCode the child's exit code
   * @param seconds wall time of the whole process
   * @param cpuSeconds user and system CPU time of the process (GNU time only)
   * @param firstOutputSeconds time from start until the first {@code *.json} appeared in the
   *     watched folder
   * @param peakRssKb peak resident memory
   * @param rssSource how the peak was measured
   * @param stdout what the child printed on standard output
   * @param stderr what it printed on standard error (the logs)
   */
  record Result(
      int exitCode,
      double seconds,
      OptionalDouble cpuSeconds,
      OptionalDouble firstOutputSeconds,
      OptionalLong peakRssKb,
      String rssSource,
      String stdout,
      String stderr) {}

  private BenchChild() {}

  /** {@code java -Xmx<heap> <options> -cp <our class path> org.quotestance.cli.Main <args>}. */
  static List<String> command(String heap, List<String> jvmOptions, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(args);
    return cmd;
  }

  /**
   * Runs {@code command} to completion, watching {@code watch} (if given) for the first JSON file.
   */
  static Result run(List<String> command, Path log, Optional<Path> watch) {
    boolean gnuTime = Files.isExecutable(GNU_TIME);
    List<String> cmd = new ArrayList<>();
    if (gnuTime) {
      cmd.add(GNU_TIME.toString());
      cmd.add("-v");
    }
    cmd.addAll(command);
    Path out = log.resolveSibling(log.getFileName() + ".out");
    Path err = log.resolveSibling(log.getFileName() + ".err");
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      long start = System.nanoTime();
      Process p =
          new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      long first = -1;
      long peak = -1;
      while (p.isAlive()) {
        if (first < 0 && watch.isPresent() && hasJson(watch.get())) {
          first = System.nanoTime();
        }
        if (!gnuTime) {
          peak = Math.max(peak, hwm(p.pid()));
        }
        p.waitFor(first < 0 ? 20 : 50, java.util.concurrent.TimeUnit.MILLISECONDS);
      }
      long end = System.nanoTime();
      if (first < 0 && watch.isPresent() && hasJson(watch.get())) {
        first = end;
      }
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      OptionalLong rss =
          gnuTime
              ? BenchStats.maxRssKb(stderr)
              : peak < 0 ? OptionalLong.empty() : OptionalLong.of(peak);
      return new Result(
          p.exitValue(),
          (end - start) / 1e9,
          BenchStats.cpuSeconds(stderr),
          first < 0 ? OptionalDouble.empty() : OptionalDouble.of((first - start) / 1e9),
          rss,
          gnuTime ? "GNU time -v (max RSS)" : "/proc VmHWM polled every 50 ms",
          Files.readString(out, StandardCharsets.UTF_8),
          stderr);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", cmd), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running a benchmark child", e);
    }
  }

  private static boolean hasJson(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .anyMatch(n -> n.endsWith(".json") && !n.startsWith("."));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** The child's peak RSS so far in kB, or -1 once it has gone. */
  private static long hwm(long pid) {
    try {
      return BenchStats.statusKb(
              Files.readString(Path.of("/proc", Long.toString(pid), "status")), "VmHWM")
          .orElse(-1);
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }
}
