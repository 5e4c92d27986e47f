package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Mention;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
import org.quotestance.speakers.Actor;

/** Which described speakers become anonymous ({@code UNKNOWN}) and which keep their description. */
class WhoTest {
  private static String shown(String description, SpeakerType type) {
    Mention mention = new Mention(description, new CharSpan(0, description.length()));
    Who who = new Who(description, type, Optional.empty(), description, mention, "description");
    return who.toSpeaker("verb-before", "say").name();
  }

  private static void anonymous(String description) {
    assertEquals(Speaker.UNKNOWN_NAME, shown(description, SpeakerType.PERSON), description);
  }

  private static void kept(String description) {
    assertEquals(description, shown(description, SpeakerType.PERSON), description);
  }

  @Test
  void oneUnnamedPersonIsAnonymous() {
    anonymous("Western diplomat");
    anonymous("official");
    anonymous("One man");
    anonymous("Another witness");
    anonymous("senior State Department official");
    anonymous("Western diplomat in Caracas");
    anonymous("Russian official");
  }

  @Test
  void unnamedSpokespeopleAreAnonymousAsTheGuidelineAsks() {
    anonymous("State Department spokesman");
    anonymous("Vatican spokesman");
    anonymous("spokeswoman for the Caracas Metro");
    anonymous("representative of Bolivia");
    anonymous("spokesman");
  }

  @Test
  void aSpokespersonResolvedToARegisteredInstitutionIsUnknownButKeepsItsCamp() {
    Actor treasury = new Actor("US Treasury", SpeakerType.ORGANIZATION, "neuter", "US Treasury Department",
        "us-government", java.util.List.of(), java.util.List.of());
    Mention mention = new Mention("A Treasury spokesperson", new CharSpan(0, 23));
    Who who = new Who("US Treasury", SpeakerType.ORGANIZATION, Optional.of(treasury), "", mention, "spokesperson");
    Speaker s = who.toSpeaker("verb-before", "say");
    assertEquals(Speaker.UNKNOWN_NAME, s.name());
    assertEquals("us-government", s.camp());
    assertEquals("A Treasury spokesperson", s.role());
    assertEquals(SpeakerType.PERSON, s.type());
  }

  @Test
  void groupsOrganisationsAndNamesKeepTheDescription() {
    kept("Bolivian delegation");
    kept("Yorman Ramírez");
    kept("London Bullion Market Association");
    assertEquals("US officials", shown("US officials", SpeakerType.ORGANIZATION));
  }

  @Test
  void oddNamesDoNotBreakTheRule() {
    kept(" ");
    kept("");
    anonymous("  man");
    kept("9 News");
  }

  @Test
  void otherResolutionsAreNeverAnonymous() {
    Mention mention = new Mention("the official", new CharSpan(0, 12));
    Who who = new Who("official", SpeakerType.PERSON, Optional.empty(), "", mention, "role");
    assertEquals("official", who.toSpeaker("verb-before", "say").name());
  }
}
