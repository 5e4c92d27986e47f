package org.quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.InputException;

/** Loading {@code actors.json} with its camp cues, and looking names up. */
class ActorRegistryTest {
  private static final ActorRegistry REGISTRY = ActorRegistry.load(Path.of("models/venezuela-2019/actors.json"));

  @TempDir Path dir;

  private Path write(String json) throws IOException {
    Path file = dir.resolve("actors.json");
    Files.writeString(file, json);
    return file;
  }

  private static final String CAMPS = "\"camps\": [{\"id\": \"red\", \"name\": \"Red\", \"side\": \"pro-Maduro\"}],"
      + " \"actors\": [{\"name\": \"Red Party\", \"type\": \"organization\", \"camp\": \"red\", \"aliases\": [\"the Party\"]}]";

  @Test
  void aBareNameMatchesTheRegistrysAliasWithTheOnlyWhenWrittenAlone() {
    assertEquals("Venezuelan Supreme Court", REGISTRY.byStandaloneName("Supreme Court").orElseThrow().name());
    assertEquals("Venezuelan Supreme Court", REGISTRY.byStandaloneName("the Supreme Court").orElseThrow().name());
    assertEquals(Optional.empty(), REGISTRY.byStandaloneName("US Supreme Court"));
    assertEquals(Optional.empty(), REGISTRY.byStandaloneName("Brazilian Supreme Court"));
    assertEquals(Optional.empty(), REGISTRY.byName("Supreme Court"), "byName keeps aliases exact");
    assertEquals("Venezuelan National Guard", REGISTRY.byStandaloneName("National Guard").orElseThrow().name());
    assertEquals(Optional.empty(), REGISTRY.byStandaloneName("US National Guard"));
  }

  @Test
  void findsEveryActorInAWordListLongestFirstAndMarksTitles() {
    List<ActorRegistry.Match> found =
        REGISTRY.allIn(NameKey.words("an aide to Maduro's foreign minister and the State Department"));
    assertEquals(2, found.size(), found::toString);
    assertEquals("Jorge Arreaza", found.get(0).actor().name());
    assertTrue(found.get(0).title());
    assertEquals("US State Department", found.get(1).actor().name());
    assertTrue(!found.get(1).title());
  }

  @Test
  void readsCampWordsAndAffiliationWording() throws IOException {
    ActorRegistry r = ActorRegistry.load(write("{" + CAMPS + ", \"campWords\": {\"red\": [\"red guard*\"]},"
        + " \"affiliation\": {\"before\": [\"spokesman for\"], \"after\": [\"official*\"], \"adversarial\": [\"critic*\"]}}"));
    CampInference camps = new CampInference(r);
    assertEquals("red", camps.campOf("a Red Guards commander").orElse(""));
    assertEquals("red", camps.campOf("a spokesman for the Red Party").orElse(""));
    assertEquals("red", camps.campOf("a Red Party official").orElse(""));
    assertEquals("", camps.campOf("a Red Party critic").orElse(""));
    assertEquals("", camps.campOf("an aide to the Red Party").orElse(""), "only the listed wording ties");
  }

  @Test
  void aRegistryWithoutCampCuesInfersNoCamp() throws IOException {
    ActorRegistry r = ActorRegistry.load(write("{" + CAMPS + "}"));
    assertEquals(Optional.empty(), new CampInference(r).campOf("a spokesman for the Red Party"));
  }

  @Test
  void campWordsForAnUnknownCampAreRejectedNamingTheFile() throws IOException {
    Path file = write("{" + CAMPS + ", \"campWords\": {\"blue\": [\"blue guard*\"]}}");
    InputException e = assertThrows(InputException.class, () -> ActorRegistry.load(file));
    assertTrue(e.getMessage().contains("actors.json") && e.getMessage().contains("blue"), e.getMessage());
  }

  @Test
  void aDomainFolderWithoutActorsJsonSaysItIsNotFound() {
    Path missing = dir.resolve("elsewhere/actors.json");
    InputException e = assertThrows(InputException.class, () -> ActorRegistry.load(missing));
    assertTrue(e.getMessage().startsWith(missing + ": not found"), e.getMessage());
  }

  @Test
  void malformedCuesAreRejected() throws IOException {
    Path notAList = write("{" + CAMPS + ", \"affiliation\": {\"before\": \"spokesman for\"}}");
    assertThrows(InputException.class, () -> ActorRegistry.load(notAList));
    Path emptyPhrase = write("{" + CAMPS + ", \"campWords\": {\"red\": [\"  \"]}}");
    assertThrows(InputException.class, () -> ActorRegistry.load(emptyPhrase));
  }

  private static final String TERMS = "{\"camps\": [], \"actors\": ["
      + "{\"name\": \"Ana Old\", \"type\": \"person\", \"titles\": [\"party chair\"],"
      + " \"titleTerms\": [{\"until\": \"2019-12-10\", \"titles\": [\"ruritania's president\"]}]},"
      + " {\"name\": \"Ben New\", \"type\": \"person\","
      + " \"titleTerms\": [{\"from\": \"2019-12-10\", \"titles\": [\"ruritania's president\"]}]}]}";

  @Test
  void aTitleHeldForATimeNamesWhoeverHeldItOnTheArticlesDate() throws IOException {
    ActorRegistry r = ActorRegistry.load(write(TERMS));
    assertEquals("Ana Old", r.on("2019-12-09").byTitle("Ruritania's president").orElseThrow().name());
    assertEquals("Ben New", r.on("2019-12-10").byTitle("the Ruritania's president").orElseThrow().name());
    assertEquals("Ben New", r.on("2020-03-01").allIn(NameKey.words("ruritania's president spoke")).get(0).actor().name());
    // An unknown or unreadable date: the title as the conflict began.
    assertEquals("Ana Old", r.on("").byTitle("ruritania's president").orElseThrow().name());
    assertEquals("Ana Old", r.on("December 2019").byTitle("ruritania's president").orElseThrow().name());
    assertEquals("Ana Old", r.on("2020-03-01").byTitle("party chair").orElseThrow().name(), "undated titles stay");
    assertEquals(Optional.empty(), r.byTitle("nobody's title"));
    assertTrue(r.on("2020-01-01") == r.on("2021-06-30"), "one registry per set of terms held");
  }

  @Test
  void aTitleTermWithoutDatesOrWithABadDateIsRejectedNamingTheFile() throws IOException {
    Path noDates = write(TERMS.replace("\"until\": \"2019-12-10\", ", ""));
    InputException e = assertThrows(InputException.class, () -> ActorRegistry.load(noDates));
    assertTrue(e.getMessage().contains("actors.json") && e.getMessage().contains("Ana Old"), e.getMessage());
    Path badDate = write(TERMS.replace("2019-12-10", "10/12/2019"));
    e = assertThrows(InputException.class, () -> ActorRegistry.load(badDate));
    assertTrue(e.getMessage().contains("10/12/2019"), e.getMessage());
  }
}
