package org.quotestance.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quotestance.InputException;

/**
 * The domain's reporting verbs ({@code say}, {@code tweet}, {@code brand} ...) by lemma, each
 * with a class: speech, writing, social, evaluative, accusation or other, or {@link #WITH_AS} for
 * a verb that reports words only with {@code as} after it. Read from the domain's {@code
 * reporting-verbs.tsv} ({@code lemma<TAB>class}, one header line).
 */
public final class ReportingVerbs {
  /** The class of a verb that reports words only before {@code as}: {@code qualified the vote as "…"}. */
  public static final String WITH_AS = "evaluative-as";
  private final Map<String, String> classes;

  public ReportingVerbs(Map<String, String> classes) {
    this.classes = Map.copyOf(classes);
  }

  public static ReportingVerbs load(Path file) {
    Map<String, String> map = new HashMap<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        map.put(cols[0].strip().toLowerCase(Locale.ROOT), cols.length > 1 ? cols[1].strip() : "other");
      }
    } catch (IOException e) {
      throw new InputException(file + ": cannot read reporting verbs (" + e.getMessage() + ")", e);
    }
    if (map.isEmpty()) {
      throw new InputException(file + ": no reporting verbs listed");
    }
    return new ReportingVerbs(map);
  }

  public boolean contains(String lemma) {
    return classes.containsKey(lemma.toLowerCase(Locale.ROOT));
  }

  /** The verb's class, if it is a reporting verb. */
  public Optional<String> classOf(String lemma) {
    return Optional.ofNullable(classes.get(lemma.toLowerCase(Locale.ROOT)));
  }

  public int size() {
    return classes.size();
  }
}
