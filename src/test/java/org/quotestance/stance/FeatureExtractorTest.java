package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.model.CharSpan;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.StanceLabel;

class FeatureExtractorTest {
  private static final FeatureExtractor EXTRACTOR = new FeatureExtractor(Fixture.domain());

  @Test
  void lexiconCuesGiveCueAndSummedLabelFeatures() {
    Features f = EXTRACTOR.extract(Fixture.direct("The usurper and his dictatorship must go.", ""));
    assertEquals(1.0, f.values().get("cue:usurper"));
    assertEquals(1.0, f.values().get("cue:dictator*"));
    assertEquals(2.5 + 2.0 + 2.0, f.values().get("lex:pro-Guaidó"), 1e-9);
    assertEquals(6.5, f.lexiconScores().get(StanceLabel.PRO_GUAIDO), 1e-9);
    assertEquals(
        List.of("authoritarianism", "legitimacy", "transition"),
        List.copyOf(new java.util.TreeSet<>(f.frames().keySet())));
  }

  @Test
  void negatedCueIsCountedApartAndDoesNotVote() {
    Features f = EXTRACTOR.extract(Fixture.direct("This is not a coup", "venezuelan-opposition"));
    assertFalse(f.values().containsKey("cue:coup"));
    assertFalse(f.values().containsKey("lex:pro-Maduro"));
    assertEquals(1.0, f.values().get("negcue:coup"));
    assertEquals(2.5, f.values().get("neg:pro-Maduro"));
    assertEquals(0.0, f.lexiconScores().get(StanceLabel.PRO_MADURO));
    assertTrue(f.frames().isEmpty());
  }

  @Test
  void spansAreArticleOffsets() {
    String article = "Intro text. Pompeo said \"Maduro's thugs burned the aid\" on Saturday.";
    String quote = "Maduro's thugs burned the aid";
    int begin = article.indexOf(quote);
    StanceInput input =
        new StanceInput(
            quote,
            new CharSpan(begin, begin + quote.length()),
            article.substring(12),
            new CharSpan(12, article.length()),
            QuoteKind.DIRECT,
            "us-government");
    Features f = EXTRACTOR.extract(input);
    CharSpan thugs = f.triggers().get("cue:thugs").spans().get(0);
    assertEquals("thugs", thugs.of(article));
    List<CharSpan> appraisal = f.triggers().get("tgt:maduro-side:negative").spans();
    assertEquals(List.of("Maduro", "thugs"), appraisal.stream().map(s -> s.of(article)).toList());
    assertEquals("Maduro's thugs", f.triggers().get("tgt:maduro-side:negative").text());
  }

  @Test
  void partialQuoteAddsTheReportingSentenceWithPrefix() {
    StanceInput input =
        Fixture.partial(
            "sick tyrant", "Senator Rubio denounced what he called a {Q} in Miraflores.", "", 40);
    Features f = EXTRACTOR.extract(input);
    assertEquals(1.0, f.values().get("cue:tyrant"));
    assertFalse(
        f.values().containsKey("ctx:cue:tyrant"), "the quote's own cue is not counted twice");
    assertEquals(1.0, f.values().get("kind:partial"));
    // "tyrant" (inside) is about "Miraflores" (outside): an appraisal found only with the context
    assertTrue(f.values().containsKey("ctx:tgt:maduro-side:negative"));
  }

  @Test
  void directQuoteIgnoresTheReportingSentence() {
    String sentence = "Amid the coup, the minister said: {Q}";
    StanceInput partial = Fixture.partial("We will meet on Monday.", sentence, "", 0);
    StanceInput direct =
        new StanceInput(
            partial.text(),
            partial.span(),
            partial.context(),
            partial.contextSpan(),
            QuoteKind.DIRECT,
            "");
    assertTrue(EXTRACTOR.extract(partial).values().containsKey("ctx:cue:coup"));
    assertFalse(
        EXTRACTOR.extract(direct).values().keySet().stream().anyMatch(k -> k.startsWith("ctx:")));
  }

  @Test
  void shortPartialQuoteOfADomainTermIsAScareQuote() {
    Features f =
        EXTRACTOR.extract(Fixture.partial("humanitarian", "He mocked the {Q} operation.", "", 0));
    assertEquals(1.0, f.values().get("scare:humanitarian"));
    Features longer =
        EXTRACTOR.extract(Fixture.partial("a humanitarian disaster", "He warned of {Q}.", "", 0));
    assertFalse(longer.values().keySet().stream().anyMatch(k -> k.startsWith("scare:")));
  }

  @Test
  void campKindAndFoldedWordFeatures() {
    Features f = EXTRACTOR.extract(Fixture.direct("Guaidó won 3 votes", "venezuelan-government"));
    assertEquals(1.0, f.values().get("camp:venezuelan-government"));
    assertEquals(1.0, f.values().get("side:pro-Maduro"));
    assertEquals(1.0, f.values().get("kind:direct"));
    assertEquals(1.0, f.values().get("w:guaido"));
    assertEquals(1.0, f.values().get("w:guaido won"));
    assertEquals(1.0, f.values().get("w:#"));
    Features analyst = EXTRACTOR.extract(Fixture.direct("Hard to say", "analysts"));
    assertTrue(analyst.values().containsKey("camp:analysts"));
    assertFalse(analyst.values().keySet().stream().anyMatch(k -> k.startsWith("side:")));
  }

  @Test
  void aCampTheRegistryDoesNotDefineIsNoCamp() {
    // Articles get camps from the registry only, so a training line's made-up camp must look like
    // an unregistered speaker's quote, not teach a feature that never fires.
    Features citizen = EXTRACTOR.extract(Fixture.direct("Hard to say", "street-vendors"));
    Features unknown = EXTRACTOR.extract(Fixture.direct("Hard to say", ""));
    assertEquals(unknown.values(), citizen.values());
  }
}
