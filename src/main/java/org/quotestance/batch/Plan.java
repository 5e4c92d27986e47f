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
import org.quotestance.model.Article;

/**
 * Decides, in one pass over the inputs in their listed order, which file fails to load, which
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

  static Plan of(Corpus corpus, List<Path> paths) {
    Plan plan = new Plan();
    Map<String, String> firstSource = new HashMap<>();
    Map<String, String> idOwner = new HashMap<>();
    for (Path file : paths) {
      plan.files.put(file, plan(corpus, file, firstSource, idOwner));
    }
    return plan;
  }

  FilePlan of(Path file) {
    return files.get(file);
  }

  private static FilePlan plan(Corpus corpus, Path file, Map<String, String> firstSource, Map<String, String> idOwner) {
    LoadResult loaded;
    try {
      loaded = corpus.load(file);
    } catch (SkippedInputException e) {
      return new FilePlan(List.of(new InputStatus(file.toString(), "", fileHash(file), "skipped", e.getMessage())), List.of());
    } catch (InputException e) {
      return new FilePlan(List.of(new InputStatus(file.toString(), "", fileHash(file), "failed", e.getMessage())), List.of());
    }
    List<InputStatus> failures = new ArrayList<>();
    for (RecordFailure f : loaded.failures()) {
      failures.add(new InputStatus(f.source() + "#" + f.number(), "", "", "failed", f.message()));
    }
    List<Decision> decisions = new ArrayList<>();
    List<Article> articles = loaded.articles();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      String sha = Hashes.sha256(a.text());
      String owner = file + "#" + i;
      String earlier = firstSource.putIfAbsent(sha, a.source());
      String id = a.id();
      if (idOwner.putIfAbsent(id, owner) != null) {
        id = id + "-" + Hashes.sha256(owner).substring(0, 8);
        idOwner.putIfAbsent(id, owner);
      }
      decisions.add(new Decision(id, sha, earlier));
    }
    return new FilePlan(failures, decisions);
  }

  private static String fileHash(Path file) {
    try {
      return Hashes.sha256(file);
    } catch (RuntimeException e) {
      return "";
    }
  }
}
