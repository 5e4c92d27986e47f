package org.quotestance;

/**
 * Bad input from the user: a missing or unreadable file, a malformed article or domain file. The
 * message names the file and the problem.
 */
public class InputException extends AnalyzerException {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
