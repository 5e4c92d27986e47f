package org.quotestance.stance;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quotestance.InputException;
import org.quotestance.internal.Hashes;
import org.quotestance.model.StanceLabel;

/**
 * The stance data of a domain folder, read once: lexicon, negators, targets, sentiment words,
 * frames and the camps of {@code actors.json}, plus the SHA-256 of every file read.
 *
 * @param dir the folder
 * @param lexicon the stance cues
 * @param negators phrases that negate a following cue
 * @param targets patterns naming a side of the crisis
 * @param sentiment evaluative words
 * @param frames frame id to description
 * @param camps camp id to camp
 * @param hashes file name to SHA-256 of each file read
 */
record StanceDomain(
    Path dir,
    Lexicon lexicon,
    List<Phrase> negators,
    List<Target> targets,
    List<SentimentWord> sentiment,
    Map<String, String> frames,
    Map<String, Camp> camps,
    SortedMap<String, String> hashes) {

  static final String LEXICON = "stance-lexicon.tsv";
  static final String NEGATORS = "negators.txt";
  static final String TARGETS = "targets.tsv";
  static final String SENTIMENT = "sentiment.tsv";
  static final String FRAMES = "frames.tsv";
  static final String ACTORS = "actors.json";

  /** A pattern naming one side. */
  record Target(TargetSide side, Phrase phrase) {}

  /** An evaluative word with its polarity and strength. */
  record SentimentWord(Phrase phrase, boolean positive, double weight) {}

  /** A camp of the actor registry; {@code side} is empty for camps without one (analysts). */
  record Camp(String id, String name, Optional<StanceLabel> side) {}

  StanceDomain {
    negators = List.copyOf(negators);
    targets = List.copyOf(targets);
    sentiment = List.copyOf(sentiment);
    frames = Map.copyOf(frames);
    camps = Map.copyOf(camps);
    hashes = Collections.unmodifiableSortedMap(new TreeMap<>(hashes));
  }

  /** Reads the stance files of {@code dir}; throws {@link InputException} naming file and line. */
  static StanceDomain load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": no such domain folder");
    }
    SortedMap<String, String> hashes = new TreeMap<>();
    for (String name : List.of(LEXICON, NEGATORS, TARGETS, SENTIMENT, FRAMES, ACTORS)) {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new InputException(file + ": no such file");
      }
      hashes.put(name, Hashes.sha256(file));
    }
    Map<String, String> frames = readFrames(dir.resolve(FRAMES));
    return new StanceDomain(
        dir,
        Lexicon.read(dir.resolve(LEXICON), frames.keySet()),
        readNegators(dir.resolve(NEGATORS)),
        readTargets(dir.resolve(TARGETS)),
        readSentiment(dir.resolve(SENTIMENT)),
        frames,
        readCamps(dir.resolve(ACTORS)),
        hashes);
  }

  private static Map<String, String> readFrames(Path file) {
    Map<String, String> frames = new LinkedHashMap<>();
    for (TsvFile.Row row : TsvFile.read(file, "frame", "description")) {
      frames.put(row.require("frame"), row.get("description"));
    }
    return frames;
  }

  private static List<Phrase> readNegators(Path file) {
    List<Phrase> negators = new ArrayList<>();
    List<String> lines = TsvFile.lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      negators.add(phrase(line, file, i + 1));
    }
    return negators;
  }

  /** Reads the side from column {@code target}, or from {@code side} when that holds the side. */
  private static List<Target> readTargets(Path file) {
    List<Target> targets = new ArrayList<>();
    for (TsvFile.Row row : TsvFile.read(file, "pattern")) {
      TargetSide side = TargetSide.fromId(row.get("target"));
      if (side == null) {
        side = TargetSide.fromId(row.get("side"));
      }
      if (side == null) {
        throw row.problem(
            "target must be maduro-side, guaido-side or intervention: '" + row.get("target") + "'");
      }
      targets.add(new Target(side, phrase(row.require("pattern"), row)));
    }
    return targets;
  }

  private static List<SentimentWord> readSentiment(Path file) {
    List<SentimentWord> words = new ArrayList<>();
    for (TsvFile.Row row : TsvFile.read(file, "word", "polarity", "weight")) {
      String polarity = row.require("polarity");
      if (!polarity.equals("positive") && !polarity.equals("negative")) {
        throw row.problem("polarity must be positive or negative: '" + polarity + "'");
      }
      double weight = TsvFile.number(row, "weight", 0, 10);
      words.add(
          new SentimentWord(phrase(row.require("word"), row), polarity.equals("positive"), weight));
    }
    return words;
  }

  private static Map<String, Camp> readCamps(Path file) {
    Map<String, Camp> camps = new LinkedHashMap<>();
    try {
      JsonObject root =
          JsonParser.parseString(String.join("\n", TsvFile.lines(file))).getAsJsonObject();
      JsonElement list = root.get("camps");
      if (list == null || !list.isJsonArray()) {
        throw new InputException(file + ": no 'camps' array");
      }
      for (JsonElement element : list.getAsJsonArray()) {
        JsonObject camp = element.getAsJsonObject();
        String id = text(camp, "id");
        if (id.isEmpty()) {
          throw new InputException(file + ": a camp without 'id': " + camp);
        }
        camps.put(id, new Camp(id, text(camp, "name"), side(file, id, text(camp, "side"))));
      }
    } catch (JsonParseException | IllegalStateException e) {
      throw new InputException(file + ": malformed JSON: " + e.getMessage(), e);
    }
    return camps;
  }

  private static Optional<StanceLabel> side(Path file, String camp, String side) {
    if (side.isEmpty() || side.equals("none")) {
      return Optional.empty();
    }
    try {
      return Optional.of(StanceLabel.fromLabel(side));
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": camp '" + camp + "': " + e.getMessage());
    }
  }

  private static String text(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value == null || value.isJsonNull() ? "" : value.getAsString().strip();
  }

  private static Phrase phrase(String text, TsvFile.Row row) {
    try {
      return Phrase.parse(text);
    } catch (IllegalArgumentException e) {
      throw row.problem(e.getMessage());
    }
  }

  private static Phrase phrase(String text, Path file, int line) {
    try {
      return Phrase.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ":" + line + ": " + e.getMessage());
    }
  }
}
