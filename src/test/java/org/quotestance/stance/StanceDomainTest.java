package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.InputException;
import org.quotestance.model.StanceLabel;

class StanceDomainTest {
  @TempDir Path dir;

  private void append(String file, String text) throws IOException {
    Path path = dir.resolve(file);
    Files.writeString(path, Files.readString(path) + text);
  }

  @Test
  void readsEveryStanceFileOfTheFixture() {
    StanceDomain domain = Fixture.domain();
    assertTrue(domain.lexicon().cues().size() > 50);
    assertTrue(domain.negators().stream().anyMatch(p -> p.text().equals("far from")));
    assertEquals(
        Optional.of(StanceLabel.PRO_MADURO), domain.camps().get("venezuelan-government").side());
    assertEquals(Optional.empty(), domain.camps().get("analysts").side());
    assertEquals(
        java.util.List.of(
            "actors.json",
            "frames.tsv",
            "negators.txt",
            "sentiment.tsv",
            "stance-lexicon.tsv",
            "targets.tsv"),
        java.util.List.copyOf(domain.hashes().keySet()));
  }

  @Test
  void lexiconProblemsNameFileAndLine() throws IOException {
    Fixture.copyTo(dir);
    int lines = Files.readAllLines(dir.resolve("stance-lexicon.tsv")).size();
    append("stance-lexicon.tsv", "tyrannical\tpro-Guaidó\t7\tauthoritarianism\n");
    InputException e = assertThrows(InputException.class, () -> StanceDomain.load(dir));
    assertTrue(
        e.getMessage().contains("stance-lexicon.tsv:" + (lines + 1) + ": 'weight'"),
        e.getMessage());
  }

  @Test
  void rejectsUnknownLabelFrameAndDuplicateCue() throws IOException {
    Fixture.copyTo(dir);
    Path lexicon = dir.resolve("stance-lexicon.tsv");
    String original = Files.readString(lexicon);
    for (String bad :
        new String[] {
          "putsch\tpro-Putin\t1\tlegitimacy",
          "putsch\tpro-Maduro\t1\tno-such-frame",
          "coup\tpro-Maduro\t1\tlegitimacy"
        }) {
      Files.writeString(lexicon, original + bad + "\n");
      InputException e = assertThrows(InputException.class, () -> StanceDomain.load(dir), bad);
      assertTrue(e.getMessage().startsWith(lexicon + ":"), e.getMessage());
    }
  }

  @Test
  void targetsMayNameTheSideInATargetOrSideColumn() throws IOException {
    Fixture.copyTo(dir);
    Files.writeString(dir.resolve("targets.tsv"), "pattern\tside\nmaduro\tmaduro-side\n");
    assertEquals(TargetSide.MADURO_SIDE, StanceDomain.load(dir).targets().get(0).side());
    Files.writeString(dir.resolve("targets.tsv"), "target\tpattern\nthe moon\tmoon\n");
    InputException e = assertThrows(InputException.class, () -> StanceDomain.load(dir));
    assertTrue(e.getMessage().contains("targets.tsv:2:"), e.getMessage());
  }

  @Test
  void missingFileAndBadJsonAreInputErrors() throws IOException {
    Fixture.copyTo(dir);
    Files.writeString(
        dir.resolve("actors.json"), "{\"camps\": [ {\"id\": \"x\", \"side\": \"pro-Putin\"} ]}");
    InputException e = assertThrows(InputException.class, () -> StanceDomain.load(dir));
    assertTrue(e.getMessage().contains("actors.json: camp 'x'"), e.getMessage());
    Files.writeString(dir.resolve("actors.json"), "{\"camps\": [");
    assertThrows(InputException.class, () -> StanceDomain.load(dir));
    Files.delete(dir.resolve("negators.txt"));
    e = assertThrows(InputException.class, () -> StanceDomain.load(dir));
    assertTrue(e.getMessage().endsWith("negators.txt: no such file"), e.getMessage());
  }
}
