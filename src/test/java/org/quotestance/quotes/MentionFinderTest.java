package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.speakers.ActorRegistry;

/** Which capitalised words {@link MentionFinder} takes for people, on hand-tagged tokens. */
class MentionFinderTest {
  /** Builds one sentence per string of {@code word_POS_NER} items ({@code word_POS_NER_lemma} when the lemma is not the word). */
  private static ParsedText parsed(String... sentences) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> out = new ArrayList<>();
    int offset = 0;
    for (int s = 0; s < sentences.length; s++) {
      int first = tokens.size();
      int begin = offset;
      for (String item : sentences[s].split(" ")) {
        String[] p = item.split("_");
        tokens.add(new Token(p[0], offset, offset + p[0].length(), p[1], p.length > 3 ? p[3] : p[0].toLowerCase(), p[2], s));
        offset += p[0].length() + 1;
      }
      out.add(new Sentence(s, begin, offset - 1, first, tokens.size()));
    }
    return new ParsedText(tokens, out);
  }

  private static SpeakerType typeOf(ParsedText p, String word, int nth) {
    List<EntityMention> found = MentionFinder.find(p, new boolean[p.tokens().size()], ActorRegistry.empty());
    return found.stream().filter(m -> m.text().equals(word)).skip(nth).findFirst().orElseThrow().type();
  }

  @Test
  void aPlaceThatIsThePersonsSurnameIsThePersonWhereItOpensAClause() {
    ParsedText p = parsed(
        "Miguel_NNP_PERSON Albuquerque_NNP_PERSON spoke_VBD_O ._._O",
        "Albuquerque_NNP_LOCATION also_RB_O criticised_VBD_O them_PRP_O ._._O",
        "Flights_NNS_O to_TO_O Albuquerque_NNP_LOCATION were_VBD_O cancelled_VBN_O ._._O");
    assertEquals(SpeakerType.PERSON, typeOf(p, "Albuquerque", 0));
    assertEquals(SpeakerType.ORGANIZATION, typeOf(p, "Albuquerque", 1), "after 'to' it is the city");
  }

  @Test
  void aPlaceNoPersonIsNamedAfterStaysAPlace() {
    ParsedText p = parsed(
        "Lima_NNP_LOCATION said_VBD_O nothing_NN_O ._._O",
        "Carlos_NNP_PERSON Vecchio_NNP_PERSON spoke_VBD_O ._._O");
    assertEquals(SpeakerType.ORGANIZATION, typeOf(p, "Lima", 0));
  }

  @Test
  void aPlaceInAListOrBeforeAnAuxiliaryStaysAPlace() {
    ParsedText p = parsed(
        "Luis_NNP_PERSON Lara_NNP_PERSON spoke_VBD_O ._._O",
        "Zulia_NNP_LOCATION ,_,_O Lara_NNP_LOCATION lost_VBD_O power_NN_O ._._O",
        "Lara_NNP_LOCATION has_VBZ_O_have been_VBN_O_be hit_VBN_O ._._O");
    assertEquals(SpeakerType.ORGANIZATION, typeOf(p, "Lara", 0), "after a comma");
    assertEquals(SpeakerType.ORGANIZATION, typeOf(p, "Lara", 1), "before an auxiliary");
  }

  @Test
  void aSurnameAfterAnOpeningPhraseOrBeforeHasSaidIsThePerson() {
    ParsedText p = parsed(
        "Henri_NNP_PERSON Falcón_NNP_PERSON spoke_VBD_O ._._O",
        "In_IN_O a_DT_O statement_NN_O ,_,_O Falcón_NNP_LOCATION said_VBD_O no_DT_O ._._O",
        "Falcón_NNP_LOCATION has_VBZ_O_have said_VBN_O_say no_DT_O ._._O");
    assertEquals(SpeakerType.PERSON, typeOf(p, "Falcón", 0), "after an opening phrase's comma");
    assertEquals(SpeakerType.PERSON, typeOf(p, "Falcón", 1), "before 'has said'");
  }
}
