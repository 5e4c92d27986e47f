package org.quotestance.cli;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers {@code bench} needs out of text: peak memory from GNU {@code time -v} output or
 * from {@code /proc/<pid>/status}, wall time from {@code time -v}, and CoreNLP's own model loading
 * times from its log. Each returns empty when the text does not hold the number.
 */
final class BenchStats {
  private static final Pattern MAX_RSS =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern ELAPSED =
      Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): ([0-9:.]+)");
  private static final Pattern USER =
      Pattern.compile("User time \\(seconds\\): (\\d+(?:\\.\\d+)?)");
  private static final Pattern SYSTEM =
      Pattern.compile("System time \\(seconds\\): (\\d+(?:\\.\\d+)?)");
  private static final Pattern MODEL_LOAD =
      Pattern.compile("\\.\\.\\. done \\[(\\d+(?:\\.\\d+)?) sec\\]");

  private BenchStats() {}

  /** "Maximum resident set size (kbytes): N" of GNU time; the last one when there are several. */
  static OptionalLong maxRssKb(String timeOutput) {
    Matcher m = MAX_RSS.matcher(timeOutput);
    OptionalLong last = OptionalLong.empty();
    while (m.find()) {
      last = OptionalLong.of(Long.parseLong(m.group(1)));
    }
    return last;
  }

  /**
   * A {@code kB} field of {@code /proc/<pid>/status}, such as {@code VmHWM} (peak RSS) or {@code
   * VmRSS}.
   */
  static OptionalLong statusKb(String status, String field) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(field) + ":\\s+(\\d+) kB").matcher(status);
    return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  /** User plus system CPU seconds of GNU time. */
  static OptionalDouble cpuSeconds(String timeOutput) {
    OptionalDouble user = last(USER, timeOutput);
    OptionalDouble system = last(SYSTEM, timeOutput);
    return user.isPresent() && system.isPresent()
        ? OptionalDouble.of(user.getAsDouble() + system.getAsDouble())
        : OptionalDouble.empty();
  }

  private static OptionalDouble last(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    OptionalDouble last = OptionalDouble.empty();
    while (m.find()) {
      last = OptionalDouble.of(Double.parseDouble(m.group(1)));
    }
    return last;
  }

  /** The wall time of GNU time, written {@code m:ss.cc} or {@code h:mm:ss}, in seconds. */
  static OptionalDouble elapsedSeconds(String timeOutput) {
    Matcher m = ELAPSED.matcher(timeOutput);
    OptionalDouble last = OptionalDouble.empty();
    while (m.find()) {
      last = clock(m.group(1));
    }
    return last;
  }

  static OptionalDouble clock(String value) {
    double seconds = 0;
    for (String part : value.split(":")) {
      if (part.isEmpty()) {
        return OptionalDouble.empty();
      }
      try {
        seconds = seconds * 60 + Double.parseDouble(part);
      } catch (NumberFormatException e) {
        return OptionalDouble.empty();
      }
    }
    return OptionalDouble.of(seconds);
  }

  /** Sum of CoreNLP's "Loading … done [x sec]." log lines: the time it spent reading models. */
  static double modelLoadSeconds(String log) {
    Matcher m = MODEL_LOAD.matcher(log);
    double sum = 0;
    while (m.find()) {
      sum += Double.parseDouble(m.group(1));
    }
    return sum;
  }

  /** Whether a log shows CoreNLP loading any model or annotator. */
  static boolean loadedCoreNlp(String log) {
    return log.contains("Loading POS tagger")
        || log.contains("edu.stanford.nlp.pipeline.StanfordCoreNLP - Adding annotator");
  }
}
