package org.quotestance.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureRulesTest {
  private static boolean furniture(String text) {
    return FurnitureRules.matches(Line.split(text).get(0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Maduro at the palace (AP Photo/Fernando Llano)",
        "Guaidó speaks — ALAMY STOCK PHOTO",
        "Opposition supporters march - \u017fhutterstock",
        "A rally | i\u017ftockphoto",
        "\u00a9 2019 Reuters. ALL RIGHTS RESERVED.",
        "(C) 2019 The Guardian",
        "We have \u017fuspended COMMENTS on this article.",
        "Sign up for our Venezuela NEWSLETTER and get it in your inbox",
        "The scene at dawn. Video / Reuters TV"
      })
  void slowRulesMatchWhateverTheCase(String line) {
    assertTrue(furniture(line), line);
  }

  /** Plain lines, whose clues are checked before the regex runs: a wrong clue list misses them. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Protesters in Caracas (Getty Images)",
        "Protesters in Caracas - AFP via Getty Images",
        "A rally in Valencia - Shutterstock",
        "Crowds at the border | iStock",
        "Copyright 2019 Reuters",
        "Reuters 2019. All rights reserved.",
        "We have suspended comments on this article.",
        "Get our daily newsletter in your inbox",
        "The bridge at dawn. Photo / Reuters"
      })
  void slowRulesFindPlainFurnitureByTheirClues(String line) {
    assertTrue(FurnitureRules.plainCase(line), line);
    assertTrue(furniture(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Also read: Maduro 'will not leave' Miraflores, minister says",
        "ALSO SEE - Guaidó tours the border",
        "Share or comment on this article: Guaidó 'ready' to return to Caracas"
      })
  void linksToOtherStoriesAndSharePromptsAreFurniture(String line) {
    assertTrue(furniture(line), line);
  }

  @Test
  void proseAboutReadingOrSharingIsNotFurniture() {
    assertFalse(furniture("Also reading the statement, Arreaza called it \"a farce\"."));
    assertFalse(furniture("Share prices fell after Guaidó said the talks had \"failed\"."));
  }

  @Test
  void proseWithAClueWordIsNotFurniture() {
    assertFalse(furniture("We have suspended talks with the government, Guaidó said."));
    assertFalse(furniture("The photographer, from Getty, said the images were real."));
  }

  @Test
  void plainCaseSpotsCharactersThatMatchAsciiLettersIgnoringCase() {
    assertTrue(FurnitureRules.plainCase("Guaidó’s “interim” presidency — día 3"));
    assertFalse(FurnitureRules.plainCase("\u017fhutterstock")); // long s matches s
    assertFalse(FurnitureRules.plainCase("\u212aelvin")); // Kelvin sign matches k
    assertFalse(FurnitureRules.plainCase("\u0130stock")); // dotted capital I matches i
    assertFalse(FurnitureRules.plainCase("emoji \ud83d\ude00"));
  }
}
