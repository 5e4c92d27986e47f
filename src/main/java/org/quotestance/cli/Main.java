package org.quotestance.cli;

import java.io.PrintWriter;
import org.quotestance.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code quotestance} command: finds, attributes and labels quotations in news articles. */
@Command(
    name = "quotestance",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Finds quotations in news articles, attributes speakers, labels stance and compares outlets.",
    subcommands = {
      AnalyzeCommand.class,
      ReportCommand.class,
      EvaluateCommand.class,
      TrainStanceCommand.class,
      BenchCommand.class,
      BaselineCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (analyze, report, evaluate, train-stance, bench)");
  }

  public static void main(String[] args) {
    System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
  }

  /** The configured command line: usage errors and bad input exit 2 with one line, bugs exit 1. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof InputException) {
        commandLine.getErr().println("quotestance: " + ex.getMessage());
        return 2;
      }
      commandLine.getErr().println("quotestance: internal error: " + ex);
      ex.printStackTrace(commandLine.getErr());
      return 1;
    });
    return cl;
  }
}
