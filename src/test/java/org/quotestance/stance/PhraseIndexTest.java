package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
  /** Each hit as {@code phrase@start-end}. */
  private static List<String> find(List<String> phrases, String text) {
    PhraseIndex<Phrase> index =
        new PhraseIndex<>(phrases.stream().map(Phrase::parse).toList(), p -> p);
    return index.find(Tokenizer.tokenize(text, 0)).stream()
        .map(h -> h.item().text() + "@" + h.start() + "-" + h.end())
        .toList();
  }

  @Test
  void findsInflectedFirstWordsAndTheLongestMatch() {
    assertEquals(
        List.of("rally@1-2", "coup attempt@3-5"),
        find(List.of("rally", "coup", "coup attempt"), "the rallies after coups attempted"));
  }

  @Test
  void earlierEntryWinsATieEvenWhenOneIsAPrefix() {
    assertEquals(List.of("dictator*@1-2"), find(List.of("dictator*", "dictators"), "the dictators"));
    assertEquals(List.of("dictators@1-2"), find(List.of("dictators", "dictator*"), "the dictators"));
  }

  @Test
  void firstWordMatchesOnlyFromATokenWithItsFirstTwoLetters() {
    // "is" stands for "was" inside a phrase, but a phrase is not tried from a token
    // that starts with other letters
    assertEquals(List.of("is over@0-2"), find(List.of("is over"), "is over"));
    assertEquals(List.of(), find(List.of("is over"), "was over"));
    assertEquals(List.of("it is over@0-3"), find(List.of("it is over"), "it was over"));
    assertEquals(List.of("be over@0-2"), find(List.of("be over"), "been over"));
  }

  @Test
  void prefixMatchesAnyWordThatStartsWithIt() {
    assertEquals(
        List.of("massacr*@0-1", "massacr*@2-3"),
        find(List.of("massacr*"), "massacres and massacred"));
  }
}
