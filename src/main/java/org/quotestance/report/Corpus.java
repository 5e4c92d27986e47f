package org.quotestance.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.StanceLabel;

/**
 * What the report knows about one output folder: the analysed articles, the run's provenance and
 * the evaluation if one was run. Read by {@link OutputFolder}; the nested records are read-only
 * views of the JSON with only the fields the report uses. Missing metadata is {@code null} in the
 * package-private records and {@link Optional} at the public edges.
 *
 * @param articles every article file that could be read, sorted by id
 * @param run the run's provenance ({@link Run#present()} is false when run.json was missing)
 * @param evaluation the evaluation summary, if {@code evaluation.json} exists
 * @param unreadable article files that could not be parsed, with the reason
 */
record Corpus(
    List<Article> articles, Run run, Optional<Evaluation> evaluation, List<String> unreadable) {
  Corpus {
    articles = List.copyOf(articles);
    unreadable = List.copyOf(unreadable);
  }

  /** The outlet shown for articles whose outlet is unknown. */
  static final String UNKNOWN_OUTLET = "(unknown outlet)";

  record Article(
      String id,
      String source,
      String outlet,
      String date,
      String title,
      String url,
      long tokens,
      List<String> warnings,
      List<Term> terms,
      List<Quote> quotes) {
    Article {
      warnings = List.copyOf(warnings);
      terms = List.copyOf(terms);
      quotes = List.copyOf(quotes);
    }

    /**
     * The quotations, each counted once: a quotation written as several paragraph segments is
     * represented by its first segment (the one the others continue), whose stance it takes.
     */
    List<Quote> quotations() {
      Set<String> ids = quotes.stream().map(Quote::id).collect(Collectors.toSet());
      // a segment whose head is not in the file (edited or older output) counts as a quotation
      return quotes.stream().filter(q -> q.continues() == null || !ids.contains(q.continues())).toList();
    }
  }

  record Term(String term, String group, int inside, int outside) {}

  record Quote(
      String id,
      String text,
      int begin,
      int end,
      QuoteKind kind,
      Speaker speaker,
      StanceLabel stance,
      double confidence,
      List<Evidence> evidence,
      List<String> frames,
      String context,
      int contextBegin,
      String continues) {
    Quote {
      evidence = List.copyOf(evidence);
      frames = List.copyOf(frames);
    }
  }

  /**
   * {@code name} is null or {@code UNKNOWN} when the text does not name the speaker; a speaker it
   * only describes ({@code a Western diplomat}) keeps a person or organisation type and the
   * description as {@code role}. {@code camp} and {@code role} may be null.
   */
  record Speaker(String name, String type, String camp, String role) {
    /** Named in the text. */
    boolean named() {
      return attributed() && name != null && !name.isBlank() && !"UNKNOWN".equals(name);
    }

    /** Named or described: someone the text gives the quote to. */
    boolean attributed() {
      return type != null && !"unknown".equals(type);
    }

    /** The name; {@code (unnamed) <description>} for a described source; else {@code (unattributed)}. */
    String label() {
      if (named()) {
        return name.strip();
      }
      if (attributed() && role != null && !role.isBlank()) {
        return "(" + Analysis.UNNAMED + ") " + role.strip();
      }
      return "(" + Analysis.UNATTRIBUTED + ")";
    }
  }

  record Evidence(String feature, double weight, String text, List<Span> spans) {
    Evidence {
      spans = List.copyOf(spans);
    }
  }

  record Span(int begin, int end) {}

  /** Provenance from run.json; strings are null when absent. */
  record Run(
      boolean present,
      String toolName,
      String toolVersion,
      String toolCommit,
      String corenlp,
      String domainName,
      String domainPath,
      String domainVersion,
      String domainHash,
      Map<String, String> settings,
      String started,
      String finished,
      List<Input> inputs,
      Map<String, String> counts,
      List<Failure> failures,
      List<String> limitations,
      Map<String, Camp> camps) {
    Run {
      settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
      camps = Collections.unmodifiableMap(new LinkedHashMap<>(camps));
      inputs = List.copyOf(inputs);
      counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
      failures = List.copyOf(failures);
      limitations = List.copyOf(limitations);
    }
  }

  record Input(String source, String id, String sha256, String status, String message) {}

  /** A camp of the domain's actor registry, as run.json records it: its name and usual side. */
  record Camp(String name, String side) {}

  record Failure(String source, String reason) {}

  /** Scores of {@code ./quotestance evaluate}; a score is NaN when the file lacks it. */
  record Evaluation(
      String gold,
      double quotePrecision,
      double quoteRecall,
      double quoteF1,
      double speakerAccuracy,
      double stanceAccuracy,
      double stanceMacroF1,
      long quotesScored,
      boolean current) {}
}
