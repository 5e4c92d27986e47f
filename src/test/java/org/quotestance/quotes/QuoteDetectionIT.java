package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotestance.quotes.Passages.quote;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotestance.model.ArticleAnalysis;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;

/**
 * Which quoted stretches become quotations, of which kind and at which offsets, on short news
 * passages written for these tests, through the public facade with the real CoreNLP models.
 */
class QuoteDetectionIT {
  private static ArticleAnalysis analyze(String text) {
    return Passages.analyze(text);
  }

  private static List<String> texts(ArticleAnalysis a) {
    return a.quotes().stream().map(Quote::text).toList();
  }

  private static List<String> marked(ArticleAnalysis a) {
    return a.quotes().stream()
        .filter(q -> q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.PARTIAL)
        .map(Quote::text)
        .toList();
  }

  private static void assertOffsets(String text, ArticleAnalysis a) {
    for (Quote q : a.quotes()) {
      assertEquals(q.text(), text.substring(q.span().begin(), q.span().end()), "text of " + q.id());
      assertTrue(
          q.context().begin() <= q.span().begin() && q.span().end() <= q.context().end(),
          "context of " + q.id() + " holds its span");
    }
  }

  @Test
  void showTitleAfterOutletIsNoQuote() {
    ArticleAnalysis a =
        analyze(
            """
            Senator Marco Rubio told CBS's "Face the Nation" on Sunday that the military should \
            abandon Maduro.\
            """);
    assertFalse(texts(a).contains("Face the Nation"), texts(a).toString());
    assertEquals(List.of(), marked(a));
  }

  @Test
  void nicknameBetweenNamesIsNoQuote() {
    ArticleAnalysis a =
        analyze(
            """
            Gang leader Juan "El Gato" Pérez was arrested in Barquisimeto on Friday, police \
            said.\
            """);
    assertEquals(List.of(), marked(a));
  }

  @Test
  void aNameGivenToAPlaceIsNoQuoteButWordsCalledSomethingAre() {
    ArticleAnalysis a =
        analyze(
            """
            In Weston, the suburb some residents jokingly call "Westonzuela", news of the vote \
            spread fast. In Doral, often called "Doralzuela" for its many Venezuelans, families \
            celebrated. Maduro called the vote "a farce" and Arreaza called it "Shameful".\
            """);
    assertFalse(texts(a).contains("Westonzuela"), texts(a).toString());
    assertFalse(texts(a).contains("Doralzuela"), texts(a).toString());
    assertTrue(texts(a).contains("a farce"), texts(a).toString());
  }

  @Test
  void aHeadlineEndingWithWordsSomeoneCelebratesQuotesThem() {
    ArticleAnalysis a =
        analyze(
            """
            Bolivia celebrates Venezuela's seat on rights council as «victory of dignity»

            La Paz, Oct 18 (APN).- The Government of Bolivia celebrated on Friday the election of \
            Venezuela to the council.\
            """);
    assertTrue(texts(a).contains("victory of dignity"), texts(a).toString());
  }

  @Test
  void aHeadlineOpeningWithAShortQuoteBeforeAColonQuotesSomeoneButAHeadlinedTitleIsNoQuote() {
    ArticleAnalysis a =
        analyze(
            """
            'A victory for dignity': Venezuela wins seat on rights council

            In an editorial headlined "Neither Caracas nor Washington" this week, the paper urged \
            caution. Foreign Minister Jorge Arreaza called the vote "a victory for dignity".\
            """);
    assertTrue(texts(a).contains("A victory for dignity"), texts(a).toString());
    assertFalse(texts(a).contains("Neither Caracas nor Washington"), texts(a).toString());
    ArticleAnalysis rights = analyze("Guaidó said every Venezuelan was entitled \"to a dignified life\".");
    assertTrue(texts(rights).contains("to a dignified life"), texts(rights).toString());
  }

  @Test
  void aShortQuoteInsideANounPhraseBeforeAnyReportingVerbIsAScareQuote() {
    ArticleAnalysis a =
        analyze(
            """
            The "floating market" that supplies Willemstad has been stranded since February, and \
            traders say they are losing money. Maduro called the sanctions a "criminal blockade" on \
            Tuesday. The sanctions are a "crime against humanity", Foreign Minister Jorge Arreaza \
            told reporters. The governing party's "protector" for Táchira, Freddy Bernal, said the \
            bridges would reopen.\
            """);
    assertFalse(texts(a).contains("floating market"), texts(a).toString());
    assertFalse(texts(a).contains("protector"), texts(a).toString());
    assertTrue(texts(a).contains("criminal blockade"), texts(a).toString());
    assertTrue(texts(a).contains("crime against humanity"), texts(a).toString());
  }

  @Test
  void writersScareQuotesAreNoQuote() {
    ArticleAnalysis a =
        analyze(
            """
            Three years on, the government's "reforms" have emptied shelves and doubled the price \
            of bread.\
            """);
    assertEquals(List.of(), marked(a));
  }

  @Test
  void aClaimedOrConferredTitleIsNoQuoteButAFragmentSomeoneSaidIs() {
    ArticleAnalysis a =
        analyze(
            """
            The self-proclaimed "interim president" spoke in Caracas on Monday. Juan Guaidó, who \
            declared himself "acting president" in January, is recognised by Washington as \
            "legitimate leader" of the country. The foreign minister called the rally "a farce" \
            and said the opposition was "begging for an invasion".\
            """);
    List<String> texts = texts(a);
    assertFalse(texts.contains("interim president"), texts.toString());
    assertFalse(texts.contains("acting president"), texts.toString());
    assertFalse(texts.contains("legitimate leader"), texts.toString());
    assertTrue(texts.contains("a farce"), texts.toString());
    assertTrue(texts.contains("begging for an invasion"), texts.toString());
  }

  @Test
  void quoteMarksInsideEmbeddedTweetAreNoQuote() {
    String text =
        """
        Guaidó posted a message shortly after midnight.

        The "humanitarian channel" opens tomorrow at dawn. Nobody can stop it. \
        pic.twitter.com/Ab12Cd34Ef

        Troops blocked the bridge hours later.\
        """;
    ArticleAnalysis a = analyze(text);
    assertEquals(List.of(), marked(a));
    Quote post = quote(a, "The \"humanitarian channel\" opens");
    assertEquals(QuoteKind.EMBEDDED, post.kind());
    assertEquals(
        "The \"humanitarian channel\" opens tomorrow at dawn. Nobody can stop it.", post.text());
    assertOffsets(text, a);
  }

  @Test
  void signedEmbeddedTweetIsAttributedToItsAuthor() {
    String text =
        """
        The opposition leader answered within minutes.

        The aid will enter on Saturday whether the regime likes it or not. \
        — Juan Guaidó (@jguaido) February 20, 2019\
        """;
    ArticleAnalysis a = analyze(text);
    Quote post = quote(a, "The aid will enter on Saturday");
    assertEquals(QuoteKind.EMBEDDED, post.kind());
    assertEquals("Juan Guaidó", post.speaker().name());
    assertEquals("embedded:signature", post.speaker().method());
    assertOffsets(text, a);
  }

  @Test
  void reportedQuoteIsKeptBesideExcludedOnes() {
    ArticleAnalysis a =
        analyze(
            """
            Juan "El Gato" Pérez told reporters he was "ready to face any judge in this country." \
            His lawyer called the case "a show trial.\"\
            """);
    List<String> marked = marked(a);
    assertFalse(marked.contains("El Gato"), marked.toString());
    assertTrue(marked.contains("ready to face any judge in this country."), marked.toString());
    assertTrue(marked.contains("a show trial."), marked.toString());
  }

  @Test
  void findsIndirectQuoteAfterSaidThat() {
    String text =
        """
        Mike Pompeo said that the United States would keep pressing for new elections in \
        Venezuela.\
        """;
    ArticleAnalysis a = analyze(text);
    Quote q = quote(a, "the United States would keep pressing");
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertEquals("the United States would keep pressing for new elections in Venezuela", q.text());
    assertEquals("Mike Pompeo", q.speaker().name());
    assertTrue(q.speaker().method().startsWith("indirect:said-that"), q.speaker().method());
    assertOffsets(text, a);
  }

  @Test
  void findsIndirectQuoteWithoutThat() {
    ArticleAnalysis a =
        analyze(
            """
            Carla Mendes, an economist at a Caracas consultancy, said inflation could pass one \
            million percent this year.\
            """);
    Quote q = quote(a, "inflation could pass");
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertEquals("Carla Mendes", q.speaker().name());
  }

  @Test
  void anInvertedSaidEndsItsClause() {
    ArticleAnalysis a =
        analyze(
            """
            The dam was never at risk of collapse, said Jorge Rodríguez.

            Ana Rivas, who lost her seat in the 2015 vote, said she wept.\
            """);
    Quote q = quote(a, "The dam was never at risk");
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertEquals("Jorge Rodríguez", q.speaker().name());
    // "…, said she wept" is not "CLAUSE, said she": the writer's words before it are no quote
    assertTrue(a.quotes().stream().noneMatch(x -> x.text().startsWith("Ana Rivas")), a.quotes().toString());
  }

  @Test
  void sentenceWithoutReportingVerbHasNoIndirectQuote() {
    ArticleAnalysis a =
        analyze(
            "Long lines formed outside petrol stations in Valencia as the blackout dragged on.");
    assertEquals(List.of(), a.quotes());
  }

  @Test
  void labelsFullSentencesDirectAndFragmentsPartial() {
    ArticleAnalysis a =
        analyze(
            """
            Juan Guaidó called Nicolás Maduro a "usurper" on Tuesday.

            "The armed forces know that the end is near," he said.\
            """);
    assertEquals(QuoteKind.PARTIAL, quote(a, "usurper").kind());
    assertEquals(QuoteKind.DIRECT, quote(a, "The armed forces know").kind());
  }

  @Test
  void quoteOverTwoParagraphsIsTwoLinkedSegments() {
    String text =
        """
        “We were on air for twenty-two years. Twenty-two years.

        “Now the frequency belongs to a music channel,” said Daniela Rojas, a radio host.\
        """;
    ArticleAnalysis a = analyze(text);
    assertEquals(2, marked(a).size(), texts(a).toString());
    Quote first = quote(a, "We were on air");
    Quote second = quote(a, "Now the frequency belongs");
    assertEquals("We were on air for twenty-two years. Twenty-two years.", first.text());
    assertEquals(Optional.empty(), first.continues());
    assertEquals(Optional.of(first.id()), second.continues());
    assertOffsets(text, a);
  }

  @Test
  void spansMatchTextForEveryQuoteOfAMixedArticle() {
    String text =
        """
        'We will not be silenced': Caracas journalists march on Congress

        Hundreds of reporters walked to the legislature on Monday 🇻🇪 after the arrest of a radio \
        host.

        “They can close our stations, but they cannot close our mouths,” said Daniela Rojas, who \
        hosts a morning show on Radio Ávila.

        “We were on air for twenty-two years. Twenty-two years.

        “Now the frequency belongs to a music channel,” she said.

        The information minister replied: «The licence expired and the law applies to everyone.»

        Pompeo said Maduro’s ”days were numbered” and urged officers to ’flee to Colombia’.

        Rojas said that the station would keep broadcasting on the internet.\
        """;
    ArticleAnalysis a = analyze(text);
    assertOffsets(text, a);
    List<String> texts = texts(a);
    for (String expected :
        List.of(
            "We will not be silenced",
            "They can close our stations, but they cannot close our mouths,",
            "We were on air for twenty-two years. Twenty-two years.",
            "Now the frequency belongs to a music channel,",
            "The licence expired and the law applies to everyone.",
            "days were numbered",
            "flee to Colombia")) {
      assertTrue(texts.contains(expected), "missing \"" + expected + "\" in " + texts);
    }
  }

  @Test
  void spansMatchTextWithWindowsLineEnds() {
    String text =
        "Hugo Prieto runs the hospital in Barinas.\r\n\r\n"
            + "\"We have enough diesel for three days.\r\n\r\n"
            + "\"After that we depend on the trucks,\" Prieto said.\r\n";
    ArticleAnalysis a = analyze(text);
    assertOffsets(text, a);
    Quote second = quote(a, "After that we depend");
    assertEquals(Optional.of(quote(a, "We have enough diesel").id()), second.continues());
  }

  @Test
  void mentionTextIsExactlyTheOriginalCharacters() {
    String text = "Mike  Pompeo said: \"The time has come for a new government in Venezuela.\"";
    ArticleAnalysis a = analyze(text);
    var mention = a.quotes().get(0).speaker().mention().orElseThrow();
    assertEquals(text.substring(mention.span().begin(), mention.span().end()), mention.text());
    assertEquals("Mike Pompeo", a.quotes().get(0).speaker().name());
  }

  @Test
  void namingAndQualifyingVerbsQuoteOnlyWhereTheyReportWords() {
    ArticleAnalysis a =
        analyze(
            """
            Trump Calls Maduro a 'Dictator'

            Guaidó called on Venezuelans to "Resist" on Saturday. Some 200,000 Venezuelans could \
            qualify for "temporary protected status". Arreaza qualified the order as "economic \
            terrorism". Venezuelans who qualify as "refugees" may stay.\
            """);
    assertTrue(texts(a).contains("Dictator"), texts(a).toString());
    assertTrue(texts(a).contains("Resist"), texts(a).toString());
    assertFalse(texts(a).contains("temporary protected status"), texts(a).toString());
    assertTrue(texts(a).contains("economic terrorism"), texts(a).toString());
    assertFalse(texts(a).contains("refugees"), texts(a).toString());
  }

  @Test
  void aCategoryInOfficialRecordsIsNoQuote() {
    ArticleAnalysis a =
        analyze(
            """
            The report says the government recorded 5,287 killings in 2018 in cases classified by \
            the authorities as "resistance to authority", and more listed as cases of "armed \
            confrontation". Arreaza described the report as "a catalogue of distortions". The \
            ministry recorded its protest as "an act of aggression against our sovereignty and our \
            people".\
            """);
    assertFalse(texts(a).contains("resistance to authority"), texts(a).toString());
    assertFalse(texts(a).contains("armed confrontation"), texts(a).toString());
    assertTrue(texts(a).contains("a catalogue of distortions"), texts(a).toString());
    assertTrue(texts(a).stream().anyMatch(t -> t.startsWith("an act of aggression")), "a longer phrase is someone's words: " + texts(a));

    ArticleAnalysis b = analyze("Arreaza said he classified the measures as \"economic terrorism\".");
    assertTrue(texts(b).contains("economic terrorism"), "a speaker's classifying is a wording: " + texts(b));
  }

  @Test
  void aNounPhraseNamingAPolicyIsNoQuoteButAWordingIs() {
    ArticleAnalysis a =
        analyze(
            """
            President Trump froze every asset of the Venezuelan government. The White House calls \
            it the next stage of its "maximum pressure" campaign. Maduro called for a "serious \
            and respectful" dialogue. \
            Pompeo denounced the "illegitimate" regime on Twitter.\
            """);
    assertFalse(texts(a).contains("maximum pressure"), texts(a).toString());
    assertTrue(texts(a).contains("serious and respectful"), texts(a).toString());
    assertTrue(texts(a).contains("illegitimate"), texts(a).toString());

    ArticleAnalysis b = analyze("Maduro denounced the \"economic war\" today in a speech to supporters.");
    assertTrue(texts(b).contains("economic war"), "a time word is no noun the quote modifies: " + texts(b));
    ArticleAnalysis c = analyze("Guaidó blamed Maduro for the \"humanitarian tragedy\" families are living through.");
    assertTrue(texts(c).contains("humanitarian tragedy"), "the noun after it opens a clause: " + texts(c));
  }
}
