package org.quotestance.model;

/**
 * Where a speaker's camp came from: the actor registry (the speaker is a registered actor), the
 * article's description of the speaker ({@code "opposition deputy"}, {@code "a spokesman for the
 * Venezuelan Foreign Ministry"}), or nowhere (no camp).
 */
public enum CampSource {
  NONE(""),
  REGISTRY("registry"),
  DESCRIPTION("description");

  private final String label;

  CampSource(String label) {
    this.label = label;
  }

  /** The name used in JSON and CSV output; empty for {@link #NONE}. */
  public String label() {
    return label;
  }

  /** The source whose {@link #label()} is {@code label}; an empty or null label is {@link #NONE}. */
  public static CampSource fromLabel(String label) {
    for (CampSource source : values()) {
      if (source.label.equalsIgnoreCase(label == null ? "" : label)) {
        return source;
      }
    }
    throw new IllegalArgumentException("unknown camp source: " + label);
  }
}
