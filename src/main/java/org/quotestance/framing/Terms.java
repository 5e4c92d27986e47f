package org.quotestance.framing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.InputException;
import org.quotestance.internal.Fold;
import org.quotestance.model.CharSpan;
import org.quotestance.model.TermCount;

/**
 * The domain's contested vocabulary ({@code terms.tsv}: {@code group<TAB>term<TAB>pattern}), and
 * counts of each term inside quotations and in the writer's own words. Patterns are matched
 * accent- and case-insensitively on word boundaries; a trailing {@code *} matches any ending.
 * Several patterns may count toward one term.
 */
public final class Terms {
  /** One pattern; {@code anchor} is its first word, which any match must contain verbatim. */
  private record Entry(String group, String term, Pattern pattern, String anchor) {}

  private final List<Entry> entries;

  private Terms(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static Terms none() {
    return new Terms(List.of());
  }

  public static Terms load(Path file) {
    List<Entry> entries = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 3) {
          throw new InputException(file + ":" + (i + 1) + ": expected group, term and pattern separated by tabs");
        }
        String pattern = cols[2].strip();
        entries.add(new Entry(cols[0].strip(), cols[1].strip(), compile(pattern), anchor(pattern)));
      }
    } catch (IOException e) {
      throw new InputException(file + ": cannot read terms (" + e.getMessage() + ")", e);
    }
    return new Terms(entries);
  }

  private static String anchor(String pattern) {
    String body = Fold.fold(pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) : pattern);
    return body.strip().split("\\s+")[0];
  }

  private static Pattern compile(String pattern) {
    boolean prefix = pattern.endsWith("*");
    String body = Fold.fold(prefix ? pattern.substring(0, pattern.length() - 1) : pattern);
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String[] words = body.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      regex.append(i > 0 ? "[\\s-]+" : "").append(Pattern.quote(words[i]));
    }
    regex.append(prefix ? "[\\p{L}\\p{N}]*" : "").append("(?![\\p{L}\\p{N}])");
    return Pattern.compile(regex.toString());
  }

  /**
   * Counts every term in {@code text}: occurrences starting inside one of {@code quotes} count as
   * inside, the rest (outside {@code furniture}) as the writer's own.
   */
  public List<TermCount> count(String text, List<CharSpan> quotes, List<CharSpan> furniture) {
    String folded = Fold.fold(text);
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, String> groups = new LinkedHashMap<>();
    for (Entry e : entries) {
      int[] c = counts.computeIfAbsent(e.term(), k -> new int[2]);
      groups.putIfAbsent(e.term(), e.group());
      if (!folded.contains(e.anchor())) {
        continue; // most terms are absent; a plain search is far cheaper than the regex scan
      }
      Matcher m = e.pattern().matcher(folded);
      while (m.find()) {
        if (inside(furniture, m.start())) {
          continue;
        }
        c[inside(quotes, m.start()) ? 0 : 1]++;
      }
    }
    List<TermCount> out = new ArrayList<>();
    counts.forEach((term, c) -> out.add(new TermCount(term, groups.get(term), c[0], c[1])));
    return out;
  }

  private static boolean inside(List<CharSpan> spans, int offset) {
    for (CharSpan s : spans) {
      if (s.contains(offset)) {
        return true;
      }
    }
    return false;
  }
}
