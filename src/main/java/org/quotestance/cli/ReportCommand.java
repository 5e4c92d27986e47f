package org.quotestance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quotestance.report.ReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report OUT_DIR}: re-renders report.html from the JSON results alone. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Re-render report.html and its tables from an output folder's JSON, without CoreNLP.")
final class ReportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "OUT_DIR", description = "An output folder written by analyze.")
  Path outDir;

  @Override
  public Integer call() {
    Paths.requireExists(outDir.resolve("articles"), "output folder (articles/)");
    ReportRenderer.render(outDir);
    spec.commandLine().getOut().println("Wrote " + outDir.resolve(ReportRenderer.REPORT_FILE));
    return 0;
  }
}
