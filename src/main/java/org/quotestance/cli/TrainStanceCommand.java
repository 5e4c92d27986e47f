package org.quotestance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quotestance.stance.StanceTrainer;
import org.quotestance.stance.TrainingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train-stance}: rebuilds the domain's stance model and prints cross-validated scores. */
@Command(name = "train-stance", mixinStandardHelpOptions = true,
    description = "Retrain the stance classifier from DIR/stance-train.tsv (deterministic) and print 10-fold CV scores.")
final class TrainStanceCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--domain", paramLabel = "DIR", description = "Domain folder (default: models/venezuela-2019).")
  Path domain;

  @Override
  public Integer call() {
    Path dir = Paths.domain(domain);
    TrainingReport report = StanceTrainer.train(dir);
    spec.commandLine().getOut().println(report.format());
    spec.commandLine().getOut().println("Wrote " + dir.resolve("stance-model.json"));
    return 0;
  }
}
