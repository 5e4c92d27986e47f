package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.model.StanceLabel;

class CueAuditTest {
  private final FeatureExtractor extractor = new FeatureExtractor(Fixture.domain());
  private final List<Features> features = new ArrayList<>();
  private final List<StanceLabel> gold = new ArrayList<>();

  private void add(int times, String quote, StanceLabel label) {
    for (int i = 0; i < times; i++) {
      features.add(extractor.extract(Fixture.direct(quote + " " + i, "")));
      gold.add(label);
    }
  }

  @Test
  void flagsACueWhoseQuotesMostlyCarryAnotherLabel() {
    // "transition" is listed pro-Guaidó; 2 of its 8 quotes are (a quarter, under a third). A quote
    // that repeats the cue still counts once.
    add(2, "The transition starts now, a real transition", StanceLabel.PRO_GUAIDO);
    add(6, "They call their coup a transition", StanceLabel.PRO_MADURO);
    // "usurper" agrees with its quotes and is not flagged.
    add(8, "The usurper must leave", StanceLabel.PRO_GUAIDO);

    List<CueAudit.Finding> findings = CueAudit.run(features, gold);

    assertEquals(1, findings.size(), findings.toString());
    CueAudit.Finding f = findings.get(0);
    assertEquals("transition", f.cue());
    assertEquals(StanceLabel.PRO_GUAIDO, f.label());
    assertEquals(8, f.quotes());
    assertEquals(0.25, f.share(), 1e-9);
    assertEquals(StanceLabel.PRO_MADURO, f.mostly());
  }

  @Test
  void ignoresCuesInTooFewQuotesAndAThirdIsNotUnderAThird() {
    add(1, "The transition starts now", StanceLabel.PRO_GUAIDO);
    add(6, "They call their coup a transition", StanceLabel.PRO_MADURO);
    add(3, "The usurper must leave", StanceLabel.PRO_GUAIDO);
    add(6, "Nobody here is a usurper", StanceLabel.NEUTRAL);

    assertTrue(CueAudit.run(features, gold).isEmpty());
  }
}
