package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quotestance.quotes.QuoteMarks.Role;

class QuoteMarksTest {
  private static Role roleOfFirst(String text, char mark) {
    return QuoteMarks.role(text, text.indexOf(mark));
  }

  private static Role roleOfLast(String text, char mark) {
    return QuoteMarks.role(text, text.lastIndexOf(mark));
  }

  @Test
  void markAfterSpaceBeforeWordOpens() {
    assertEquals(Role.OPEN, roleOfFirst("he said \"we won\" today", '"'));
  }

  @Test
  void markAfterWordBeforeSpaceCloses() {
    assertEquals(Role.CLOSE, roleOfLast("he said \"we won\" today", '"'));
  }

  @Test
  void markBeforePunctuationCloses() {
    assertEquals(Role.CLOSE, roleOfLast("he said \"we won\".", '"'));
  }

  @Test
  void reversedCurlyMarkOpensByPosition() {
    assertEquals(Role.OPEN, roleOfFirst("Maduro\u2019s \u201ddays were numbered\u201d", '\u201d'));
    assertEquals(Role.CLOSE, roleOfLast("Maduro\u2019s \u201ddays were numbered\u201d", '\u201d'));
  }

  @Test
  void markAtStartOfTextOpens() {
    assertEquals(Role.OPEN, QuoteMarks.role("\"We won,\" he said.", 0));
  }

  @Test
  void markAfterDashOrParenthesisOpens() {
    assertEquals(Role.OPEN, roleOfFirst("the order \u2014\"hold the line\"", '"'));
    assertEquals(Role.OPEN, roleOfFirst("(\"hold the line\")", '"'));
  }

  @Test
  void markBetweenSpacesIsEither() {
    assertEquals(Role.EITHER, roleOfFirst("crowds gathered \" and waited", '"'));
  }

  @Test
  void markBetweenLettersIsNeither() {
    assertEquals(Role.NEITHER, roleOfFirst("don't", '\''));
  }

  @Test
  void openingGuillemetOpensEvenAfterWord() {
    assertEquals(Role.OPEN, roleOfFirst("dijo\u00abbasta\u00bb", '\u00ab'));
    assertEquals(Role.CLOSE, roleOfFirst("dijo \u00abbasta\u00bb", '\u00bb'));
  }

  @Test
  void classifiesDoubleAndSingleMarks() {
    for (char c : "\"\u201c\u201d\u201e\u00ab\u00bb".toCharArray()) {
      assertTrue(QuoteMarks.isDouble(c), "double: " + c);
      assertFalse(QuoteMarks.isSingle(c), "not single: " + c);
    }
    for (char c : "'\u2018\u2019\u2039\u203a".toCharArray()) {
      assertTrue(QuoteMarks.isSingle(c), "single: " + c);
      assertFalse(QuoteMarks.isDouble(c), "not double: " + c);
    }
    assertFalse(QuoteMarks.isMark('`'));
    assertFalse(QuoteMarks.isMark('a'));
  }

  @Test
  void apostropheInsideWordIsNoQuoteMark() {
    assertTrue(QuoteMarks.isApostrophe("we don't", 6));
    assertTrue(QuoteMarks.isApostrophe("Maduro\u2019s army", 6));
  }

  @Test
  void elisionBeforeNumberIsApostrophe() {
    assertTrue(QuoteMarks.isApostrophe("since the '90s", 10));
  }

  @Test
  void markOpeningAWordIsNoApostrophe() {
    assertFalse(QuoteMarks.isApostrophe("urged them to 'flee'", 14));
  }
}
