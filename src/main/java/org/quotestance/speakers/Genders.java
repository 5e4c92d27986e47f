package org.quotestance.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.quotestance.internal.Fold;

/**
 * Guesses a person's grammatical gender from an honorific or a common first name, for pronoun
 * resolution. Language data, not domain data: it ships in the jar.
 */
public final class Genders {
  private static final Map<String, String> FIRST_NAMES = load();

  private Genders() {}

  /** {@code male}, {@code female} or empty when the name says nothing. */
  public static String of(String name) {
    String[] words = Fold.fold(name).replace(".", "").split("\\s+");
    if (words.length == 0) {
      return "";
    }
    switch (words[0]) {
      case "mr", "sir", "lord", "king", "prince", "father":
        return "male";
      case "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister":
        return "female";
      default:
        return FIRST_NAMES.getOrDefault(words[0], "");
    }
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    InputStream in = Genders.class.getResourceAsStream("first-names.txt");
    if (in == null) {
      throw new IllegalStateException("first-names.txt missing from the jar");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String gender = "";
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        if (line.equals("[male]") || line.equals("[female]")) {
          gender = line.substring(1, line.length() - 1);
          continue;
        }
        for (String first : line.split("\\s+")) {
          map.putIfAbsent(Fold.fold(first), gender);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
