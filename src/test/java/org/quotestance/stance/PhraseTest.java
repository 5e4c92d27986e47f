package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
  void parseKeepsTheFoldedTextAndRejectsEmptyPhrases() {
    assertEquals("guaido's plan", Phrase.parse("  Guaidó’s   plan ").text());
    assertThrows(IllegalArgumentException.class, () -> Phrase.parse("  "));
  }
}
