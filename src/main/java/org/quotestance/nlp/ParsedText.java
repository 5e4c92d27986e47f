package org.quotestance.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The linguistic analysis of one text: tokens with tags and entity classes, and sentences. A plain
 * value (no CoreNLP types), so it can be cached and shared between threads.
 *
 * @param tokens all tokens in text order
 * @param sentences all sentences in text order
 */
public record ParsedText(List<Token> tokens, List<Sentence> sentences) {
  public ParsedText {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
  }

  /** The tokens of one sentence. */
  public List<Token> tokens(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** The sentence that contains {@code offset}, or the nearest one before it. */
  public Sentence sentenceAt(int offset) {
    Objects.checkIndex(0, Math.max(1, sentences.size()));
    int low = 0;
    int high = sentences.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (sentences.get(mid).begin() <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return sentences.get(low);
  }

  /** Index of the first token that ends after {@code offset}, or the token count. */
  public int tokenAt(int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The tokens lying wholly inside {@code [begin, end)}. */
  public List<Token> tokensIn(int begin, int end) {
    List<Token> out = new ArrayList<>();
    for (int i = tokenAt(begin); i < tokens.size() && tokens.get(i).end() <= end; i++) {
      if (tokens.get(i).begin() >= begin) {
        out.add(tokens.get(i));
      }
    }
    return out;
  }
}
