package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static List<Marked> find(String text) {
    return QuoteFinder.find(text, Paragraphs.of(text));
  }

  private static List<String> quotes(String text) {
    return find(text).stream().map(m -> m.span().of(text)).toList();
  }

  @Test
  void findsStraightDoubleQuotes() {
    String text = "The mayor said \"we will reopen the roads tonight\" after the meeting.";
    assertEquals(List.of("we will reopen the roads tonight"), quotes(text));
  }

  @Test
  void findsCurlyDoubleQuotes() {
    String text = "\u201cThe reservoir is almost empty,\u201d the engineer said.";
    assertEquals(List.of("The reservoir is almost empty,"), quotes(text));
  }

  @Test
  void findsReversedCurlyQuotesByTheirNeighbours() {
    String text = "Pompeo said Maduro\u2019s \u201ddays were numbered\u201d on Friday.";
    assertEquals(List.of("days were numbered"), quotes(text));
  }

  @Test
  void findsReversedSingleQuotes() {
    String text = "The senator urged officers to \u2019flee to Colombia\u2019 before dawn.";
    assertEquals(List.of("flee to Colombia"), quotes(text));
  }

  @Test
  void findsGuillemets() {
    String text = "The minister replied: \u00abWe will never give up our sovereignty.\u00bb";
    assertEquals(List.of("We will never give up our sovereignty."), quotes(text));
  }

  @Test
  void findsSingleQuotesInHeadline() {
    String text =
        "'We will not be silenced': journalists march on Congress\n\n"
            + "Hundreds of reporters walked to the legislature on Monday.";
    List<Marked> found = find(text);
    assertEquals(List.of("We will not be silenced"), quotes(text));
    assertTrue(found.get(0).single());
  }

  @Test
  void keepsStraightApostropheInsideSingleQuotedQuote() {
    String text = "Dockworkers chanted \u2018we don't accept it\u2019 outside the port gates.";
    assertEquals(List.of("we don't accept it"), quotes(text));
  }

  @Test
  void keepsCurlyApostropheInsideSingleQuotedQuote() {
    String text = "Dockworkers chanted \u2018we don\u2019t accept it\u2019 outside the port gates.";
    assertEquals(List.of("we don\u2019t accept it"), quotes(text));
  }

  @Test
  void pluralPossessiveDoesNotCloseSingleQuote() {
    String text =
        "Relatives held banners reading 'justice for the soldiers' families', and sang the anthem.";
    assertEquals(List.of("justice for the soldiers' families"), quotes(text));
  }

  @Test
  void pluralPossessiveAloneIsNoQuote() {
    String text = "The soldiers' families waited outside the base for news.";
    assertEquals(List.of(), quotes(text));
  }

  @Test
  void quoteUnclosedAtParagraphEndContinuesInNextParagraph() {
    String text =
        "\"We have waited three months for the medicines we were promised.\n\n"
            + "\"Now the children are the ones who pay,\" the doctor said.";
    List<Marked> found = find(text);
    assertEquals(
        List.of(
            "We have waited three months for the medicines we were promised.",
            "Now the children are the ones who pay,"),
        quotes(text));
    assertTrue(found.get(0).unclosed());
    assertEquals(-1, found.get(0).continues());
    assertFalse(found.get(1).unclosed());
    assertEquals(0, found.get(1).continues());
  }

  @Test
  void closedQuoteIsNotContinuedByNextParagraph() {
    String text =
        "\"The border is closed,\" the officer said.\n\n" + "\"Nobody crosses tonight,\" he added.";
    List<Marked> found = find(text);
    assertEquals(2, found.size());
    assertEquals(-1, found.get(1).continues());
  }

  @Test
  void singleQuoteNestedInDoubleQuoteIsNotReported() {
    String text =
        "\"They told us 'wait until Monday' and nobody came,\" said a woman in the queue.";
    assertEquals(List.of("They told us 'wait until Monday' and nobody came,"), quotes(text));
  }

  @Test
  void doubleQuoteNestedInGuillemetsIsNotReported() {
    String text = "He wrote: \u00abThe so-called \"aid\" is a pretext for invasion.\u00bb";
    assertEquals(List.of("The so-called \"aid\" is a pretext for invasion."), quotes(text));
  }

  @Test
  void strayMarkDoesNotSwallowTheParagraph() {
    String text =
        "Crowds gathered in the square \" and waited for hours in the heat. "
            + "Later the mayor said \"we will reopen the roads\" tonight.";
    assertEquals(List.of("we will reopen the roads"), quotes(text));
  }

  @Test
  void inchMarkIsNoQuote() {
    String text =
        "The storm dropped 4\" of rain on the coast.\n\n"
            + "Officials said the roads would reopen on Monday.";
    assertEquals(List.of(), quotes(text));
  }

  @Test
  void doubleQuotesInsideASingleQuotedQuoteStayInside() {
    String text = "\u2018We told them \u201cno\u201d and we meant it,\u2019 said Juan Guaid\u00f3.\nThe talks ended.";
    assertEquals(List.of("We told them \u201cno\u201d and we meant it,"), quotes(text));
  }

  @Test
  void aSymbolBeforeTheOpeningMarkDoesNotHideTheQuote() {
    String text = "He wrote: \ud83d\ude00\"The usurpation must end now,\" he added.";
    assertEquals(List.of("The usurpation must end now,"), quotes(text));
  }
}
