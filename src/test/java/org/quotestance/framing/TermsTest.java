package org.quotestance.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.model.CharSpan;
import org.quotestance.model.TermCount;

class TermsTest {
  @Test
  void countsInsideQuotesAndInNarrativeSeparatelyIgnoringFurnitureAndAccents(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("terms.tsv");
    Files.writeString(file, "group\tterm\tpattern\nmaduro-label\tregime\tregime\nmaduro-label\tdictator\tdictator*\n"
        + "guaido-label\tself-proclaimed\tself-proclaimed\nguaido-label\tself-proclaimed\tautoproclamado\n");
    String text = "The regime said the \"regime change\" plot by the self-proclaimed leader, an autoproclamadó, failed."
        + "\nRead more: regime dictatorship";
    int q = text.indexOf("regime change");
    int furniture = text.indexOf("Read more");
    List<TermCount> counts = Terms.load(file).count(text, List.of(new CharSpan(q, q + 13)),
        List.of(new CharSpan(furniture, text.length())));
    assertEquals(new TermCount("regime", "maduro-label", 1, 1), counts.get(0));
    assertEquals(new TermCount("dictator", "maduro-label", 0, 0), counts.get(1));
    assertEquals(new TermCount("self-proclaimed", "guaido-label", 0, 2), counts.get(2));
  }
}
