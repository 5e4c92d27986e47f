package org.quotestance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.quotestance.eval.EvaluationResult;
import org.quotestance.eval.Evaluator;

/**
 * The accuracy half of {@code bench}: both systems on the annotated source articles themselves (not
 * the generated copies), scored with {@link Evaluator} against each gold file. The baseline's
 * speaker is CoreNLP's {@code canonicalSpeaker}, else its {@code speaker}.
 */
final class BenchAccuracy {
  private BenchAccuracy() {}

  static List<BenchReport.Accuracy> measure(
      BenchSystems systems,
      Path dir,
      List<BenchCorpus.Source> texts,
      Path domain,
      List<Path> golds,
      boolean withBaseline,
      PrintWriter log) {
    Path input = dir.resolve("accuracy-input");
    try {
      Files.createDirectories(input);
      for (BenchCorpus.Source s : texts) {
        Files.writeString(input.resolve(s.name()), s.text(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<BenchReport.Accuracy> out = new ArrayList<>();
    log.println("bench: accuracy: Quotestance on the " + texts.size() + " source articles...");
    Path qs = dir.resolve("acc-quotestance");
    systems.analyze(
        input, qs, dir.resolve("cache-accuracy"), domain, dir.resolve("logs/acc-qs"), false);
    score(golds, qs, "Quotestance", out, log);
    if (withBaseline) {
      log.println("bench: accuracy: CoreNLP default quote pipeline on them (slow)...");
      Path b = dir.resolve("acc-baseline");
      systems.baseline(input, b, Integer.MAX_VALUE, dir.resolve("logs/acc-baseline"));
      score(golds, b, BenchSystems.BASELINE, out, log);
    }
    out.sort(Comparator.comparing(BenchReport.Accuracy::gold));
    return out;
  }

  private static void score(
      List<Path> golds, Path outDir, String system, List<BenchReport.Accuracy> out, PrintWriter log) {
    for (Path g : golds) {
      EvaluationResult e = Evaluator.evaluate(g, outDir, Optional.empty());
      if (e.matched() == 0 && e.missingArticles() > 0) {
        log.println("bench: " + g + ": none of its articles is among the sources; not scored"
            + " (add their folder with --sources)");
        continue;
      }
      Path parent = g.toAbsolutePath().getParent();
      String name = parent == null ? g.toString() : parent.getFileName() + "/" + g.getFileName();
      out.add(
          new BenchReport.Accuracy(
              name,
              system,
              e.quotePrecision(),
              e.quoteRecall(),
              e.quoteF1(),
              e.speakerAccuracy(),
              e.required(),
              e.matched(),
              e.extras()));
    }
  }
}
