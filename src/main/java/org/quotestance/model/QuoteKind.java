package org.quotestance.model;

/** How a quotation appears in the text. */
public enum QuoteKind {
  /** A full sentence or more between quotation marks. */
  DIRECT("direct"),
  /** A quoted fragment inside the writer's own sentence. */
  PARTIAL("partial"),
  /** Reported speech without quotation marks ({@code X said that ...}). */
  INDIRECT("indirect"),
  /** A post or statement reproduced without marks (an embedded tweet). */
  EMBEDDED("embedded");

  private final String label;

  QuoteKind(String label) {
    this.label = label;
  }

  /** The name used in JSON and CSV output. */
  public String label() {
    return label;
  }

  /** The kind whose {@link #label()} is {@code label}. */
  public static QuoteKind fromLabel(String label) {
    for (QuoteKind kind : values()) {
      if (kind.label.equalsIgnoreCase(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown quote kind: " + label);
  }
}
