package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseTest {
  private static boolean matches(String phrase, String text) {
    List<Token> tokens = Tokenizer.tokenize(text, 0);
    Phrase p = Phrase.parse(phrase);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).word() && p.matchAt(tokens, i) > 0) {
        return true;
      }
    }
    return false;
  }

  @Test
  void matchesSimpleInflections() {
    assertTrue(matches("coup", "two failed coups"));
    assertTrue(matches("recognise", "by recognising him"));
    assertTrue(matches("rob", "they robbed us"));
    assertTrue(matches("rally", "the rallies grew"));
    assertFalse(matches("coup", "a coupon"));
  }

  @Test
  void inflectionsAreTheWordAndItsSimpleForms() {
    assertEquals(
        Set.of("stop", "stops", "stopes", "stopd", "stoped", "stoping", "stopped", "stopping"),
        Phrase.inflections("stop"));
    assertEquals(
        Set.of("rally", "rallys", "rallyes", "rallyd", "rallyed", "rallying", "rallies", "rallied",
            "rallyyed", "rallyying"),
        Phrase.inflections("rally"));
    assertEquals(
        Set.of("vote", "votes", "votees", "voted", "voteed", "voteing", "voting"),
        Phrase.inflections("vote"));
    assertEquals(Set.of("us"), Phrase.inflections("us"));
    assertEquals(
        Set.of("be", "is", "are", "was", "were", "been", "being", "am"),
        Phrase.inflections("was"));
    assertEquals(Set.of("have", "has", "had", "having"), Phrase.inflections("has"));
  }

  @Test
  void formsOfBeAndHaveMatchEachOther() {
    assertTrue(matches("days are numbered", "his days were numbered"));
    assertTrue(matches("has failed", "they had failed"));
    assertFalse(matches("days are numbered", "his days had numbered"));
  }

  @Test
  void shortWordsDoNotInflect() {
    assertFalse(matches("us", "they used force"));
    assertTrue(matches("us", "help us"));
  }

  @Test
  void trailingStarIsAPrefix() {
    assertTrue(matches("massacr*", "they massacred protesters"));
    assertTrue(matches("dictator*", "a dictatorship"));
  }

  @Test
  void matchesAccentInsensitivelyOnTokenBoundaries() {
    assertTrue(matches("guaido", "Juan Guaidó said"));
    assertTrue(matches("guaidó", "Juan Guaido said"));
    assertFalse(matches("aid", "Guaidó said"));
  }

  @Test
  void multiwordPhrasesSkipQuotationMarksAndHyphensMatchSpaces() {
    assertTrue(matches("sick tyrant", "called him a “sick” tyrant"));
    assertTrue(matches("so-called", "the so called aid"));
    assertTrue(matches("self proclaimed", "the self-proclaimed president"));
    assertFalse(matches("far from", "far, from"));
  }

  @Test
  void punctuationInAPhraseMustBeInTheText() {
    assertTrue(matches("peaceful, democratic solution", "a peaceful, democratic solution"));
    assertFalse(matches("peaceful, democratic solution", "a peaceful democratic solution"));
    assertTrue(matches("u.s.-backed coup", "a US-backed coup"));
    assertTrue(matches("us-backed coup", "a U.S.-backed coup"));
  }

  @Test
  void parseKeepsTheFoldedTextAndRejectsPhrasesWithoutWordsAtTheEnds() {
    assertEquals("guaido's plan", Phrase.parse("  Guaidó’s   plan ").text());
    assertEquals(List.of("guaido", "'s", "plan"), Phrase.parse("Guaidó's plan").words());
    assertThrows(IllegalArgumentException.class, () -> Phrase.parse("  "));
    assertThrows(IllegalArgumentException.class, () -> Phrase.parse(", and"));
  }
}
