package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quotestance.model.QuoteKind;

class QuoteExtractorTest {
  @Test
  void capitalisedSentenceIsDirect() {
    assertEquals(
        QuoteKind.DIRECT, QuoteExtractor.kind("We will not leave the streets until he goes."));
  }

  @Test
  void capitalisedQuoteCutByAttributionIsDirect() {
    assertEquals(QuoteKind.DIRECT, QuoteExtractor.kind("We are not leaving the square,"));
  }

  @Test
  void longLowerCaseSentenceIsDirect() {
    assertEquals(
        QuoteKind.DIRECT,
        QuoteExtractor.kind(
            "the regime bears full responsibility for the suffering of its people."));
  }

  @Test
  void quoteStartingWithNumberIsDirect() {
    assertEquals(QuoteKind.DIRECT, QuoteExtractor.kind("2019 will be the year of freedom."));
  }

  @Test
  void singleWordIsPartial() {
    assertEquals(QuoteKind.PARTIAL, QuoteExtractor.kind("usurper"));
  }

  @Test
  void lowerCaseFragmentIsPartial() {
    assertEquals(QuoteKind.PARTIAL, QuoteExtractor.kind("a direct path to bloodshed."));
  }

  @Test
  void shortCapitalisedNameIsPartial() {
    assertEquals(QuoteKind.PARTIAL, QuoteExtractor.kind("Operation Liberty"));
  }
}
