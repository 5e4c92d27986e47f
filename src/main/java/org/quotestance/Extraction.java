package org.quotestance;

import java.util.List;
import org.quotestance.model.TermCount;
import org.quotestance.quotes.FoundQuote;

/**
 * What an article yields before stance: its quotes with their speakers, its token count and its
 * contested-term counts. It depends on the text, the NLP settings and the domain's non-stance
 * files, so a change to the stance model or lexicon can reuse it from {@link ExtractionCache}.
 */
record Extraction(List<FoundQuote> quotes, int tokens, List<TermCount> terms) {
  Extraction {
    quotes = List.copyOf(quotes);
    terms = List.copyOf(terms);
  }
}
