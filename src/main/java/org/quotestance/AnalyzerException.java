package org.quotestance;

/** Base of every unchecked error Quotestance throws. */
public class AnalyzerException extends RuntimeException {
  public AnalyzerException(String message) {
    super(message);
  }

  public AnalyzerException(String message, Throwable cause) {
    super(message, cause);
  }
}
