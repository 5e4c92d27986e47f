package org.quotestance.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotestance.stance.Lexicon.Cue;
import org.quotestance.stance.PhraseIndex.Hit;
import org.quotestance.stance.StanceDomain.SentimentWord;
import org.quotestance.stance.StanceDomain.Target;

/**
 * What the domain lists find in one token sequence: lexicon cues (negated or not) and appraisals of
 * a target (a sentiment word near a target pattern, in the same clause).
 *
 * @param tokens the tokens scanned
 * @param cues the cues found, in text order
 * @param appraisals sentiment words paired with the target they are about
 */
record Scan(List<Token> tokens, List<CueHit> cues, List<Appraisal> appraisals) {

  /** A cue occurrence; {@code negated} when a negator governs it ("not a coup"). */
  record CueHit(Cue cue, int start, int end, boolean negated) {}

  /**
   * A sentiment word about a target; {@code positive} is the word's polarity, flipped when negated
   * ("Maduro is not legitimate" is negative about Maduro's side).
   */
  record Appraisal(Hit<Target> target, Hit<SentimentWord> word, boolean positive) {}

  /**
   * Word-distance within which a sentiment word is about a target: covers possessives ({@code
   * Maduro's thugs}), appositions ({@code the usurper Maduro}), copulas ({@code Guaidó is a
   * puppet}) and short modifiers ({@code criminal conduct by the opposition leader}).
   */
  static final int TARGET_WINDOW = 4;

  /** A copula right after the target lets the appraisal sit a little further away. */
  static final int COPULA_WINDOW = 6;

  /** A negator reaches a cue at most this many words later. */
  static final int NEGATION_WINDOW = 3;

  private static final Set<String> COPULAS =
      Set.of("is", "are", "was", "were", "be", "been", "remains", "remain", "becomes", "'s");

  /**
   * Closed-class words a negator may skip on its way to the cue it negates. Any other word ends the
   * negator's reach: in "we do not recognise the usurper" the negation stops at "recognise" and
   * "usurper" stays an attack on Maduro.
   */
  private static final Set<String> LIGHT_WORDS =
      Set.of(
          "a", "an", "the", "this", "that", "these", "those", "any", "some", "really", "even",
          "just", "only", "simply", "merely", "exactly", "quite", "very", "so", "too", "all", "at",
          "be", "been", "being", "is", "are", "was", "were", "am", "do", "does", "did", "have",
          "has", "had", "will", "would", "can", "could", "should", "must", "may", "might", "ever",
          "yet", "about", "our", "your", "their", "his", "her", "its", "my", "more", "less", "much",
          "in", "of", "'s", "'re");

  Scan {
    tokens = List.copyOf(tokens);
    cues = List.copyOf(cues);
    appraisals = List.copyOf(appraisals);
  }

  /** Scans {@code tokens} with the domain's phrase indexes. */
  static Scan of(List<Token> tokens, Indexes indexes) {
    int[] wordIndex = wordIndexes(tokens);
    List<Hit<Phrase>> negators = indexes.negators().find(tokens);
    List<CueHit> cues = new ArrayList<>();
    for (Hit<Cue> hit : indexes.lexicon().find(tokens)) {
      cues.add(
          new CueHit(
              hit.item(),
              hit.start(),
              hit.end(),
              negated(hit.start(), negators, tokens, wordIndex)));
    }
    List<Hit<Target>> targets = indexes.targets().find(tokens);
    List<Appraisal> appraisals = new ArrayList<>();
    for (Hit<SentimentWord> word : indexes.sentiment().find(tokens)) {
      if (overlapsAny(word, targets)) {
        continue;
      }
      Hit<Target> target = nearestTarget(word, targets, tokens, wordIndex);
      if (target != null) {
        boolean negated = negated(word.start(), negators, tokens, wordIndex);
        appraisals.add(new Appraisal(target, word, word.item().positive() != negated));
      }
    }
    return new Scan(tokens, cues, appraisals);
  }

  /**
   * The phrase indexes of one domain, built once.
   *
   * @param lexicon the cues
   * @param negators the negators
   * @param targets the target patterns
   * @param sentiment the sentiment words
   */
  record Indexes(
      Lexicon lexicon,
      PhraseIndex<Phrase> negators,
      PhraseIndex<Target> targets,
      PhraseIndex<SentimentWord> sentiment) {
    static Indexes of(StanceDomain domain) {
      return new Indexes(
          domain.lexicon(),
          new PhraseIndex<>(domain.negators(), p -> p),
          new PhraseIndex<>(domain.targets(), Target::phrase),
          new PhraseIndex<>(domain.sentiment(), SentimentWord::phrase));
    }
  }

  private static boolean negated(
      int start, List<Hit<Phrase>> negators, List<Token> tokens, int[] wordIndex) {
    for (Hit<Phrase> negator : negators) {
      if (negator.end() > start
          || tokens.get(negator.start()).clause() != tokens.get(start).clause()) {
        continue;
      }
      int between = wordIndex[start] - wordIndex[negator.end() - 1] - 1;
      if (between < NEGATION_WINDOW && allLight(tokens, negator.end(), start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allLight(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.word() && !LIGHT_WORDS.contains(token.folded())) {
        return false;
      }
    }
    return true;
  }

  private static Hit<Target> nearestTarget(
      Hit<SentimentWord> word, List<Hit<Target>> targets, List<Token> tokens, int[] wordIndex) {
    Hit<Target> best = null;
    int bestDistance = Integer.MAX_VALUE;
    int clause = tokens.get(word.start()).clause();
    for (Hit<Target> target : targets) {
      if (tokens.get(target.start()).clause() != clause) {
        continue;
      }
      boolean before = target.end() <= word.start();
      int distance =
          before
              ? wordIndex[word.start()] - wordIndex[target.end() - 1]
              : wordIndex[target.start()] - wordIndex[word.end() - 1];
      int window = before && copulaAfter(target, tokens) ? COPULA_WINDOW : TARGET_WINDOW;
      // strictly nearer wins, so on a tie the earlier target (the apposition's head) is kept
      if (distance <= window && distance < bestDistance) {
        best = target;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static boolean copulaAfter(Hit<Target> target, List<Token> tokens) {
    return target.end() < tokens.size() && COPULAS.contains(tokens.get(target.end()).folded());
  }

  private static boolean overlapsAny(Hit<SentimentWord> word, List<Hit<Target>> targets) {
    for (Hit<Target> target : targets) {
      if (word.start() < target.end() && target.start() < word.end()) {
        return true;
      }
    }
    return false;
  }

  /** For each token, how many word tokens precede it. */
  private static int[] wordIndexes(List<Token> tokens) {
    int[] index = new int[tokens.size()];
    int words = 0;
    for (int i = 0; i < tokens.size(); i++) {
      index[i] = words;
      if (tokens.get(i).word()) {
        words++;
      }
    }
    return index;
  }
}
