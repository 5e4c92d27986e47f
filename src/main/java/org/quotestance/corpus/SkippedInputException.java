package org.quotestance.corpus;

import org.quotestance.InputException;

/**
 * An input file that was deliberately not read, such as one over the size limit. A batch run counts
 * it as skipped rather than failed; the message names the file and the reason.
 */
public class SkippedInputException extends InputException {
  public SkippedInputException(String message) {
    super(message);
  }
}
