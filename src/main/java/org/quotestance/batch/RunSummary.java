package org.quotestance.batch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of a batch run.
 *
 * @param outDir the output folder
 * @param inputs every input with its status, in input order
 * @param quotes quote segments written in all analysed articles (rows of quotes.csv)
 * @param quotations quotations among them: a quotation over several paragraphs is one segment
 *     per paragraph
 * @param tokens tokens in all analysed articles
 * @param started when the run started
 * @param finished when it ended
 */
public record RunSummary(Path outDir, List<InputStatus> inputs, int quotes, int quotations, long tokens, Instant started, Instant finished) {
  public RunSummary {
    inputs = List.copyOf(inputs);
  }

  public long count(String status) {
    return inputs.stream().filter(i -> i.status().equals(status)).count();
  }

  public List<InputStatus> failures() {
    return inputs.stream().filter(InputStatus::failed).toList();
  }
}
