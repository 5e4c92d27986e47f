/**
 * The CoreNLP adapter: the only package that touches CoreNLP types. It turns text into {@link
 * org.quotestance.nlp.ParsedText}, our own immutable record of tokens and sentences.
 */
package org.quotestance.nlp;
