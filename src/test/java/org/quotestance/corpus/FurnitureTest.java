package org.quotestance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotestance.model.Article;
import org.quotestance.model.CharSpan;

class FurnitureTest {
  private static List<String> lines(String text, List<CharSpan> spans) {
    return spans.stream().map(span -> span.of(text)).toList();
  }

  private static List<String> furniture(String text) {
    return lines(text, Furniture.find(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Read more: Maduro defiant as aid burns",
        "READ MORE:\u00A0Venezuela RIOTS: Tear gas and vehicles set on FIRE",
        "Read Next: US Aid to Venezuela Thru Colombia",
        "See also: Lima Group statement",
        "Related: Maduro closes the border",
        "Related articles",
        "Advertisement",
        "ADVERTISEMENT",
        "Advertisement - scroll to continue",
        "Story continues below advertisement",
        "Sign up for our free Morning Briefing newsletter",
        "Get the day's headlines in your inbox with our newsletter. Sign up here",
        "Oops! Something went wrong. Please try again later.",
        "Oops!",
        "Something went wrong.",
        "Please try again later.",
        "In this article:",
        "Loading...",
        "•",
        "• • •",
        "***",
        "Our goal is to create a safe and engaging place for users to connect over interests.",
        "In order to improve our community experience, we are temporarily suspending article"
            + " commenting",
        "Comments are closed.",
        "View 12 comments",
        "Join the conversation",
        "Photo: Juan Guaidó – Getty Images",
        "Photo / Supplied",
        "Troops block aid trucks on the bridge. Photo / Mark Mitchell",
        "Juan Guaidó addresses supporters in Caracas (Getty Images)",
        "Image copyright Getty Images",
        "Credit: AP",
        "Latest News",
        "Most read",
        "You may also like",
        "Additional reporting by agencies",
        "(Reporting by Angus Berwick; Editing by Daniel Flynn)",
        "Editing by Daniel Flynn and Rosalba O'Brien",
        "source: express.co.uk",
        "Source: https://www.example.com/",
        "© 2019 Example News. All rights reserved.",
        "Share this article",
        "Follow us on Twitter",
        "Listen to this article",
        "----"
      })
  void marksAFurnitureLineBetweenProse(String line) {
    String text = "Maduro spoke in Caracas.\n  " + line + " \nGuaidó answered him.";

    List<CharSpan> spans = Furniture.find(text);

    assertEquals(List.of(line.strip()), lines(text, spans));
    assertEquals(text.indexOf(line.strip()), spans.get(0).begin());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Read the full statement, Pompeo told reporters.",
        "The photo shows troops burning aid trucks, he said.",
        "He urged supporters to sign up to the opposition newsletter, a spokesman said.",
        "Something went wrong at the border, Guaidó said.",
        "Comments by the foreign minister angered Caracas.",
        "Source: a senior US official told Reuters.",
        "Writing by hand, the soldiers signed a letter.",
        "Reporting by the New York Times showed the aid was burned by protesters.",
        "Advertising revenue fell at state media.",
        "Latest figures show inflation at 1m percent.",
        "Photographs of the burning trucks spread online.",
        "Share prices fell in Caracas.",
        "\"We will take action!\" Trump said.",
        "Ad hoc talks began in Montevideo."
      })
  void leavesProseAlone(String line) {
    assertEquals(List.of(), furniture("Maduro spoke.\n" + line + "\nGuaidó answered."));
  }

  @Test
  void marksAllButTheFirstOfAHeadlineRepeatedAtTheTop() {
    String headline = "U.S. in Direct Talks With Venezuelan Military";
    String text = headline + "\n\n" + headline + "\n\n" + headline + "\n\nThe talks began.\n";

    List<CharSpan> spans = Furniture.find(text);

    assertEquals(List.of(headline, headline), lines(text, spans));
    assertTrue(spans.get(0).begin() > 0);
  }

  @Test
  void marksAShortHeadlineRepeatedAtTheTopButNotAShortLineRepeatedLater() {
    String text = "Crisis deepens\nCrisis deepens\nHe said no.\nThey talked.\nHe said no.\n";

    assertEquals(List.of("Crisis deepens"), furniture(text));
    assertEquals(text.lastIndexOf("Crisis deepens"), Furniture.find(text).get(0).begin());
  }

  @Test
  void marksALongLineRepeatedLaterInTheText() {
    String pull = "Maduro's days are numbered, Pompeo said.";
    String text = "Intro.\n" + pull + "\nMiddle.\n" + pull + "\nEnd.";

    assertEquals(
        List.of(new CharSpan(text.lastIndexOf(pull), text.length() - 5)), Furniture.find(text));
  }

  @Test
  void marksTheTitleWhenItIsRepeated() {
    String text = "Maduro defiant\n\nThe president spoke.\n\nMADURO  DEFIANT\n";

    List<CharSpan> spans = Furniture.find(text, "Maduro defiant");

    assertEquals(List.of("MADURO  DEFIANT"), lines(text, spans));
    assertEquals(
        List.of(), Furniture.find("Maduro defiant\n\nThe president spoke.", "Maduro defiant"));
  }

  @Test
  void marksTheTeaserHeadlineAboveItsReadNextLink() {
    String text = "Body.\n\nUS Aid Is the Crux\n\nRead Next: US Aid Is the Crux\n\nMore body.";

    assertEquals(List.of("US Aid Is the Crux", "Read Next: US Aid Is the Crux"), furniture(text));
  }

  @Test
  void marksTheHeadlinesListedUnderARelatedHeadingUpToTheNextProse() {
    String text =
        """
        The minister will stay in New York until Friday.

        Related news
        » Venezuela and Russia sign energy deal
        Chancellor: "We will not be intimidated by the empire"

        "We came to talk," the minister said on Tuesday, before the vote in the assembly.

        Trending Stories
        Man charged after crash on Beltway 8
        Rodeo 2019: 'We expect record crowds,' organizers say
        """;

    assertEquals(
        List.of(
            "Related news",
            "» Venezuela and Russia sign energy deal",
            "Chancellor: \"We will not be intimidated by the empire\"",
            "Trending Stories",
            "Man charged after crash on Beltway 8",
            "Rodeo 2019: 'We expect record crowds,' organizers say"),
        furniture(text));
  }

  @Test
  void relatedPostsAndSpanishOrPortugueseRelatedHeadingsHeadLists() {
    String text =
        """
        The foreign ministry will publish the full text on Monday, officials said.
        Noticias relacionadas
        • Pary: «Bolivia will respect the will of the people»

        So that is what the policy looks like in 2019.

        Related posts:
        Pence to migrants: ‘We stand with you’ — but not with TPS

        Leia também
        Madeira groups launch appeal

        The consulate will open on Saturdays from July.
        Leer más
        «Maduro must go»
        """;

    assertEquals(
        List.of(
            "Noticias relacionadas",
            "• Pary: «Bolivia will respect the will of the people»",
            "Related posts:",
            "Pence to migrants: ‘We stand with you’ — but not with TPS",
            "Leia também",
            "Madeira groups launch appeal"),
        furniture(text));
  }

  @Test
  void aBareReadMoreLineHeadsAListButAReadMoreLinkDoesNot() {
    String text =
        """
        The talks resumed in Bridgetown on Monday.

        READ MORE

        Oil exports fall for a third month

        'We are still here': Chavistas dig in

        In Washington, the State Department said it saw one acceptable outcome.

        Read more: Guaidó tours Europe

        Ministers meet in Lima
        """;

    assertEquals(
        List.of(
            "READ MORE",
            "Oil exports fall for a third month",
            "'We are still here': Chavistas dig in",
            "Read more: Guaidó tours Europe"),
        furniture(text));
  }

  @Test
  void marksTheHeadlinesUnderAMoreInformationBox() {
    String text =
        "He added that the crisis lay with the government.\n\nMORE INFORMATION\n"
            + "Guaidó to a Madrid daily: \u201cI am not afraid of prison\u201d\n"
            + "Why the Venezuela question matters in Spain\n\n"
            + "Foreign Minister Josep Borrell said eight days was enough time.";

    assertEquals(
        List.of(
            "MORE INFORMATION",
            "Guaidó to a Madrid daily: \u201cI am not afraid of prison\u201d",
            "Why the Venezuela question matters in Spain"),
        furniture(text));
  }

  @Test
  void aListHeadingThatOpensThePageTakesOnlyBulletedLines() {
    String text =
        "Trending Now\n  \u2022 Shutdown hits day 23\nGuaidó calls Venezuelans to the streets\n\n"
            + "The opposition leader spoke on Friday.";

    assertEquals(List.of("Trending Now", "\u2022 Shutdown hits day 23"), furniture(text));
  }

  @Test
  void aBareSectionLabelDoesNotSwallowTheHeadlineUnderIt() {
    String text = "Latest\n\nGuaidó calls Venezuelans to the streets\n\nThe opposition leader spoke.";

    assertEquals(List.of("Latest"), furniture(text));
  }

  @Test
  void keepsOffsetsOfCrlfTextAndReturnsSortedDisjointSpans() {
    String text = "Headline\r\n\r\nAdvertisement\r\nBody text.\r\n• \r\nLatest News";

    List<CharSpan> spans = Furniture.find(text);

    assertEquals(List.of("Advertisement", "•", "Latest News"), lines(text, spans));
    for (int i = 1; i < spans.size(); i++) {
      assertTrue(spans.get(i - 1).end() <= spans.get(i).begin());
    }
  }

  @Test
  void findsTheFurnitureOfTheSeedArticles() {
    Corpus corpus = Corpus.of(List.of(Path.of("seeds")));
    String found =
        corpus.files().stream()
            .flatMap(file -> corpus.load(file).articles().stream())
            .map(article -> article.id() + ": " + String.join(" | ", lines(article)))
            .collect(Collectors.joining("\n"));

    assertEquals(
        String.join(
            "\n",
            "000_6f5900cb114279d9: This disturbing photo of the Venezuela crisis shows civilians"
                + " clashing with government troops as aid trucks are burned and destroyed."
                + " Photo / Supplied",
            "001_6ef0631924f2553e: • Oops! | Something went wrong. | Please try again later."
                + " | In this article: | • Oops! | Something went wrong. | Please try again later."
                + " | Additional reporting by agencies | Our goal is to create a safe and engaging"
                + " place for users to connect over interests and passions. In order to improve"
                + " our community experience, we are temporarily suspending article commenting",
            "002_a0b18cb7b6192739: US Aid to Venezuela Thru Colombia Now is the Crux of the Crisis"
                + " | Read Next: US Aid to Venezuela Thru Colombia Now is the Crux of the Crisis"
                + " | Photo: Juan Guaidó – Getty Images",
            "003_aa9cabdf565e8fd0: U.S. in Direct Talks With Venezuelan Military, Urging"
                + " Defections | U.S. in Direct Talks With Venezuelan Military, Urging Defections"
                + " | Latest News",
            "004_6fe52d7d0053cd06: READ MORE:\u00A0Venezuela RIOTS: Tear gas and vehicles set on"
                + " FIRE | READ MORE:\u00A0Venezuela CRISIS: Country on brink as failed military"
                + " coup sparks riot | source: express.co.uk"),
        found);
  }

  private static List<String> lines(Article article) {
    return lines(article.text(), article.furniture());
  }
}
