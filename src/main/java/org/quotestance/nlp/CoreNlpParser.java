package org.quotestance.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.quotestance.AnalyzerException;

/**
 * The one place that calls CoreNLP for Quotestance's own analysis: it runs the lean pipeline of
 * {@link NlpSettings} and converts the result to {@link ParsedText}. Build it once and share it:
 * loading takes seconds, and {@link #parse} may be called from several threads at once (the lean
 * annotators keep no per-document state).
 */
public final class CoreNlpParser {
  /** The CoreNLP release this adapter is written and tested against. */
  public static final String CORENLP_VERSION = "4.5.10";

  private final StanfordCoreNLP pipeline;
  private final NlpSettings settings;

  /** Loads the models; takes a few seconds. */
  public CoreNlpParser(NlpSettings settings) {
    this.settings = settings;
    try {
      this.pipeline = new StanfordCoreNLP(settings.properties());
    } catch (RuntimeException e) {
      throw new AnalyzerException("cannot load CoreNLP models: " + e.getMessage(), e);
    }
  }

  public NlpSettings settings() {
    return settings;
  }

  /** Tokenises, splits, tags and finds entities in {@code text}. */
  public ParsedText parse(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      int index = sentences.size();
      int first = tokens.size();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(toToken(label, text, index));
      }
      if (tokens.size() > first) {
        sentences.add(
            new Sentence(
                index,
                tokens.get(first).begin(),
                tokens.get(tokens.size() - 1).end(),
                first,
                tokens.size()));
      }
    }
    return new ParsedText(tokens, sentences);
  }

  private static Token toToken(CoreLabel label, String text, int sentence) {
    int begin = label.beginPosition();
    int end = label.endPosition();
    String ner = label.ner() == null ? "O" : label.ner();
    String lemma = label.lemma() == null ? label.word() : label.lemma();
    return new Token(text.substring(begin, end), begin, end, label.tag(), lemma, ner, sentence);
  }
}
