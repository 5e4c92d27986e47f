package org.quotestance.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.InputException;
import org.quotestance.corpus.Corpus;
import org.quotestance.corpus.LoadResult;
import org.quotestance.corpus.RecordFailure;
import org.quotestance.corpus.SkippedInputException;
import org.quotestance.internal.Hashes;
import org.quotestance.internal.Parallel;
import org.quotestance.model.Article;

/**
 * Loads the inputs in parallel, then decides in their listed order which file fails to load, which
 * article duplicates an earlier one, and each article's output id, so that the parallel analysis
 * that follows gives the same outputs whatever the number of threads. Only hashes and ids are kept,
 * never the texts.
 */
final class Plan {
  /** What to do with the n-th article of a file: its id, its text's hash, and the earlier source it duplicates. */
  record Decision(String id, String sha256, String duplicateOf) {}

  /** A file's load failures, or its articles' decisions in load order. */
  record FilePlan(List<InputStatus> failures, List<Decision> decisions) {}

  private final Map<Path, FilePlan> files = new LinkedHashMap<>();

  /** Loads the files on {@code threads} threads, then decides sequentially in input order. */
  static Plan of(Corpus corpus, List<Path> paths, int threads) {
    List<Loaded> loaded = Parallel.map(paths, threads, file -> load(corpus, file));
    Plan plan = new Plan();
    Map<String, String> firstSource = new HashMap<>();
    Map<String, String> idOwner = new HashMap<>();
    for (int k = 0; k < paths.size(); k++) {
      plan.files.put(paths.get(k), decide(paths.get(k), loaded.get(k), firstSource, idOwner));
    }
    return plan;
  }

  FilePlan of(Path file) {
    return files.get(file);
  }

  /** What deciding needs from one file: its failures, and its articles' ids, sources and hashes. */
  private record Loaded(List<InputStatus> failures, List<Seen> articles) {}

  private record Seen(String id, String source, String sha256) {}

  private static Loaded load(Corpus corpus, Path file) {
    LoadResult result;
    try {
      result = corpus.load(file);
    } catch (SkippedInputException e) {
      return new Loaded(List.of(new InputStatus(file.toString(), "", fileHash(file), "skipped", e.getMessage())), List.of());
    } catch (InputException e) {
      return new Loaded(List.of(new InputStatus(file.toString(), "", fileHash(file), "failed", e.getMessage())), List.of());
    }
    List<InputStatus> failures = new ArrayList<>();
    for (RecordFailure f : result.failures()) {
      failures.add(new InputStatus(f.source() + "#" + f.number(), "", "", "failed", f.message()));
    }
    List<Seen> articles = new ArrayList<>();
    for (Article a : result.articles()) {
      articles.add(new Seen(a.id(), a.source(), Hashes.sha256(a.text())));
    }
    return new Loaded(failures, articles);
  }

  private static FilePlan decide(Path file, Loaded loaded, Map<String, String> firstSource, Map<String, String> idOwner) {
    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < loaded.articles().size(); i++) {
      Seen a = loaded.articles().get(i);
      String sha = a.sha256();
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
