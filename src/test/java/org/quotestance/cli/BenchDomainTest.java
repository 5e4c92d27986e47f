package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.quotestance.InputException;

class BenchDomainTest {
  @Test
  void raisesOnlyTheFirstEntrysWeight() {
    String tsv =
        "# cues\n"
            + "cue\tlabel\tweight\tframe\n\n"
            + "usurper\tpro-Guaidó\t2.5\tlegitimacy\n"
            + "coup\tpro-Maduro\t2.0\t\n";

    assertEquals(
        "# cues\n"
            + "cue\tlabel\tweight\tframe\n\n"
            + "usurper\tpro-Guaidó\t2.60\tlegitimacy\n"
            + "coup\tpro-Maduro\t2.0\t\n",
        BenchDomain.bumpFirstWeight(tsv, 0.1));
  }

  @Test
  void rejectsALexiconWithoutWeightsOrEntries() {
    assertThrows(
        InputException.class, () -> BenchDomain.bumpFirstWeight("cue\tlabel\nx\ty\n", 0.1));
    assertThrows(
        InputException.class, () -> BenchDomain.bumpFirstWeight("cue\tlabel\tweight\n\n", 0.1));
  }
}
