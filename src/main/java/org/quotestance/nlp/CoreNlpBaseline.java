package org.quotestance.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.quotestance.AnalyzerException;

/**
 * CoreNLP's own quote pipeline with its default settings, as a point of comparison for benchmarks
 * and evaluation: {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with statistical
 * coreference and default NER (fine-grained rules, SUTime). It is not used by the analysis. Loading
 * takes 20 seconds or more and about 6 GB of heap. One instance must not be used by two threads at
 * once: CoreNLP's quote attribution keeps per-document state.
 */
public final class CoreNlpBaseline {
  /** The annotators of CoreNLP's usual quote recipe. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  /** Loads every model of the pipeline. */
  public CoreNlpBaseline() {
    try {
      this.pipeline = new StanfordCoreNLP(properties());
    } catch (RuntimeException e) {
      throw new AnalyzerException("cannot load CoreNLP models: " + e.getMessage(), e);
    }
  }

  static Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("coref.algorithm", "statistical");
    return props;
  }

  /** Runs the whole pipeline on {@code text}. */
  public Result annotate(String text) {
    CoreDocument document = new CoreDocument(text);
    pipeline.annotate(document);
    List<Found> quotes = new ArrayList<>();
    for (CoreQuote q : document.quotes()) {
      quotes.add(
          new Found(
              q.text(),
              q.quoteCharOffsets().first(),
              q.quoteCharOffsets().second(),
              q.speaker(),
              q.canonicalSpeaker()));
    }
    return new Result(document.tokens().size(), quotes);
  }

  /**
   * What the pipeline found in one text.
   *
   * @param tokens CoreNLP tokens in the text
   * @param quotes every quotation, in text order
   */
  public record Result(int tokens, List<Found> quotes) {
    public Result {
      quotes = List.copyOf(quotes);
    }
  }

  /**
   * One quotation as CoreNLP reports it.
   *
   * @param text the quotation with its quote marks
   * @param begin offset of its opening mark
   * @param end offset one past its closing mark
   * @param speaker the attributed speaker as written near the quote (may be a pronoun)
   * @param canonicalSpeaker the speaker's name from its entity mention
   */
  public record Found(
      String text,
      int begin,
      int end,
      Optional<String> speaker,
      Optional<String> canonicalSpeaker) {}
}
