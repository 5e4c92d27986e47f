package org.quotestance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.quotestance.eval.EvaluationResult;
import org.quotestance.eval.Evaluator;
import org.quotestance.internal.AtomicFiles;
import org.quotestance.internal.Hashes;
import org.quotestance.stance.StanceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evaluate OUT_DIR --gold GOLD}: scores an output folder against annotated quotes. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score an output folder against gold quotes: quote P/R/F1, speaker accuracy, stance with baselines. "
        + "Writes OUT_DIR/evaluation.json.")
final class EvaluateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "OUT_DIR", description = "An output folder written by analyze.")
  Path outDir;

  @Option(names = "--gold", required = true, paramLabel = "GOLD", description = "Gold file (format of seeds-gold.json).")
  Path gold;

  @Option(names = "--domain", paramLabel = "DIR", description = "Domain folder for the stance baselines (default: models/venezuela-2019).")
  Path domain;

  @Option(names = {"-v", "--verbose"}, description = "List every miss, extra, wrong speaker and wrong stance.")
  boolean verbose;

  @Override
  public Integer call() {
    Paths.requireExists(gold, "gold file");
    Paths.requireExists(outDir, "output folder");
    Optional<StanceModel> model = Optional.of(StanceModel.load(Paths.domain(domain)));
    EvaluationResult result = Evaluator.evaluate(gold, outDir, model);
    spec.commandLine().getOut().print(result.format(verbose));
    Path runFile = outDir.resolve("run.json");
    String runSha256 = Files.isRegularFile(runFile) ? Hashes.sha256(runFile) : null;
    AtomicFiles.write(outDir.resolve("evaluation.json"), result.toJson(runSha256));
    spec.commandLine().getOut().println("Wrote " + outDir.resolve("evaluation.json"));
    return 0;
  }
}
