package org.quotestance.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotestance.model.CharSpan;
import org.quotestance.model.QuoteKind;
import org.quotestance.stance.Scan.Appraisal;
import org.quotestance.stance.Scan.CueHit;
import org.quotestance.stance.StanceDomain.Camp;

/**
 * Turns a {@link StanceInput} into named {@link Features}, all offsets in article coordinates.
 * Families: {@code cue:}/{@code lex:} lexicon cues and summed cue weights per label; {@code
 * negcue:}/{@code neg:} negated cues; {@code tgt:<side>:<polarity>} sentiment about a target; the
 * same with prefix {@code ctx:} for words of the reporting sentence around a partial quote; {@code
 * scare:} a partial quote that is just a domain term; {@code camp:} and {@code side:} the speaker's
 * camp when the registry defines it (a training line may name a descriptive camp such as {@code
 * citizens}; it is read as no camp, as the classifier sees no such camp when it labels articles);
 * {@code kind:}; and {@code w:} unigrams and bigrams of the quote. Immutable and thread-safe.
 */
final class FeatureExtractor {
  static final String WORD = "w:";
  static final String CONTEXT = "ctx:";

  /** A partial quote of at most this many words that is a domain term is a scare-quote feature. */
  static final int SCARE_WORDS = 2;

  private final StanceDomain domain;
  private final Scan.Indexes indexes;
  private final Set<String> terms;

  FeatureExtractor(StanceDomain domain) {
    this.domain = domain;
    this.indexes = Scan.Indexes.of(domain);
    Set<String> terms = new HashSet<>();
    domain.lexicon().cues().forEach(cue -> terms.add(String.join(" ", cue.phrase().words())));
    domain.targets().forEach(t -> terms.add(String.join(" ", t.phrase().words())));
    domain.sentiment().forEach(s -> terms.add(String.join(" ", s.phrase().words())));
    this.terms = Set.copyOf(terms);
  }

  StanceDomain domain() {
    return domain;
  }

  Features extract(StanceInput input) {
    Features.Builder out = new Features.Builder();
    int quoteBegin = input.span().begin();
    List<Token> quote = Tokenizer.tokenize(input.text(), quoteBegin);
    addScan(out, "", Scan.of(quote, indexes), input.text(), quoteBegin, null);
    if (input.kind() == QuoteKind.PARTIAL) {
      addContext(out, input);
      addScare(out, input, quote);
    }
    Camp camp = domain.camps().get(input.camp());
    if (camp != null) {
      out.set("camp:" + camp.id(), "", List.of());
      camp.side().ifPresent(side -> out.set("side:" + side.label(), "", List.of()));
    }
    out.set("kind:" + input.kind().label(), "", List.of());
    addWords(out, quote, input.text(), quoteBegin);
    return out.build();
  }

  /**
   * Adds the cues and appraisals of {@code scan}, each feature prefixed with {@code prefix}. {@code
   * text} starts at article offset {@code offset}. When {@code outside} is given (one flag per
   * token), only words outside the quote count: a cue must lie wholly outside, an appraisal must
   * have its target or its sentiment word outside.
   */
  private void addScan(
      Features.Builder out, String prefix, Scan scan, String text, int offset, boolean[] outside) {
    List<Token> tokens = scan.tokens();
    for (CueHit hit : scan.cues()) {
      if (outside != null && !allOutside(outside, hit.start(), hit.end())) {
        continue;
      }
      Lexicon.Cue cue = hit.cue();
      String words = slice(text, offset, tokens, hit.start(), hit.end());
      List<CharSpan> spans = wordSpans(tokens, hit.start(), hit.end());
      if (hit.negated()) {
        out.add(prefix + "negcue:" + cue.text(), 1, words, spans);
        out.add(prefix + "neg:" + cue.label().label(), cue.weight(), words, spans);
      } else {
        String feature = prefix + "cue:" + cue.text();
        out.add(feature, 1, words, spans);
        out.add(prefix + "lex:" + cue.label().label(), cue.weight(), words, spans);
        out.vote(cue.label(), cue.weight(), feature);
        out.frame(cue.frame(), cue.weight());
      }
    }
    for (Appraisal appraisal : scan.appraisals()) {
      var target = appraisal.target();
      var word = appraisal.word();
      int first = Math.min(target.start(), word.start());
      int last = Math.max(target.end(), word.end());
      if (outside != null
          && !allOutside(outside, target.start(), target.end())
          && !allOutside(outside, word.start(), word.end())) {
        continue;
      }
      String feature =
          prefix
              + "tgt:"
              + target.item().id()
              + ":"
              + (appraisal.positive() ? "positive" : "negative");
      List<CharSpan> spans = new ArrayList<>(wordSpans(tokens, target.start(), target.end()));
      spans.addAll(wordSpans(tokens, word.start(), word.end()));
      double weight = word.item().weight();
      out.add(feature, weight, slice(text, offset, tokens, first, last), spans);
      target
          .item()
          .stanceOf(appraisal.positive())
          .ifPresent(label -> out.vote(label, weight, feature));
    }
  }

  /** The reporting sentence around a partial quote: its cues and appraisals outside the quote. */
  private void addContext(Features.Builder out, StanceInput input) {
    int relative = input.span().begin() - input.contextSpan().begin();
    String context = input.context();
    if (relative < 0
        || relative + input.text().length() > context.length()
        || !context.startsWith(input.text(), relative)) {
      relative = context.indexOf(input.text());
      if (relative < 0) {
        return; // the context does not hold the quote: nothing reliable to add
      }
    }
    int offset = input.contextSpan().begin();
    int quoteBegin = offset + relative;
    int quoteEnd = quoteBegin + input.text().length();
    List<Token> tokens = Tokenizer.tokenize(context, offset);
    boolean[] outside = new boolean[tokens.size()];
    boolean anyOutside = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      outside[i] = token.end() <= quoteBegin || token.begin() >= quoteEnd;
      anyOutside |= outside[i] && token.word();
    }
    if (!anyOutside) {
      return;
    }
    addScan(out, CONTEXT, Scan.of(tokens, indexes), context, offset, outside);
  }

  private void addScare(Features.Builder out, StanceInput input, List<Token> quote) {
    List<String> words = quote.stream().filter(Token::word).map(Token::folded).toList();
    String key = String.join(" ", words);
    if (!words.isEmpty() && words.size() <= SCARE_WORDS && terms.contains(key)) {
      out.set("scare:" + key, input.text(), List.of(input.span()));
    }
  }

  /** Binary unigrams and same-clause bigrams; numbers become {@code #}. */
  private static void addWords(Features.Builder out, List<Token> tokens, String text, int offset) {
    Token previous = null;
    for (Token token : tokens) {
      if (!token.word()) {
        continue;
      }
      String word = normalise(token);
      CharSpan span = new CharSpan(token.begin(), token.end());
      out.set(WORD + word, token.text(), List.of(span));
      if (previous != null && previous.clause() == token.clause()) {
        CharSpan both = new CharSpan(previous.begin(), token.end());
        String words = text.substring(previous.begin() - offset, token.end() - offset);
        out.set(WORD + normalise(previous) + " " + word, words, List.of(both));
      }
      previous = token;
    }
  }

  private static String normalise(Token token) {
    return token.folded().chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.')
        ? "#"
        : token.folded();
  }

  private static boolean allOutside(boolean[] outside, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!outside[i]) {
        return false;
      }
    }
    return true;
  }

  /** The source text from token {@code from} to the end of token {@code to - 1}. */
  private static String slice(String text, int offset, List<Token> tokens, int from, int to) {
    return text.substring(tokens.get(from).begin() - offset, tokens.get(to - 1).end() - offset);
  }

  private static List<CharSpan> wordSpans(List<Token> tokens, int from, int to) {
    List<CharSpan> spans = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (tokens.get(i).word()) {
        spans.add(new CharSpan(tokens.get(i).begin(), tokens.get(i).end()));
      }
    }
    return spans;
  }
}
