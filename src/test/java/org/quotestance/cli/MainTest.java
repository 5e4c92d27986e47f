package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  @Test
  void missingInputIsAUsageErrorWithOneLineAndNoStackTrace() {
    assertEquals(2, run("analyze", "no/such/folder"));
    assertEquals("quotestance: input not found: no/such/folder", err.toString().strip());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, run("analyze", "--frobnicate", "x"));
    assertTrue(err.toString().contains("Unknown option"), err.toString());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"analyze", "report", "evaluate", "train-stance"}) {
      assertEquals(0, run(command, "--help"), command);
    }
    assertTrue(out.toString().contains("--gold"));
  }

  @Test
  void noCommandIsAUsageError() {
    assertEquals(2, run());
    assertFalse(err.toString().isEmpty());
  }

  @Test
  void reportOnAFolderWithoutResultsIsAnInputError() {
    assertEquals(2, run("report", "no/such/out"));
    assertTrue(err.toString().startsWith("quotestance: output folder (articles/) not found"), err.toString());
  }
}
