package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.stance.Scan.Appraisal;
import org.quotestance.stance.Scan.CueHit;

class ScanTest {
  private static final Scan.Indexes INDEXES = Scan.Indexes.of(Fixture.domain());

  private static Scan scan(String text) {
    return Scan.of(Tokenizer.tokenize(text, 0), INDEXES);
  }

  private static CueHit cue(Scan scan, String cue) {
    return scan.cues().stream()
        .filter(hit -> hit.cue().text().equals(cue))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cue " + cue + " in " + scan.cues()));
  }

  /** Each appraisal as {@code side:polarity}. */
  private static List<String> appraisals(String text) {
    return scan(text).appraisals().stream()
        .map(a -> a.target().item().side().id() + ":" + (a.positive() ? "positive" : "negative"))
        .toList();
  }

  @Test
  void negatorGovernsTheCueItPrecedes() {
    assertTrue(cue(scan("This is not a coup, it is the constitution at work"), "coup").negated());
    assertTrue(cue(scan("It isn't really a coup"), "coup").negated());
    assertTrue(cue(scan("far from a dictatorship"), "dictator*").negated());
    assertFalse(cue(scan("This is a coup"), "coup").negated());
  }

  @Test
  void negationStopsAtTheFirstContentWord() {
    Scan scan = scan("We do not recognise the usurper");
    assertTrue(cue(scan, "recogni*").negated());
    assertFalse(cue(scan, "usurper").negated());
  }

  @Test
  void negationStopsAtTheClauseAndAfterThreeWords() {
    assertFalse(cue(scan("It is not legal, but it is a coup"), "coup").negated());
    assertFalse(cue(scan("not even at all a coup"), "coup").negated());
  }

  @Test
  void sentimentNearATargetIsAnAppraisalOfItsSide() {
    assertEquals(List.of("maduro-side:negative"), appraisals("perpetrated by Maduro's thugs"));
    assertEquals(List.of("maduro-side:negative"), appraisals("the corrupt Maduro government"));
    assertEquals(List.of("guaido-side:negative"), appraisals("Guaidó is a puppet"));
    assertEquals(List.of("intervention:negative"), appraisals("a US-backed coup"));
    assertEquals(List.of("intervention:negative"), appraisals("these criminal sanctions"));
    assertEquals(List.of("guaido-side:positive"), appraisals("the brave opposition leader"));
  }

  @Test
  void negatedSentimentFlipsPolarity() {
    assertEquals(List.of("maduro-side:negative"), appraisals("Maduro is not legitimate"));
    assertEquals(List.of("guaido-side:negative"), appraisals("Guaidó was never elected by anyone"));
  }

  @Test
  void sentimentFarFromAnyTargetOrInAnotherClauseIsNoAppraisal() {
    assertEquals(
        List.of(), appraisals("Maduro spoke for two hours about the weather and then the corrupt"));
    assertEquals(List.of(), appraisals("Maduro spoke; it was criminal"));
    List<Appraisal> none = scan("a criminal act").appraisals();
    assertTrue(none.isEmpty());
  }
}
