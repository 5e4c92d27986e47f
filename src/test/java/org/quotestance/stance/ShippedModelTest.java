package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotestance.model.CharSpan;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Stance;
import org.quotestance.model.StanceLabel;

/** The stance model that ships in models/venezuela-2019, on quotes written for these tests. */
class ShippedModelTest {
  static StanceModel model;

  @BeforeAll
  static void load() {
    model = StanceModel.load(Path.of("models/venezuela-2019"));
  }

  static Stance direct(String text, String camp) {
    return model.classify(StanceInput.standalone(text, QuoteKind.DIRECT, camp));
  }

  @Test
  void negatedCoupIsNotACoupAccusation() {
    Stance s = direct("What happened on the bridge today was not a coup. It was the constitution at work, and the"
        + " usurper's days are over.", "venezuelan-opposition");
    assertEquals(StanceLabel.PRO_GUAIDO, s.label());
  }

  @Test
  void maduroCallForDialogueIsNeutralDespiteHisCamp() {
    Stance s = direct("We are ready to sit down with every sector of the opposition, in Oslo or anywhere else,"
        + " and talk until we reach an agreement.", "venezuelan-government");
    assertEquals(StanceLabel.NEUTRAL, s.label());
  }

  @Test
  void antiInterventionQuoteFromAUsLegislatorIsProMaduro() {
    Stance s = direct("Sanctions that starve ordinary Venezuelans and a military option left on the table are not a"
        + " humanitarian policy. Washington has no business picking another country's president.", "us-congress-critics");
    assertEquals(StanceLabel.PRO_MADURO, s.label());
  }

  @Test
  void casualtyReportIsNeutralProcedural() {
    Stance s = direct("Four people were killed and at least 46 were treated for injuries at the two border crossings"
        + " on Saturday, and the hospital in the town received twelve of them.", "");
    assertEquals(StanceLabel.NEUTRAL, s.label());
  }

  @Test
  void quoteWithNothingAboutTheConflictAndNoCampTakesNoSide() {
    Stance s = direct("We found the problem, we fixed it in production, and now we want to make sure every"
        + " customer is safe.", "");
    assertEquals(StanceLabel.NEUTRAL, s.label());
    assertTrue(s.evidence().stream().anyMatch(e -> e.feature().equals("no-domain-signal")), s.evidence().toString());
  }

  @Test
  void fragmentTakesItsStanceFromTheReportingSentence() {
    // The same two words take opposite sides depending on who the writer's sentence says they attack.
    assertEquals(StanceLabel.PRO_MADURO,
        partial("a farce", "Arreaza dismissed the Lima Group declaration as \"a farce\" staged by Washington and its puppets."));
    assertEquals(StanceLabel.PRO_GUAIDO,
        partial("a farce", "Guaidó called the swearing-in of the usurper Maduro \"a farce\" and urged the army to side with the constitution."));
  }

  private StanceLabel partial(String fragment, String context) {
    int begin = context.indexOf(fragment);
    CharSpan span = new CharSpan(begin, begin + fragment.length());
    return model.classify(new StanceInput(fragment, span, context, new CharSpan(0, context.length()),
        QuoteKind.PARTIAL, "")).label();
  }

  @Test
  void probabilitiesAreCalibratedDistributionsWithEvidence() {
    Stance s = direct("The usurper Maduro must go: his dictatorship is starving the people.", "");
    double sum = s.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, sum, 1e-9);
    assertEquals(s.probabilities().get(s.label()), s.confidence(), 1e-12);
    assertTrue(s.evidence().stream().anyMatch(e -> e.text().toLowerCase().contains("usurper")), s.evidence().toString());
    assertNotEquals(StanceLabel.PRO_MADURO, s.label());
  }
}
