package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> words(String text) {
    return Tokenizer.tokenize(text, 0).stream().filter(Token::word).map(Token::folded).toList();
  }

  @Test
  void splitsCliticsAndNegationButKeepsOtherApostrophes() {
    assertEquals(List.of("maduro", "'s", "thugs"), words("Maduro’s thugs"));
    assertEquals(List.of("it", "is", "n't", "a", "coup"), words("It isn't a coup"));
    assertEquals(List.of("o'brien", "said"), words("O'Brien said"));
  }

  @Test
  void hyphenSeparatesWordsAndDigitGroupsStayWhole() {
    assertEquals(List.of("us", "backed", "coup"), words("US-backed coup"));
    assertEquals(List.of("4,000", "tons", "of", "2.5", "kg"), words("4,000 tons of 2.5 kg"));
  }

  @Test
  void foldsAccentsAndKeepsOffsetsOfTheOriginal() {
    List<Token> tokens = Tokenizer.tokenize("Juan Guaidó spoke", 100);
    Token guaido = tokens.get(1);
    assertEquals("Guaidó", guaido.text());
    assertEquals("guaido", guaido.folded());
    assertEquals(105, guaido.begin());
    assertEquals(111, guaido.end());
  }

  @Test
  void clauseEndsAtPunctuationAndBeforeBut() {
    List<Token> tokens = Tokenizer.tokenize("not this, but a coup", 0);
    Token not = tokens.get(0);
    Token coup = tokens.get(tokens.size() - 1);
    assertNotEquals(not.clause(), coup.clause());
    Token but = tokens.get(3);
    assertEquals("but", but.folded());
    assertEquals(coup.clause(), but.clause());
    assertFalse(tokens.get(2).word());
  }
}
