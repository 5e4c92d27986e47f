package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quotestance.quotes.Passages.analyze;
import static org.quotestance.quotes.Passages.assertSpeaker;
import static org.quotestance.quotes.Passages.quote;

import org.junit.jupiter.api.Test;
import org.quotestance.model.ArticleAnalysis;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;

/**
 * Attribution in trade, markets and business writing: companies and banks that speak as {@code the
 * company} or {@code the bank}, trading sources, hyphenated modifiers, figures the writer
 * comments on, and newsletter mastheads above the headline. Each passage was written for these
 * tests.
 */
class BusinessPressIT {

  @Test
  void aHyphenatedWordIsNoVerbOfSaying() {
    ArticleAnalysis a = analyze(
        """
        Refiners weigh licences

        Elliott Abrams, the U.S. special representative for Venezuela, said at a Washington \
        think-tank breakfast that the waivers left refiners "ready to return the day the regime \
        falls."\
        """);
    assertSpeaker("Elliott Abrams", "verb-before:name", quote(a, "ready to return the day"));
  }

  @Test
  void aPlaceBeforeAHyphenOnlyDescribesTheSource() {
    ArticleAnalysis a = analyze(
        """
        Asian buyers hold back

        "No refinery wants to be the first one fined," said a Singapore-based crude broker.\
        """);
    Quote q = quote(a, "No refinery wants to be");
    assertEquals(Speaker.UNKNOWN_NAME, q.speaker().name(), q.speaker().toString());
  }

  @Test
  void aPlaceJoinedByAHyphenIsNoSubjectForALaterIt() {
    ArticleAnalysis a = analyze(
        """
        Polls in the capital

        A Caracas-based pollster, Datanálisis, said support for the talks had fallen.

        "The numbers are soft," it said.\
        """);
    assertSpeaker("Datanálisis", "adjacent-after:pronoun", quote(a, "The numbers are soft"));
  }

  @Test
  void aRelativeClauseAfterAPlaceWithAnAdjectiveSkipsThePlace() {
    ArticleAnalysis a = analyze(
        """
        Visas suspended

        The notice was posted by the Venezuelan consulate in northern Bogotá, which said visas \
        were "suspended until further notice."\
        """);
    Speaker s = quote(a, "suspended until further notice").speaker();
    assertNotEquals("Colombia", s.name(), s.toString());
  }

  @Test
  void anAdjectiveAfterTheSourceOpensWhatFollowsIt() {
    ArticleAnalysis a = analyze(
        """
        Asian buyers hold back

        "Nobody will load until the lawyers sign off," said a Caracas trader familiar with the \
        cargoes.\
        """);
    Quote q = quote(a, "Nobody will load until");
    assertEquals(Speaker.UNKNOWN_NAME, q.speaker().name(), q.speaker().toString());
  }

  @Test
  void aRelativeClauseAfterAnOfficialDescribesTheOfficialNotTheDepartment() {
    ArticleAnalysis a = analyze(
        """
        New waivers for oil service firms

        A Commerce Department official who spoke to reporters on condition of anonymity said the \
        exemptions were "temporary and tightly drawn."\
        """);
    Quote q = quote(a, "temporary and tightly drawn");
    assertEquals(Speaker.UNKNOWN_NAME, q.speaker().name(), q.speaker().toString());
  }

  @Test
  void theCompanyIsTheFirmThatSpokeNotTheCountryThatOwnsIt() {
    ArticleAnalysis a = analyze(
        """
        Buyers in Asia

        Spain's biggest independent refiner, Cepsa, which takes Venezuelan crude as payment \
        for debt, said in a statement that its swaps "comply with every applicable rule."

        "We have received no cargo since the order took effect," the company said.\
        """);
    assertSpeaker("Cepsa", "adjacent-after:role", quote(a, "We have received no cargo"));
  }

  @Test
  void theCompanyIsTheOneWhoseNameSaysItIsACompany() {
    ArticleAnalysis a = analyze(
        """
        Indian refiners

        Kohinoor Industries bought two Venezuelan cargoes in May. Traders said the purchase \
        surprised the market.

        "Every barrel was paid for in full and declared to the authorities," the company said.\
        """);
    assertSpeaker("Kohinoor Industries", "adjacent-after:role", quote(a, "Every barrel was paid for"));
  }

  @Test
  void aNameAfterByIsTheAgentNotTheSubject() {
    ArticleAnalysis a = analyze(
        """
        A plan for the oil fields

        The ad hoc PDVSA board named by the opposition-run National Assembly took a harder line. \
        "The fields were ruined by twenty years of plunder, not by sanctions," the board said.\
        """);
    assertSpeaker("PDVSA ad hoc board", "adjacent-after:role", quote(a, "The fields were ruined"));
  }

  @Test
  void theBankIsTheRegisteredBankNamedEarlierInLowerCase() {
    ArticleAnalysis a = analyze(
        """
        Inflation data released

        Venezuela's central bank quietly posted monthly price figures on Wednesday.

        "The figures speak for themselves," said Marisol Duarte, an economist in Bogotá.

        In a note to banks, the bank blamed "the financial siege imposed from abroad" for the \
        shortfall.\
        """);
    assertSpeaker("Central Bank of Venezuela", "verb-before:role", quote(a, "the financial siege"));
  }

  @Test
  void anOwnerOfAShopWhoAskedNotToBeNamedStaysUnnamed() {
    ArticleAnalysis a = analyze(
        """
        Dollars in the till

        "Half my sales are in dollars now. Nobody trusts the bolivar," said the owner of a bakery \
        in Los Palos Grandes, in eastern Caracas, who asked that his name not be printed.\
        """);
    Quote q = quote(a, "Half my sales are in dollars");
    assertEquals(Speaker.UNKNOWN_NAME, q.speaker().name(), q.speaker().toString());
  }

  @Test
  void aPhraseAboutTheFigureIsNotItsSpeaker() {
    ArticleAnalysis a = analyze(
        """
        Harvest estimates

        The Agriculture Ministry said in a bulletin that the maize harvest had reached "close to \
        two million tonnes," a number growers' associations reject.\
        """);
    assertSpeaker("Agriculture Ministry", "verb-before:name", quote(a, "close to two million tonnes"));
  }

  @Test
  void aHeadlineUnderAMastheadEchoesTheBodysTwoWords() {
    ArticleAnalysis a = analyze(
        """
        GRAIN LINES - Commodities bulletin
        Issue 12 | Monday, August 5, 2019

        Treasury brands food import scheme a "money laundry"

        The U.S. Treasury on Friday sanctioned a network of importers supplying subsidised food.

        "These men turned a food programme into a money laundry for the ruling clique," Treasury \
        Secretary Steven Mnuchin said in a statement.\
        """);
    assertSpeaker("Steven Mnuchin", "headline-echo", quote(a, "money laundry"));
  }

  @Test
  void aSpacedDashAfterANameJoinsNothing() {
    ArticleAnalysis a = analyze(
        """
        Vigil in Ottawa

        A few steps away, Ramón Ortega — no relation — had come from Montreal with his wife.

        "My father waits four hours for bread," he said.\
        """);
    assertSpeaker("Ramón Ortega", "adjacent-after:pronoun", quote(a, "My father waits four hours"));
  }
}
