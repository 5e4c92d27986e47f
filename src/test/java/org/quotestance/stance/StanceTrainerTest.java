package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.InputException;
import org.quotestance.model.StanceLabel;

class StanceTrainerTest {
  @TempDir Path first;
  @TempDir Path second;

  @Test
  void trainingTwiceWritesByteIdenticalModels() throws IOException {
    StanceTrainer.train(Fixture.copyTo(first));
    StanceTrainer.train(Fixture.copyTo(second));
    byte[] a = Files.readAllBytes(first.resolve("stance-model.json"));
    byte[] b = Files.readAllBytes(second.resolve("stance-model.json"));
    assertArrayEquals(a, b);
    StanceTrainer.train(first);
    assertArrayEquals(a, Files.readAllBytes(first.resolve("stance-model.json")));
  }

  @Test
  void reportCoversBaselinesAndFullModelOnTheSameFolds() {
    TrainingReport report = StanceTrainer.train(Fixture.copyTo(first));
    assertEquals(90, report.examples());
    assertEquals(30, report.labelCounts().get(StanceLabel.NEUTRAL));
    assertEquals(
        List.of("majority", "camp-only", "lexicon-only", "full model"),
        report.evaluations().stream().map(Evaluation::name).toList());
    assertEquals(1.0 / 3, report.evaluation("majority").accuracy(), 1e-9);
    assertTrue(
        report.evaluation("full model").accuracy() > report.evaluation("camp-only").accuracy());
    assertTrue(report.evaluation("full model").macroF1() > 0.75);
    int binned = report.calibration().bins().stream().mapToInt(CalibrationTable.Bin::count).sum();
    assertEquals(90, binned);
    assertTrue(report.temperature() > 0);
    assertTrue(report.logLossAfter() <= report.logLossBefore());
    String text = report.format();
    for (String expected :
        List.of("lexicon-only", "camp-only", "temperature", "gold \\ predicted", "0.90-1.00")) {
      assertTrue(text.contains(expected), expected);
    }
  }

  @Test
  void modelFileRecordsInputsSettingsAndWeightsButNoTimeOrPath() throws IOException {
    StanceTrainer.train(Fixture.copyTo(first));
    String text = Files.readString(first.resolve("stance-model.json"));
    JsonObject json = JsonParser.parseString(text).getAsJsonObject();
    assertEquals("quotestance-stance-model/1", json.get("format").getAsString());
    assertEquals(7, json.getAsJsonObject("inputs").size());
    assertTrue(json.getAsJsonObject("inputs").has("stance-train.tsv"));
    assertEquals(0.01, json.getAsJsonObject("regularisation").get("l2").getAsDouble());
    assertEquals(3, json.getAsJsonObject("weights").getAsJsonArray("lex:pro-Guaidó").size());
    assertTrue(json.getAsJsonObject("crossValidation").has("full model"));
    assertFalse(text.contains(first.toString()));
  }

  @Test
  void foldsAreStratified() {
    List<StanceLabel> labels = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      labels.add(StanceLabel.values()[i % 3]);
    }
    int[] folds = StanceTrainer.stratifiedFolds(labels, 10, 2019);
    for (int k = 0; k < 10; k++) {
      int[] perLabel = new int[3];
      for (int i = 0; i < labels.size(); i++) {
        if (folds[i] == k) {
          perLabel[labels.get(i).ordinal()]++;
        }
      }
      assertArrayEquals(new int[] {1, 1, 1}, perLabel, "fold " + k);
    }
    assertArrayEquals(folds, StanceTrainer.stratifiedFolds(labels, 10, 2019));
  }

  @Test
  void badTrainingLinesNameFileAndLine() throws IOException {
    Fixture.copyTo(first);
    Path train = first.resolve("stance-train.tsv");
    Files.writeString(train, Files.readString(train) + "pro-Maduro\tcuba\tshouted\tViva!\t\n");
    InputException e = assertThrows(InputException.class, () -> StanceTrainer.train(first));
    assertTrue(e.getMessage().contains("stance-train.tsv:92: unknown quote kind"), e.getMessage());
    Files.writeString(
        train,
        "label\tcamp\tkind\ttext\tcontext\npro-Maduro\tcuba\tpartial\tcoup\tno placeholder\n");
    e = assertThrows(InputException.class, () -> StanceTrainer.train(first));
    assertTrue(
        e.getMessage().contains("stance-train.tsv:2: context holds neither"), e.getMessage());
  }

  @Test
  void tooFewExamplesForCrossValidationIsAnInputError() throws IOException {
    Fixture.copyTo(first);
    Files.writeString(
        first.resolve("stance-train.tsv"),
        "label\tcamp\tkind\ttext\tcontext\npro-Maduro\tcuba\tdirect\tViva!\t\n");
    assertThrows(InputException.class, () -> StanceTrainer.train(first));
    assertFalse(Files.exists(first.resolve("stance-model.json")));
  }
}
