package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the report names, counts and camps named, anonymous and unattributed speakers. */
class CorpusSpeakerTest {
  @Test
  void aNamedSpeakerIsShownByName() {
    Corpus.Speaker s = new Corpus.Speaker("Mike Pompeo", "person", "us-government", "");
    assertTrue(s.named());
    assertEquals("Mike Pompeo", s.label());
    assertEquals("us-government", Analysis.campOf(s));
  }

  @Test
  void anAnonymousSourceIsNotNamedButKeepsItsDescriptionAndCamp() {
    Corpus.Speaker s =
        new Corpus.Speaker("UNKNOWN", "person", "venezuelan-opposition", "opposition lawmaker");
    assertFalse(s.named());
    assertTrue(s.attributed());
    assertEquals("(unnamed) opposition lawmaker", s.label());
    assertEquals("venezuelan-opposition", Analysis.campOf(s));
    Corpus.Speaker noCamp = new Corpus.Speaker("UNKNOWN", "person", null, "Western diplomat");
    assertEquals(Analysis.NO_CAMP, Analysis.campOf(noCamp));
  }

  @Test
  void anUnattributedQuoteIsNeither() {
    Corpus.Speaker s = new Corpus.Speaker("UNKNOWN", "unknown", null, null);
    assertFalse(s.named());
    assertFalse(s.attributed());
    assertEquals("(unattributed)", s.label());
    assertEquals(Analysis.UNATTRIBUTED, Analysis.campOf(s));
  }
}
