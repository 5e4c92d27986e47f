package org.quotestance.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * CoreNLP's animacy word lists, shipped with its English models for coreference: {@link
 * #inanimate} says a noun names only things ({@code remark}, {@code blackout}), so it cannot be a
 * speaker; {@link #animate} says it can name a living being ({@code vendor}, {@code nurse}). A word on both lists ({@code opposition}) is not inanimate. Loaded on first use;
 * thread-safe.
 */
public final class Animacy {
  private static final String DIR = "edu/stanford/nlp/models/dcoref/";

  private Animacy() {}

  /** Whether {@code noun} (a lemma, any case) is listed as inanimate and never as animate. */
  public static boolean inanimate(String noun) {
    return Lists.INANIMATE_ONLY.contains(noun.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code noun} (a lemma, any case) is listed as animate ({@code vendor}, {@code nurse}). */
  public static boolean animate(String noun) {
    return Lists.ANIMATE.contains(noun.toLowerCase(Locale.ROOT));
  }

  private static final class Lists {
    static final Set<String> ANIMATE = Set.copyOf(read("animate.unigrams.txt"));
    static final Set<String> INANIMATE_ONLY = load();

    private static Set<String> load() {
      Set<String> inanimate = read("inanimate.unigrams.txt");
      inanimate.removeAll(ANIMATE);
      return Set.copyOf(inanimate);
    }

    private static Set<String> read(String name) {
      Set<String> words = new HashSet<>();
      try (InputStream in = Animacy.class.getClassLoader().getResourceAsStream(DIR + name)) {
        if (in == null) {
          throw new IllegalStateException(DIR + name + " not on the classpath (CoreNLP models jar missing?)");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          words.add(line.strip().toLowerCase(Locale.ROOT));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(DIR + name + ": " + e.getMessage(), e);
      }
      return words;
    }
  }
}
