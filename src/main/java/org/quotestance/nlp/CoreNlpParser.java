package org.quotestance.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.AnnotatorPool;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Lazy;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

  /**
   * Loads the models; takes a few seconds. The entity model loads on a second thread while the
   * tagger loads on this one (each takes over a second), which shortens a cold start.
   */
  public CoreNlpParser(NlpSettings settings) {
    this.settings = settings;
    Properties props = settings.properties();
    Properties nerProps = settings.properties();
    AnnotatorImplementations impl = new AnnotatorImplementations();
    CompletableFuture<Annotator> ner = CompletableFuture.supplyAsync(() -> impl.ner(nerProps));
    AnnotatorPool pool = new AnnotatorPool();
    pool.register("tokenize", props, Lazy.cache(() -> impl.tokenizer(props)));
    pool.register("ssplit", props, Lazy.cache(() -> impl.wordToSentences(props)));
    pool.register("pos", props, Lazy.cache(() -> impl.posTagger(props)));
    pool.register("lemma", props, Lazy.cache(() -> impl.morpha(props, false)));
    pool.register("ner", props, Lazy.cache(ner::join));
    try {
      this.pipeline = new StanfordCoreNLP(props, true, pool);
    } catch (CompletionException e) {
      throw cannotLoad(e.getCause());
    } catch (RuntimeException e) {
      throw cannotLoad(e);
    } finally {
      ner.cancel(false);
    }
  }

  private static AnalyzerException cannotLoad(Throwable e) {
    return new AnalyzerException("cannot load CoreNLP models: " + e.getMessage(), e);
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
