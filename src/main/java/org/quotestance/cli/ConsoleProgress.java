package org.quotestance.cli;

import java.io.PrintWriter;
import java.util.List;
import org.quotestance.batch.InputStatus;
import org.quotestance.batch.Progress;
import org.quotestance.batch.RunSummary;

/**
 * Progress on standard error: a bar redrawn in place on a terminal, a plain line every ten seconds
 * otherwise (logs, CI), nothing with {@code --quiet}.
 */
final class ConsoleProgress implements Progress {
  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final long start = System.nanoTime();
  private int total;
  private int done;
  private long lastLine;

  ConsoleProgress(PrintWriter err, boolean terminal, boolean quiet) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
  }

  @Override
  public synchronized void started(int files) {
    total = files;
    if (!quiet) {
      err.println("Analysing " + files + " file(s)...");
    }
  }

  @Override
  public synchronized void fileDone(List<InputStatus> statuses) {
    done++;
    for (InputStatus s : statuses) {
      if (!quiet && (s.failed() || s.status().equals("skipped"))) {
        err.println((terminal ? "\r" : "") + s.status() + ": " + s.message());
      }
    }
    if (quiet) {
      return;
    }
    long now = System.nanoTime();
    if (terminal) {
      err.print("\r" + line(now));
      err.flush();
    } else if (now - lastLine > 10_000_000_000L || done == total) {
      err.println(line(now));
      lastLine = now;
    }
  }

  String line(long now) {
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    double rate = done / seconds;
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    int width = 30;
    int filled = total == 0 ? width : (int) Math.round(width * (double) done / total);
    String bar = "=".repeat(filled) + " ".repeat(width - filled);
    return String.format("[%s] %d/%d files  %.1f/s  ETA %dm%02ds", bar, done, total, rate, eta / 60, eta % 60);
  }

  @Override
  public synchronized void finished(RunSummary summary) {
    if (terminal && !quiet) {
      err.println();
    }
  }
}
