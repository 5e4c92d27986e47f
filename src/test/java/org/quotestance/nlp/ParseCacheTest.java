package org.quotestance.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheTest {
  static final String TEXT = "Pompeo spoke. He left.";

  static ParsedText parsed() {
    List<Token> tokens = List.of(
        new Token("Pompeo", 0, 6, "NNP", "Pompeo", "PERSON", 0), new Token("spoke", 7, 12, "VBD", "speak", "O", 0),
        new Token(".", 12, 13, ".", ".", "O", 0), new Token("He", 14, 16, "PRP", "he", "O", 1),
        new Token("left", 17, 21, "VBD", "leave", "O", 1), new Token(".", 21, 22, ".", ".", "O", 1));
    return new ParsedText(tokens, List.of(new Sentence(0, 0, 13, 0, 3), new Sentence(1, 14, 22, 3, 6)));
  }

  @Test
  void returnsWhatWasPutForTheSameTextAndSettingsOnly(@TempDir Path dir) {
    ParseCache cache = new ParseCache(dir);
    assertTrue(cache.get(TEXT, "k1").isEmpty());
    cache.put(TEXT, "k1", parsed());
    assertEquals(parsed(), cache.get(TEXT, "k1").orElseThrow());
    assertTrue(cache.get(TEXT, "k2").isEmpty(), "other settings miss");
    assertTrue(cache.get(TEXT + " ", "k1").isEmpty(), "other text misses");
  }

  @Test
  void treatsACorruptEntryAsAMiss(@TempDir Path dir) throws Exception {
    ParseCache cache = new ParseCache(dir);
    cache.put(TEXT, "k1", parsed());
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.write(f, new byte[] {1, 2, 3});
      }
    }
    assertTrue(cache.get(TEXT, "k1").isEmpty());
  }
}
