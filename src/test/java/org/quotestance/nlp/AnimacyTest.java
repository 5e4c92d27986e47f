package org.quotestance.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnimacyTest {
  @Test
  void peopleAreAnimateAndThingsAreNot() {
    for (String person : new String[] {"vendor", "Nurse", "caller", "sergeant"}) {
      assertTrue(Animacy.animate(person), person);
      assertFalse(Animacy.inanimate(person), person);
    }
    for (String thing : new String[] {"thermos", "blackout"}) {
      assertFalse(Animacy.animate(thing), thing);
    }
    assertTrue(Animacy.inanimate("blackout"));
  }
}
