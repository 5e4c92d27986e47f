package org.quotestance.nlp;

/**
 * One token of an analysed text, as CoreNLP found it but in our own terms.
 *
 * @param text the token exactly as written in the original text
 * @param begin offset of its first character in the original text
 * @param end offset one past its last character
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma lemma (lower case for verbs and nouns)
 * @param ner named-entity class: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code O}
 * @param sentence index of its sentence
 */
public record Token(String text, int begin, int end, String pos, String lemma, String ner, int sentence) {
  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  /** A finite verb or modal ({@code said}, {@code says}, {@code say}, {@code will}): the head of a clause. */
  public boolean isFiniteVerb() {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isEntity() {
    return !"O".equals(ner);
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
