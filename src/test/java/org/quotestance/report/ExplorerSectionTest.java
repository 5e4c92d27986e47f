package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.StanceLabel;

class ExplorerSectionTest {
  private static Corpus.Quote quote(
      String context, int contextBegin, int begin, int end, Corpus.Span cue) {
    return new Corpus.Quote(
        "q1",
        context.substring(begin - contextBegin, end - contextBegin),
        begin,
        end,
        QuoteKind.DIRECT,
        new Corpus.Speaker("Mike Pompeo", "person", "us-government", null),
        StanceLabel.PRO_GUAIDO,
        0.9,
        List.of(new Corpus.Evidence("cue:thugs", 1.3, "thugs", List.of(cue))),
        List.of(),
        context,
        contextBegin,
        null);
  }

  @Test
  void splitsContextIntoPlainQuoteAndCueSegments() {
    // context starts at article offset 100: Pompeo said "Maduro's thugs" today.
    String context = "Pompeo said \"Maduro's thugs\" today.";
    Corpus.Quote q = quote(context, 100, 113, 127, new Corpus.Span(122, 127));
    JsonArray segments = ExplorerSection.segments(q);
    assertEquals(
        "[[\"Pompeo said \\\"\",0,\"\"],[\"Maduro's \",1,\"\"],[\"thugs\",3,\"cue:thugs (+1.30)\"],"
            + "[\"\\\" today.\",0,\"\"]]",
        segments.toString());
  }

  @Test
  void fallsBackToTheQuoteWhenOffsetsDoNotMatchTheContext() {
    Corpus.Quote good = quote("ab thugs cd", 0, 3, 8, new Corpus.Span(3, 8));
    Corpus.Quote broken =
        new Corpus.Quote(
            "q1",
            "thugs",
            3,
            8,
            QuoteKind.DIRECT,
            good.speaker(),
            good.stance(),
            0.9,
            good.evidence(),
            List.of(),
            "something else",
            50,
            null);
    assertEquals(
        "[[\"thugs\",3,\"cue:thugs (+1.30)\"]]", ExplorerSection.segments(broken).toString());
  }
}
