package org.quotestance.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.AnalyzerException;
import org.quotestance.InputException;
import org.quotestance.corpus.Corpus;
import org.quotestance.corpus.LoadResult;
import org.quotestance.corpus.RecordFailure;
import org.quotestance.corpus.SkippedInputException;
import org.quotestance.internal.Hashes;
import org.quotestance.model.Article;

/**
 * Decides, in the inputs' listed order, which file fails to load, which article duplicates an
 * earlier one, and each article's output id, so that a parallel run gives the same outputs whatever
 * the number of threads. Files are loaded in parallel; {@link #decide} makes the decision for file
 * {@code k} wait until files {@code 0..k-1} are decided, so analysis starts with the first file
 * instead of after the whole corpus is read. Only hashes and ids are kept, never the texts.
 * Thread-safe.
 */
final class Plan {
  /** What to do with the n-th article of a file: its id, its text's hash, and the earlier source it duplicates. */
  record Decision(String id, String sha256, String duplicateOf) {}

  /** A file's load failures, or its articles' decisions in load order. */
  record FilePlan(List<InputStatus> failures, List<Decision> decisions) {}

  /** One loaded file: its failures, its articles and their texts' hashes. */
  record Loaded(List<InputStatus> failures, List<Article> articles, List<String> hashes) {}

  private final Map<String, String> firstSource = new HashMap<>();
  private final Map<String, String> idOwner = new HashMap<>();
  private int next;

  /** Loads {@code file}; a file that cannot be loaded becomes one failed or skipped status. */
  static Loaded load(Corpus corpus, Path file) {
    LoadResult result;
    try {
      result = corpus.load(file);
    } catch (SkippedInputException e) {
      return new Loaded(List.of(new InputStatus(file.toString(), "", fileHash(file), "skipped", e.getMessage())), List.of(), List.of());
    } catch (InputException e) {
      return new Loaded(List.of(new InputStatus(file.toString(), "", fileHash(file), "failed", e.getMessage())), List.of(), List.of());
    } catch (RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Loaded(List.of(new InputStatus(file.toString(), "", fileHash(file), "failed", file + ": cannot load (" + reason + ")")), List.of(), List.of());
    }
    List<InputStatus> failures = new ArrayList<>();
    for (RecordFailure f : result.failures()) {
      failures.add(new InputStatus(f.source() + "#" + f.number(), "", "", "failed", f.message()));
    }
    List<String> hashes = result.articles().stream().map(a -> Hashes.sha256(a.text())).toList();
    return new Loaded(failures, result.articles(), hashes);
  }

  /**
   * The plan for the {@code index}-th input file, decided after those before it. Every index from 0
   * up must be decided exactly once, each on its own thread (tasks started in index order, as a
   * fixed thread pool does), or later callers wait for ever.
   */
  synchronized FilePlan decide(int index, Path file, Loaded loaded) {
    while (next != index) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AnalyzerException("interrupted", e);
      }
    }
    try {
      return decide(file, loaded);
    } finally {
      next++;
      notifyAll();
    }
  }

  private FilePlan decide(Path file, Loaded loaded) {
    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < loaded.articles().size(); i++) {
      Article a = loaded.articles().get(i);
      String sha = loaded.hashes().get(i);
      String owner = file + "#" + i;
      String earlier = firstSource.putIfAbsent(sha, a.source());
      String id = a.id();
      if (idOwner.putIfAbsent(id, owner) != null) {
        id = id + "-" + Hashes.sha256(owner).substring(0, 8);
        idOwner.putIfAbsent(id, owner);
      }
      decisions.add(new Decision(id, sha, earlier));
    }
    return new FilePlan(loaded.failures(), decisions);
  }

  private static String fileHash(Path file) {
    try {
      return Hashes.sha256(file);
    } catch (RuntimeException e) {
      return "";
    }
  }
}
