package org.quotestance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StanceLabelTest {
  @Test
  void parsesEachLabelAsWritten() {
    for (StanceLabel label : StanceLabel.values()) {
      assertEquals(label, StanceLabel.fromLabel(label.label()));
    }
  }

  @Test
  void parsesLabelsIgnoringCaseAccentsAndSeparators() {
    assertEquals(StanceLabel.PRO_GUAIDO, StanceLabel.fromLabel(" PRO_guaido "));
    assertEquals(StanceLabel.PRO_GUAIDO, StanceLabel.fromLabel("pro-Guaido\u0301"));
    assertEquals(StanceLabel.PRO_MADURO, StanceLabel.fromLabel("Pro Maduro"));
    assertEquals(StanceLabel.NEUTRAL, StanceLabel.fromLabel("neutral_procedural"));
    assertThrows(IllegalArgumentException.class, () -> StanceLabel.fromLabel("neutral"));
  }
}
