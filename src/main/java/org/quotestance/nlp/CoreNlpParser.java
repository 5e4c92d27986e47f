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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.quotestance.AnalyzerException;
import org.quotestance.internal.Parallel;

/**
 * The one place that calls CoreNLP for Quotestance's own analysis: it runs the lean pipeline of
 * {@link NlpSettings} and converts the result to {@link ParsedText}. Build it once and share it:
 * loading takes seconds, and {@link #parse} may be called from several threads at once (the lean
 * annotators keep no per-document state).
 */
public final class CoreNlpParser {
  /** The CoreNLP release this adapter is written and tested against. */
  public static final String CORENLP_VERSION = "4.5.10";

  /** Loaded pipelines, one per settings, shared by every parser in the JVM (models load once). */
  private static final Map<NlpSettings, StanfordCoreNLP> LOADED = new ConcurrentHashMap<>();

  private final StanfordCoreNLP pipeline;
  private final NlpSettings settings;

  /**
   * Loads the models, or reuses those an earlier parser with the same settings loaded; loading
   * takes a few seconds.
   */
  public CoreNlpParser(NlpSettings settings) {
    this.settings = settings;
    this.pipeline = LOADED.computeIfAbsent(settings, CoreNlpParser::load);
  }

  /**
   * CoreNLP's own pipeline for the settings, built from a pool in which the entity model loads on
   * a thread of its own while the tagger loads on this one (each takes over a second), which
   * shortens a cold start. A failed load is not kept: the next parser tries again.
   */
  private static StanfordCoreNLP load(NlpSettings settings) {
    Properties props = settings.properties();
    Properties nerProps = settings.properties();
    AnnotatorImplementations impl = new AnnotatorImplementations();
    FutureTask<Annotator> ner = new FutureTask<>(() -> impl.ner(nerProps));
    Thread loader = new Thread(ner, "quotestance-ner-load");
    loader.setDaemon(true);
    loader.start();
    AnnotatorPool pool = new AnnotatorPool();
    pool.register("tokenize", props, Lazy.cache(() -> impl.tokenizer(props)));
    pool.register("ssplit", props, Lazy.cache(() -> impl.wordToSentences(props)));
    pool.register("pos", props, Lazy.cache(() -> impl.posTagger(props)));
    pool.register("lemma", props, Lazy.cache(() -> impl.morpha(props, false)));
    pool.register("ner", props, Lazy.cache(() -> await(ner)));
    try {
      return new StanfordCoreNLP(props, true, pool);
    } catch (RuntimeException e) {
      throw new AnalyzerException("cannot load CoreNLP models: " + e.getMessage(), e);
    } finally {
      ner.cancel(true);
    }
  }

  /** The entity model from its loading thread; its failure as this thread's. */
  private static Annotator await(FutureTask<Annotator> ner) {
    try {
      return ner.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the entity model", e);
    } catch (ExecutionException e) {
      throw Parallel.unwrapped(e);
    }
  }

  /** The CoreNLP pipeline this parser runs (shared by parsers with the same settings). */
  StanfordCoreNLP pipeline() {
    return pipeline;
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
