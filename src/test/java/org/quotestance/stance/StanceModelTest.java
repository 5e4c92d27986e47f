package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.InputException;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Evidence;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Stance;
import org.quotestance.model.StanceLabel;

class StanceModelTest {
  @TempDir static Path trained;
  static StanceModel model;

  @TempDir Path scratch;

  @BeforeAll
  static void train() {
    StanceTrainer.train(Fixture.copyTo(trained));
    model = StanceModel.load(trained);
  }

  private static boolean hasFeature(Stance stance, String prefix) {
    return stance.evidence().stream().anyMatch(e -> e.feature().startsWith(prefix));
  }

  @Test
  void negatedCoupFromTheOppositionIsNotProMaduro() {
    Stance stance =
        model.classify(
            Fixture.direct(
                "This is not a coup, it is the constitution at work", "venezuelan-opposition"));
    assertNotEquals(StanceLabel.PRO_MADURO, stance.label());
    assertFalse(hasFeature(stance, "cue:coup"));
    assertTrue(
        model
            .features(Fixture.direct("This is not a coup", ""))
            .values()
            .containsKey("negcue:coup"));
  }

  @Test
  void maduroCampCallForDialogueIsNeutral() {
    Stance stance =
        model.classify(
            Fixture.direct(
                "We are ready to sit down for a dialogue with every sector of the opposition to"
                    + " find a peaceful solution.",
                "venezuelan-government"));
    assertEquals(StanceLabel.NEUTRAL, stance.label());
    assertEquals(
        StanceLabel.PRO_MADURO,
        model.campOnly(Fixture.direct("anything", "venezuelan-government")).label());
    assertEquals(List.of("dialogue"), stance.frames());
  }

  @Test
  void sameFragmentTakesItsStanceFromTheReportingSentence() {
    String court = "The court ordered an inquiry into what it called {Q} conduct by ";
    StanceInput aboutOpposition =
        Fixture.partial("criminal", court + "the opposition leader.", "", 0);
    StanceInput aboutGovernment =
        Fixture.partial("criminal", court + "the Maduro government.", "", 0);
    Stance opposition = model.classify(aboutOpposition);
    assertEquals(StanceLabel.PRO_MADURO, opposition.label());
    assertTrue(hasFeature(opposition, "ctx:tgt:guaido-side:negative"));
    assertEquals(StanceLabel.PRO_GUAIDO, model.classify(aboutGovernment).label());
    assertEquals(
        StanceLabel.NEUTRAL, model.lexiconOnly(Fixture.partial("criminal", "{Q}", "", 0)).label());
  }

  @Test
  void antiInterventionQuoteFromAUsLegislatorIsProMaduro() {
    StanceInput input =
        Fixture.direct(
            "Sanctions that starve Venezuelans and a military option on the table are not a"
                + " humanitarian policy",
            "us-congress-critics");
    assertEquals(StanceLabel.PRO_MADURO, model.classify(input).label());
    assertEquals(StanceLabel.PRO_MADURO, model.lexiconOnly(input).label());
    assertEquals(StanceLabel.NEUTRAL, model.campOnly(input).label());
  }

  @Test
  void casualtyReportIsNeutral() {
    Stance stance =
        model.classify(
            Fixture.direct(
                "Three soldiers were injured and two civilians were killed near the Simón Bolívar"
                    + " bridge on Saturday.",
                ""));
    assertEquals(StanceLabel.NEUTRAL, stance.label());
    assertEquals(List.of("casualties"), stance.frames());
  }

  @Test
  void neutralQuoteWithoutCuesGetsTheProceduralFrame() {
    Stance stance = model.lexiconOnly(Fixture.direct("The plane landed at noon.", ""));
    assertEquals(StanceLabel.NEUTRAL, stance.label());
    assertEquals(List.of("procedural"), stance.frames());
  }

  @Test
  void editingALexiconWeightChangesResultsWithoutRetraining() throws IOException {
    Path copy = Fixture.copyTo(scratch);
    Files.copy(trained.resolve("stance-model.json"), copy.resolve("stance-model.json"));
    StanceInput input = Fixture.direct("They call it sovereignty, we call it dictatorship.", "");
    StanceModel before = StanceModel.load(copy);
    assertEquals(
        StanceLabel.NEUTRAL, before.lexiconOnly(input).label(), "2.0 against 2.0 is a tie");

    Path lexicon = copy.resolve("stance-lexicon.tsv");
    String edited =
        Files.readString(lexicon)
            .replace("sovereignty\tpro-Maduro\t2.0", "sovereignty\tpro-Maduro\t3.0");
    Files.writeString(lexicon, edited);
    StanceModel after = StanceModel.load(copy);

    assertEquals(StanceLabel.PRO_MADURO, after.lexiconOnly(input).label());
    double pBefore = before.classify(input).probabilities().get(StanceLabel.PRO_MADURO);
    double pAfter = after.classify(input).probabilities().get(StanceLabel.PRO_MADURO);
    assertTrue(pAfter > pBefore, pBefore + " -> " + pAfter);
    assertEquals(List.of("stance-lexicon.tsv"), after.changedSinceTraining());
    assertEquals(List.of(), before.changedSinceTraining());
  }

  @Test
  void evidenceSpansPointAtTheCueWordsInTheArticle() {
    String article =
        "Caracas, Feb 23. Mr Pompeo said: \"The usurper must go, and his thugs with him.\""
            + " Later...";
    String quote = "The usurper must go, and his thugs with him.";
    int begin = article.indexOf(quote);
    String sentence = "Mr Pompeo said: \"" + quote + "\"";
    int contextBegin = article.indexOf(sentence);
    StanceInput input =
        new StanceInput(
            quote,
            new CharSpan(begin, begin + quote.length()),
            sentence,
            new CharSpan(contextBegin, contextBegin + sentence.length()),
            QuoteKind.DIRECT,
            "us-government");
    Stance stance = model.classify(input);
    assertEquals(StanceLabel.PRO_GUAIDO, stance.label());
    Evidence lex =
        stance.evidence().stream()
            .filter(e -> e.feature().equals("lex:pro-Guaidó"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("usurper", "must", "go", "thugs"),
        lex.spans().stream().map(s -> s.of(article)).toList());
    assertEquals("usurper, must go, thugs", lex.text());
    for (Evidence e : stance.evidence()) {
      assertTrue(e.weight() > 0);
      for (CharSpan span : e.spans()) {
        assertTrue(span.begin() >= begin && span.end() <= begin + quote.length(), e.toString());
      }
    }
    assertTrue(stance.evidence().size() <= StanceModel.MAX_EVIDENCE);
    for (int i = 1; i < stance.evidence().size(); i++) {
      assertTrue(stance.evidence().get(i - 1).weight() >= stance.evidence().get(i).weight());
    }
  }

  @Test
  void calibratedProbabilitiesSumToOneAndConfidenceIsTheChosenLabels() {
    for (String quote :
        List.of(
            "Hands off Venezuela!",
            "The usurper must go.",
            "The ministers will meet on Monday.",
            "")) {
      Stance stance = model.classify(Fixture.direct(quote, "un"));
      Map<StanceLabel, Double> p = stance.probabilities();
      assertEquals(3, p.size());
      assertEquals(1.0, p.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
      assertEquals(p.get(stance.label()), stance.confidence());
      assertEquals(
          p.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
          stance.confidence());
    }
  }

  @Test
  void campOnlyFallsBackToTheMajorityForUnknownCamps() {
    Stance stance = model.campOnly(Fixture.direct("Viva!", "martians"));
    assertEquals(
        StanceLabel.PRO_GUAIDO,
        stance.label(),
        "the balanced fixture's tie goes to the first label");
    assertEquals("majority:pro-Guaidó", stance.evidence().get(0).feature());
  }

  @Test
  void isSafeToShareAcrossThreads() throws Exception {
    StanceInput input =
        Fixture.direct("Guaidó is a puppet of the empire.", "venezuelan-government");
    Stance expected = model.classify(input);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Stance>> results =
          pool.invokeAll(java.util.Collections.nCopies(32, () -> model.classify(input)));
      for (Future<Stance> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void missingModelNamesTheCommandToRun() {
    InputException e = assertThrows(InputException.class, () -> StanceModel.load(Fixture.DOMAIN));
    assertEquals(
        Fixture.DOMAIN.resolve("stance-model.json")
            + ": no trained stance model; run ./quotestance train-stance --domain "
            + Fixture.DOMAIN,
        e.getMessage());
  }

  @Test
  void malformedModelIsAnInputError() throws IOException {
    Path copy = Fixture.copyTo(scratch);
    Files.writeString(
        copy.resolve("stance-model.json"),
        "{\"format\": \"quotestance-stance-model/1\", \"labels\": []}");
    InputException e = assertThrows(InputException.class, () -> StanceModel.load(copy));
    assertTrue(e.getMessage().startsWith(copy.resolve("stance-model.json") + ":"), e.getMessage());
    Files.writeString(copy.resolve("stance-model.json"), "{ not json");
    assertThrows(InputException.class, () -> StanceModel.load(copy));
  }
}
