package org.quotestance.report.view;

import java.util.List;

/**
 * Methods and provenance.
 *
 * @param provenance tool, CoreNLP, domain, run times, counts
 * @param settings the run's settings as given in run.json
 * @param inputs input files with status and SHA-256
 * @param labels the three stance labels with short definitions
 * @param statistics how the report's statistics are computed
 * @param calibration how confidence is calibrated
 * @param limitations known limitations
 * @param failures failed inputs with their reason
 */
public record Methods(
    List<Fact> provenance,
    List<Fact> settings,
    DataTable inputs,
    List<Fact> labels,
    List<Fact> statistics,
    String calibration,
    List<String> limitations,
    List<String> failures) {
  public Methods {
    provenance = List.copyOf(provenance);
    settings = List.copyOf(settings);
    labels = List.copyOf(labels);
    statistics = List.copyOf(statistics);
    limitations = List.copyOf(limitations);
    failures = List.copyOf(failures);
  }
}
