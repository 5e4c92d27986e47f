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

  /** A guess from the spelling only ({@link #bySuffix}): {@code male?} or {@code female?}. */
  public static final String GUESSED = "?";

  /**
   * {@code male} or {@code female} from an honorific or a listed first name; {@code male?} or
   * {@code female?} when only the first name's ending suggests it; empty when the name says nothing.
   */
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
        return FIRST_NAMES.getOrDefault(words[0], bySuffix(words));
    }
  }

  /**
   * A weak guess for first names not in the list, used only for a name of two or more words: most
   * Spanish, Portuguese and Italian first names ending in -a are female and in -o male. Many others
   * are not (Chukwuemeka, Kwabena, Nikita, Mustafa), so the guess is marked as one.
   */
  private static String bySuffix(String[] words) {
    String first = words[0];
    if (words.length < 2 || first.length() < 3 || !first.chars().allMatch(Character::isLetter)) {
      return "";
    }
    if (first.endsWith("a")) {
      return "female" + GUESSED;
    }
    return first.endsWith("o") ? "male" + GUESSED : "";
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
