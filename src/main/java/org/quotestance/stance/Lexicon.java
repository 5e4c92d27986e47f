package org.quotestance.stance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotestance.model.StanceLabel;

/**
 * The weighted stance cues of a domain ({@code stance-lexicon.tsv}: {@code cue label weight
 * frame}), and where they occur in a text.
 */
final class Lexicon {
  /**
   * One cue.
   *
   * @param phrase the cue's words
   * @param label the stance it signals
   * @param weight its strength, 0.2 to 3.0
   * @param frame the frame id it belongs to
   */
  record Cue(Phrase phrase, StanceLabel label, double weight, String frame) {
    String text() {
      return phrase.text();
    }
  }

  static final double MIN_WEIGHT = 0.2;
  static final double MAX_WEIGHT = 3.0;

  private final List<Cue> cues;
  private final PhraseIndex<Cue> index;

  Lexicon(List<Cue> cues) {
    this.cues = List.copyOf(cues);
    this.index = new PhraseIndex<>(this.cues, Cue::phrase);
  }

  /** Reads {@code file}; every cue's frame must be one of {@code frames}. */
  static Lexicon read(Path file, Set<String> frames) {
    List<Cue> cues = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (TsvFile.Row row : TsvFile.read(file, "cue", "label", "weight", "frame")) {
      Phrase phrase;
      StanceLabel label;
      try {
        phrase = Phrase.parse(row.require("cue"));
        label = StanceLabel.fromLabel(row.require("label"));
      } catch (IllegalArgumentException e) {
        throw row.problem(e.getMessage());
      }
      double weight = TsvFile.number(row, "weight", MIN_WEIGHT, MAX_WEIGHT);
      String frame = row.require("frame");
      if (!frames.contains(frame)) {
        throw row.problem("frame '" + frame + "' is not in frames.tsv");
      }
      Integer earlier = seen.putIfAbsent(phrase.text(), row.line());
      if (earlier != null) {
        throw row.problem("cue '" + phrase.text() + "' already listed on line " + earlier);
      }
      cues.add(new Cue(phrase, label, weight, frame));
    }
    return new Lexicon(cues);
  }

  List<Cue> cues() {
    return cues;
  }

  /** The cues in {@code tokens}, longest first, never overlapping. */
  List<PhraseIndex.Hit<Cue>> find(List<Token> tokens) {
    return index.find(tokens);
  }
}
