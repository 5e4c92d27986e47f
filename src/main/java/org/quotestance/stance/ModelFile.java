package org.quotestance.stance;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quotestance.InputException;
import org.quotestance.internal.AtomicFiles;
import org.quotestance.model.StanceLabel;

/**
 * Reads and writes {@code stance-model.json}. The file holds no timestamps or paths, and its
 * weights are sorted by feature name and rounded to 6 decimals, so training twice on the same files
 * writes the same bytes.
 */
final class ModelFile {
  static final String NAME = "stance-model.json";
  static final String FORMAT = "quotestance-stance-model/1";
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  /**
   * What the classifier needs from the file.
   *
   * @param classifier the trained weights
   * @param temperature the calibration temperature
   * @param regularisation the settings it was trained with
   * @param majority the most frequent training label (camp-only fallback)
   * @param inputs file name to SHA-256 of every file training read
   */
  record Stored(
      LogisticRegression classifier,
      double temperature,
      Regularisation regularisation,
      StanceLabel majority,
      SortedMap<String, String> inputs) {}

  private ModelFile() {}

  /** Writes {@code stored} with the informational {@code counts} and {@code crossValidation}. */
  static void write(Path file, Stored stored, JsonObject counts, JsonObject crossValidation) {
    JsonObject root = new JsonObject();
    root.addProperty("format", FORMAT);
    JsonArray labels = new JsonArray();
    for (StanceLabel label : StanceLabel.values()) {
      labels.add(label.label());
    }
    root.add("labels", labels);
    root.addProperty("temperature", stored.temperature());
    JsonObject regularisation = new JsonObject();
    regularisation.addProperty("l2", stored.regularisation().l2());
    regularisation.addProperty("wordFactor", stored.regularisation().wordFactor());
    regularisation.addProperty("minWordCount", stored.regularisation().minWordCount());
    root.add("regularisation", regularisation);
    root.addProperty("majorityLabel", stored.majority().label());
    root.add("counts", counts);
    root.add("crossValidation", crossValidation);
    JsonObject inputs = new JsonObject();
    stored.inputs().forEach(inputs::addProperty);
    root.add("inputs", inputs);
    LogisticRegression classifier = stored.classifier();
    JsonArray bias = new JsonArray();
    for (StanceLabel label : StanceLabel.values()) {
      bias.add(round(classifier.bias(label)));
    }
    root.add("bias", bias);
    JsonObject weights = new JsonObject();
    for (String feature : classifier.vocabulary()) {
      JsonArray row = new JsonArray();
      for (StanceLabel label : StanceLabel.values()) {
        row.add(round(classifier.weight(feature, label)));
      }
      weights.add(feature, row);
    }
    root.add("weights", weights);
    AtomicFiles.write(file, GSON.toJson(root) + "\n");
  }

  /** Reads the model of domain folder {@code dir}. */
  static Stored read(Path dir) {
    Path file = dir.resolve(NAME);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(
          file + ": no trained stance model; run ./quotestance train-stance --domain " + dir);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
    try {
      return parse(JsonParser.parseString(text).getAsJsonObject());
    } catch (JsonParseException
        | IllegalStateException
        | IllegalArgumentException
        | IndexOutOfBoundsException
        | UnsupportedOperationException
        | ClassCastException e) {
      // gson reports a wrong type or a short array with these unchecked exceptions
      throw new InputException(file + ": malformed stance model: " + e.getMessage(), e);
    }
  }

  private static Stored parse(JsonObject root) {
    if (!FORMAT.equals(member(root, "format").getAsString())) {
      throw new IllegalArgumentException("format is not " + FORMAT);
    }
    int[] order = labelOrder(member(root, "labels").getAsJsonArray());
    JsonArray biasJson = member(root, "bias").getAsJsonArray();
    double[] bias = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      bias[order[i]] = biasJson.get(i).getAsDouble();
    }
    JsonObject weightsJson = member(root, "weights").getAsJsonObject();
    List<String> vocabulary = new ArrayList<>(new TreeMap<>(weightsJson.asMap()).keySet());
    double[][] weights = new double[order.length][vocabulary.size()];
    for (int j = 0; j < vocabulary.size(); j++) {
      JsonArray row = weightsJson.getAsJsonArray(vocabulary.get(j));
      for (int i = 0; i < order.length; i++) {
        weights[order[i]][j] = row.get(i).getAsDouble();
      }
    }
    JsonObject reg = member(root, "regularisation").getAsJsonObject();
    Regularisation regularisation =
        new Regularisation(
            member(reg, "l2").getAsDouble(),
            member(reg, "wordFactor").getAsDouble(),
            member(reg, "minWordCount").getAsInt());
    SortedMap<String, String> inputs = new TreeMap<>();
    for (Map.Entry<String, JsonElement> entry :
        member(root, "inputs").getAsJsonObject().entrySet()) {
      inputs.put(entry.getKey(), entry.getValue().getAsString());
    }
    double temperature = member(root, "temperature").getAsDouble();
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be positive: " + temperature);
    }
    return new Stored(
        new LogisticRegression(vocabulary, weights, bias, 0),
        temperature,
        regularisation,
        StanceLabel.fromLabel(member(root, "majorityLabel").getAsString()),
        inputs);
  }

  /** For each position in the file's label list, the {@link StanceLabel} ordinal. */
  private static int[] labelOrder(JsonArray labels) {
    StanceLabel[] all = StanceLabel.values();
    if (labels.size() != all.length) {
      throw new IllegalArgumentException("'labels' must list the " + all.length + " stance labels");
    }
    int[] order = new int[all.length];
    boolean[] seen = new boolean[all.length];
    for (int i = 0; i < all.length; i++) {
      order[i] = StanceLabel.fromLabel(labels.get(i).getAsString()).ordinal();
      if (seen[order[i]]) {
        throw new IllegalArgumentException("label listed twice: " + labels.get(i));
      }
      seen[order[i]] = true;
    }
    return order;
  }

  private static JsonElement member(JsonObject object, String name) {
    JsonElement value = object.get(name);
    if (value == null || value.isJsonNull()) {
      throw new IllegalArgumentException("missing '" + name + "'");
    }
    return value;
  }

  private static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }
}
