package org.quotestance.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.AnalyzerException;

class CoreNlpParserIT {
  private static final String TEXT =
      "CARACAS, Venezuela (AP) — Juan Guaidó told supporters in Caracas on Saturday that the\n"
          + "armed forces \"must choose a side.\" The Lima Group and the European Union backed him,\n"
          + "while Russia's Foreign Ministry said Nicolás Maduro remained \"the legitimate president.\"\n"
          + "Analysts at Eurasia Group expect more sanctions; María Corina Machado didn't comment.";

  @Test
  void modelsLoadedOnTwoThreadsTagLikeCoreNlpsOwnPipeline() {
    NlpSettings settings = NlpSettings.lean();
    ParsedText ours = new CoreNlpParser(settings).parse(TEXT);

    Annotation expected = new Annotation(TEXT);
    new StanfordCoreNLP(settings.properties()).annotate(expected);
    List<String> want = new ArrayList<>();
    for (CoreLabel t : expected.get(CoreAnnotations.TokensAnnotation.class)) {
      String word = TEXT.substring(t.beginPosition(), t.endPosition());
      want.add(t.beginPosition() + ":" + word + "/" + t.tag() + "/" + t.lemma() + "/" + t.ner());
    }
    List<String> got = new ArrayList<>();
    for (Token t : ours.tokens()) {
      got.add(t.begin() + ":" + t.text() + "/" + t.pos() + "/" + t.lemma() + "/" + t.ner());
    }
    assertEquals(want, got);
    assertEquals(
        expected.get(CoreAnnotations.SentencesAnnotation.class).size(), ours.sentences().size());
    assertTrue(got.contains(TEXT.indexOf("Guaidó") + ":Guaidó/NNP/Guaidó/PERSON"), got::toString);
    assertSame(new CoreNlpParser(settings).pipeline(), new CoreNlpParser(NlpSettings.lean()).pipeline(),
        "a second parser with the same settings reuses the loaded models");
  }

  @Test
  void aMissingEntityModelIsAnAnalyzerErrorNamingTheModel() {
    AnalyzerException e =
        assertThrows(
            AnalyzerException.class,
            () -> new CoreNlpParser(new NlpSettings("no/such/ner-model.ser.gz")));
    assertTrue(e.getMessage().startsWith("cannot load CoreNLP models"), e.getMessage());
    assertTrue(e.getMessage().contains("no/such/ner-model.ser.gz"), e.getMessage());
  }
}
