package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.InputException;

class EvaluatorTest {
  @Test
  void matchesByFirstWordsAndScoresSpeakersAndStanceLikeTheSharedScorer(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, """
        {"articles": {"a1.txt": {"quotes": [
          {"start": "We will fight", "speaker": "Juan Guaidó", "type": "person", "stance": "pro-Guaidó"},
          {"start": "closely", "speaker": "France", "type": "organization", "stance": "neutral-procedural",
           "aliases": ["French government"]},
          {"start": "missing one", "speaker": "Nobody", "type": "person", "stance": "pro-Maduro"},
          {"start": "optional one", "speaker": "UNKNOWN", "type": "unknown", "stance": "pro-Maduro", "optional": true}
        ], "not_quotes": ["State of the Union"]}}}
        """);
    Files.createDirectories(dir.resolve("out/articles"));
    Files.writeString(dir.resolve("out/articles/a1.json"), """
        {"source": "corpus/a1.txt", "quotes": [
          {"text": "“We will fight on,” ", "begin": 5, "kind": "direct", "speaker": {"name": "Guaido"},
           "stance": {"label": "pro-Guaidó"}},
          {"text": "closely", "begin": 50, "kind": "partial", "speaker": {"name": "French government"},
           "stance": {"label": "pro-Maduro"}},
          {"text": "State of the Union", "begin": 80, "kind": "partial", "speaker": {"name": "UNKNOWN"},
           "stance": {"label": "neutral-procedural"}},
          {"text": "he said that things were bad", "begin": 90, "kind": "indirect", "speaker": {"name": "X"},
           "stance": {"label": "neutral-procedural"}}
        ]}
        """);
    EvaluationResult r = Evaluator.evaluate(gold, dir.resolve("out"), Optional.empty());
    assertEquals(3, r.required());
    assertEquals(2, r.matched());
    assertEquals(1, r.extras(), "indirect quotes are not scored");
    assertEquals(1, r.notQuoteExtras());
    assertEquals(2.0 / 3, r.quotePrecision(), 1e-9);
    assertEquals(2.0 / 3, r.quoteRecall(), 1e-9);
    assertEquals(1.0, r.speakerAccuracy(), 1e-9);
    assertEquals(0.5, r.stance().get("full").accuracy(), 1e-9);
    assertTrue(r.lines().stream().anyMatch(l -> l.contains("MISSED  \"missing one\"")));
    assertTrue(r.toJson().contains("\"quote_f1\": 0.667"));
  }

  @Test
  void aFolderWithNoneOfTheGoldArticlesIsBadInputNotAZeroScore(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, """
        {"articles": {"a1.txt": {"quotes": [
          {"start": "We will fight", "speaker": "Juan Guaidó", "type": "person", "stance": "pro-Guaidó"}
        ]}}}
        """);
    Files.createDirectories(dir.resolve("out/articles"));
    Files.writeString(dir.resolve("out/articles/other.json"), "{\"quotes\": []}");
    InputException e =
        assertThrows(InputException.class, () -> Evaluator.evaluate(gold, dir.resolve("out"), Optional.empty()));
    assertTrue(e.getMessage().contains("none of the 1 articles"), e.getMessage());
  }

  @Test
  void speakerMatchFollowsSurnameAndSharedWordRules() {
    assertTrue(SpeakerMatch.matches("Mike Pompeo", List.of(), "person", "Pompeo"));
    assertFalse(SpeakerMatch.matches("Mike Pompeo", List.of(), "person", "Mike Pence"));
    assertTrue(SpeakerMatch.matches("Colombian Foreign Ministry", List.of(), "organization", "Colombia's Foreign Ministry"));
    assertTrue(SpeakerMatch.matches("UNKNOWN", List.of(), "unknown", "UNKNOWN"));
    assertFalse(SpeakerMatch.matches("UNKNOWN", List.of(), "unknown", "Maduro"));
    assertTrue(SpeakerMatch.matches("United States", List.of(), "organization", "United States"));
    assertFalse(SpeakerMatch.matches("United States", List.of(), "organization", "US officials"));
  }
}
