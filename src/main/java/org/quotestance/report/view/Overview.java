package org.quotestance.report.view;

import java.util.List;

/**
 * The overview section.
 *
 * @param facts corpus size, outlets, dates, named-speaker share
 * @param kinds quotes by kind
 * @param outlets outlet names with their article and quote counts
 * @param evaluation validated accuracy, empty when not evaluated
 * @param evaluationNote what the accuracy numbers mean, or how to obtain them
 * @param problems problems reading the folder (unreadable files), empty when none
 */
public record Overview(
    List<Fact> facts,
    DataTable kinds,
    DataTable outlets,
    List<Fact> evaluation,
    String evaluationNote,
    List<String> problems) {
  public Overview {
    facts = List.copyOf(facts);
    evaluation = List.copyOf(evaluation);
    problems = List.copyOf(problems);
  }

  /** True when evaluation.json was present. */
  public boolean validated() {
    return !evaluation.isEmpty();
  }
}
