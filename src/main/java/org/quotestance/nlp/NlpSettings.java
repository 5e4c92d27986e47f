package org.quotestance.nlp;

import java.util.Properties;

/**
 * Which CoreNLP annotators and models Quotestance runs. Only what the later stages need:
 * tokens, sentences, part-of-speech tags, lemmas and three-class statistical NER. Coreference,
 * fine-grained NER, SUTime and parsing are left out: attribution resolves pronouns itself, and
 * these cost most of CoreNLP's time (see the README's speed section).
 *
 * @param nerModel classpath of the CRF model used for named entities
 */
public record NlpSettings(String nerModel) {
  public static final String THREE_CLASS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** Sentences longer than this many tokens are not tagged (news sentences rarely pass 150). */
  public static final int MAX_SENTENCE_TOKENS = 400;

  public static NlpSettings lean() {
    return new NlpSettings(THREE_CLASS);
  }

  /**
   * A key that changes whenever the analysis would change: the CoreNLP version and every pipeline
   * property, sorted. Part of cache keys.
   */
  public String key() {
    Properties props = properties();
    StringBuilder key = new StringBuilder("corenlp-" + CoreNlpParser.CORENLP_VERSION);
    props.stringPropertyNames().stream().sorted().forEach(k -> key.append('|').append(k).append('=').append(props.getProperty(k)));
    return key.toString();
  }

  Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("tokenize.options", "invertible=false,untokenizable=noneKeep");
    props.setProperty("ner.model", nerModel);
    props.setProperty("ner.statisticalOnly", "true");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    // A run-on "sentence" (a table, a list without stops) would take minutes and gigabytes to tag;
    // sentences longer than this keep POS tag X and no entities.
    props.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    props.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    return props;
  }
}
