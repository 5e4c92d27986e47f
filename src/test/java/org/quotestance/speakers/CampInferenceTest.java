package org.quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotestance.model.CampSource;
import org.quotestance.model.Mention;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;

/** Camps from descriptions of speakers, with the venezuela-2019 registry, on phrases written for these tests. */
class CampInferenceTest {
  private static final ActorRegistry REGISTRY = ActorRegistry.load(Path.of("models/venezuela-2019/actors.json"));
  private static final CampInference CAMPS = new CampInference(REGISTRY);

  private static String camp(String description) {
    return CAMPS.campOf(description).orElse("");
  }

  @Test
  void campWordsNameTheirCamp() {
    assertEquals("venezuelan-opposition", camp("opposition deputy"));
    assertEquals("venezuelan-opposition", camp("an opposition lawmaker from Zulia state"));
    assertEquals("venezuelan-opposition", camp("an anti-government protester"));
    assertEquals("venezuelan-government", camp("a chavista militant"));
    assertEquals("venezuelan-government", camp("a government supporter"));
    assertEquals("venezuelan-government", camp("ruling Socialist Party lawmaker"));
    assertEquals("venezuelan-government", camp("a member of a pro-government colectivo"));
    assertEquals("humanitarian", camp("an aid worker in Cúcuta"));
  }

  @Test
  void anActorNamedAfterAnAffiliationPhraseGivesItsCamp() {
    assertEquals("venezuelan-government", camp("a spokesman for the Venezuelan Foreign Ministry"));
    assertEquals("venezuelan-opposition", camp("the humanitarian coordinator appointed by Juan Guaidó"));
    assertEquals("venezuelan-government", camp("an aide to Venezuelan President Nicolás Maduro"));
    assertEquals("lima-group", camp("a member of the Lima Group"));
    assertEquals("humanitarian", camp("head of the ICRC delegation in Caracas"));
  }

  @Test
  void anActorNamedBeforeAnAffiliationNounGivesItsCamp() {
    assertEquals("us-government", camp("a senior State Department official"));
    assertEquals("us-government", camp("U.S. officials"));
    assertEquals("venezuelan-opposition", camp("a Guaidó envoy"));
    assertEquals("venezuelan-government", camp("Maduro's new foreign minister"));
    assertEquals("venezuelan-government", camp("a senior official at Venezuela's oil ministry"));
    assertEquals("mediators", camp("an Italian government source"));
  }

  @Test
  void aTitleHeadingTheDescriptionGivesTheTitledActorsCamp() {
    assertEquals("venezuelan-government", camp("Maduro's foreign minister"));
    assertEquals("", camp("a businessman who met the Russian president"));
    assertEquals("humanitarian", camp("the president of the Venezuelan Red Cross"));
    assertEquals("", camp("a native of Cuba"), "not the tail of the title 'president of Cuba'");
  }

  @Test
  void criticsAndOpponentsAreNotTiedToWhomTheyOppose() {
    assertEquals("", camp("a critic of Maduro"));
    assertEquals("", camp("a Maduro critic"));
    assertEquals("", camp("an outspoken opponent of the Maduro government"));
    assertEquals("", camp("a defector from the Venezuelan army"));
    assertEquals("", camp("an ex-chavista"));
  }

  @Test
  void adversarialOrPastWordingStopsAnAffiliationThatWouldOtherwiseHold() {
    assertEquals("", camp("a former Maduro minister"));
    assertEquals("", camp("a former spokesman for the Venezuelan Foreign Ministry"));
    assertEquals("", camp("a chavista who broke with Maduro in 2017"));
    assertEquals("", camp("a dissident chavista"));
    assertEquals("", camp("a Maduro ally sanctioned by the United States"));
    assertEquals("", camp("an adviser to Guaidó who was arrested by SEBIN"));
    assertEquals("", camp("a Venezuelan National Guard officer who fled to Colombia"));
    assertEquals("", camp("a former opposition lawmaker"));
  }

  @Test
  void anActorNamedOnlyAsAPlaceGivesNoCamp() {
    assertEquals("", camp("an analyst at a think tank in Caracas"));
    assertEquals("", camp("a researcher at the Institute for Latin American Studies in Moscow"));
    assertEquals("", camp("a 34-year-old nurse from Valencia"));
    assertEquals("", camp("an economist who studied in Washington"));
    assertEquals("", camp("head of the Caracas chamber of commerce"));
    assertEquals("", camp("a spokesman for Venezuela's Catholic bishops"));
  }

  @Test
  void anActorInsideAnothersPossessiveIsOnlyAModifier() {
    assertEquals("un", camp("a spokesman for the UN's Venezuela office"));
  }

  @Test
  void aCampWordBeatsTheCountryItsRoleBelongsTo() {
    assertEquals("venezuelan-opposition", camp("Venezuela's main opposition negotiator"));
    assertEquals("venezuelan-opposition", camp("Venezuela's opposition negotiator"));
  }

  @Test
  void twoCampsGiveNone() {
    assertEquals("", camp("a chavista turned opposition activist"));
    assertEquals("", camp("a US official and a Russian diplomat"));
  }

  @Test
  void onlyUnregisteredKnownSpeakersGetADescribedCamp() {
    Speaker described = new Speaker("Carla Mendes", SpeakerType.PERSON, "", "opposition deputy",
        Optional.<Mention>empty(), "verb-before:name", "say");
    Speaker inferred = CAMPS.withDescribedCamp(described);
    assertEquals("venezuelan-opposition", inferred.camp());
    assertEquals(CampSource.DESCRIPTION, inferred.campSource());

    Speaker registered = new Speaker("Mike Pompeo", SpeakerType.PERSON, "us-government", "a critic of Maduro",
        Optional.<Mention>empty(), "verb-before:name", "say");
    assertEquals(registered, CAMPS.withDescribedCamp(registered));
    assertEquals(CampSource.REGISTRY, registered.campSource());

    Speaker unknown = Speaker.unknown("none");
    assertEquals(unknown, CAMPS.withDescribedCamp(unknown));
    assertEquals(CampSource.NONE, CAMPS.withDescribedCamp(described.withCamp("", CampSource.NONE).withMethod("x"))
        .withCamp("", CampSource.NONE).campSource());
  }

  @Test
  void anEmptyRegistryInfersNothing() {
    assertEquals(Optional.empty(), new CampInference(ActorRegistry.empty()).campOf("opposition deputy"));
  }
}
