package org.quotestance.corpus;

import java.util.Objects;

/**
 * One record of a multi-record file ({@code .json} array or {@code .jsonl}) that could not be
 * loaded while the file's other records were.
 *
 * @param source the file, as the user gave it
 * @param number 1-based line number ({@code .jsonl}) or record number ({@code .json} array)
 * @param message names the file, the line or record and the problem, e.g. {@code "a.jsonl: line 3:
 *     bad JSON (…)"}
 */
public record RecordFailure(String source, int number, String message) {
  public RecordFailure {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1, got " + number);
    }
  }
}
