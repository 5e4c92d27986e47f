package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotestance.quotes.Passages.quote;

import org.junit.jupiter.api.Test;
import org.quotestance.model.ArticleAnalysis;
import org.quotestance.model.CampSource;
import org.quotestance.model.Speaker;

/**
 * Speaker camps through the public facade, on passages written for these tests: from the registry,
 * from the article's description of an unregistered speaker, and none when the description is
 * adversarial or names a foreign body.
 */
class SpeakerCampIT {
  private static Speaker speaker(String text, String quoteStart) {
    ArticleAnalysis a = Passages.analyze(text);
    return quote(a, quoteStart).speaker();
  }

  private static void assertCamp(String camp, CampSource source, Speaker s) {
    assertEquals(camp, s.camp(), () -> "camp of " + s.name() + " (" + s.role() + ")");
    assertEquals(source, s.campSource(), () -> "camp source of " + s.name());
  }

  @Test
  void anAppositiveDescriptionGivesAnUnregisteredSpeakerACamp() {
    Speaker s = speaker("Carla Mendes, an opposition deputy, said: \"We will stay in the streets until the"
        + " usurper leaves.\"", "We will stay");
    assertEquals("Carla Mendes", s.name());
    assertCamp("venezuelan-opposition", CampSource.DESCRIPTION, s);
  }

  @Test
  void aSpokesmanForARegisteredMinistryTakesItsCamp() {
    Speaker s = speaker("\"The sanctions are a crime against our people,\" said Andrés Ríos, a spokesman for"
        + " the Venezuelan Foreign Ministry.", "The sanctions are");
    assertCamp("venezuelan-government", CampSource.DESCRIPTION, s);
  }

  @Test
  void anUnnamedOfficialTakesTheCampOfTheBodyNamedInTheDescription() {
    Speaker s = speaker("\"We are watching every move,\" a senior State Department official told reporters.",
        "We are watching");
    assertCamp("us-government", CampSource.DESCRIPTION, s);
  }

  @Test
  void aCriticOfMaduroGetsNoGovernmentCamp() {
    Speaker s = speaker("Luis Pérez, a critic of Maduro, said: \"The talks are a waste of time for everyone.\"",
        "The talks are");
    assertCamp("", CampSource.NONE, s);
  }

  @Test
  void aFormerMinisterWhoFledGetsNoCamp() {
    Speaker s = speaker("\"We will be back,\" said Pedro Linares, a former Maduro minister who fled to Madrid"
        + " last year.", "We will be back");
    assertCamp("", CampSource.NONE, s);
  }

  @Test
  void aRegisteredSpeakerKeepsTheRegistryCamp() {
    Speaker s = speaker("\"Maduro's days are numbered,\" Mike Pompeo, a critic of the regime, said.", "Maduro");
    assertCamp("us-government", CampSource.REGISTRY, s);
  }

  @Test
  void theCourtAfterTheSupremeCourtIsTheRegistrysSupremeCourt() {
    Speaker s = speaker("On Tuesday the Supreme Court ordered proceedings against three lawmakers. In its ruling,"
        + " the court said the deputies had \"betrayed the homeland and must answer for it\".", "betrayed");
    assertEquals("Venezuelan Supreme Court", s.name());
    assertCamp("venezuelan-government", CampSource.REGISTRY, s);
  }

  @Test
  void aForeignSupremeCourtIsNotVenezuelas() {
    Speaker s = speaker("The Brazilian Supreme Court opened an inquiry on Monday. \"We will examine every"
        + " allegation,\" the court said.", "We will examine");
    assertCamp("", CampSource.NONE, s);
    Speaker us = speaker("\"The petition is denied,\" the US Supreme Court said on Monday.", "The petition");
    assertCamp("", CampSource.NONE, us);
  }

  @Test
  void theSupremeCourtInExileIsNotTheSupremeCourt() {
    Speaker s = speaker("Magistrates of the Supreme Court in exile met in Panama on Monday. \"The election of May"
        + " 2018 was a fraud and has no validity,\" the court said.", "The election of May");
    assertEquals("Supreme Court in exile", s.name());
    assertCamp("venezuelan-opposition", CampSource.REGISTRY, s);
  }
}
