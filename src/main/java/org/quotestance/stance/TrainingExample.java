package org.quotestance.stance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotestance.InputException;
import org.quotestance.model.CharSpan;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.StanceLabel;

/**
 * One labelled line of {@code stance-train.tsv} ({@code label camp kind text context}). The
 * optional context is the writer's sentence with the quote replaced by {@code {Q}}; it becomes the
 * input's context with the quote put back.
 *
 * @param label the gold stance
 * @param input what the classifier sees
 */
record TrainingExample(StanceLabel label, StanceInput input) {
  static final String FILE = "stance-train.tsv";
  static final String PLACEHOLDER = "{Q}";

  /** Reads the training file; every problem names the file and line. */
  static List<TrainingExample> read(Path file) {
    List<TrainingExample> examples = new ArrayList<>();
    for (TsvFile.Row row : TsvFile.read(file, "label", "camp", "kind", "text")) {
      StanceLabel label;
      QuoteKind kind;
      try {
        label = StanceLabel.fromLabel(row.require("label"));
        kind = QuoteKind.fromLabel(row.require("kind"));
      } catch (IllegalArgumentException e) {
        throw row.problem(e.getMessage());
      }
      String text = row.require("text");
      examples.add(new TrainingExample(label, input(row, text, kind)));
    }
    if (examples.isEmpty()) {
      throw new InputException(file + ": no training examples");
    }
    return List.copyOf(examples);
  }

  private static StanceInput input(TsvFile.Row row, String text, QuoteKind kind) {
    String camp = row.get("camp");
    String context = row.get("context");
    if (context.isEmpty()) {
      return StanceInput.standalone(text, kind, camp);
    }
    int at = context.indexOf(PLACEHOLDER);
    if (at >= 0) {
      context = context.substring(0, at) + text + context.substring(at + PLACEHOLDER.length());
    } else {
      at = context.indexOf(text);
      if (at < 0) {
        throw row.problem("context holds neither {Q} nor the quote's text");
      }
    }
    return new StanceInput(
        text,
        new CharSpan(at, at + text.length()),
        context,
        new CharSpan(0, context.length()),
        kind,
        camp);
  }
}
