package org.quotestance.model;

/** Whether a speaker is a person, an organisation (a government counts), or not known. */
public enum SpeakerType {
  PERSON("person"),
  ORGANIZATION("organization"),
  UNKNOWN("unknown");

  private final String label;

  SpeakerType(String label) {
    this.label = label;
  }

  /** The name used in JSON and CSV output. */
  public String label() {
    return label;
  }

  /** The type whose {@link #label()} is {@code label}. */
  public static SpeakerType fromLabel(String label) {
    for (SpeakerType type : values()) {
      if (type.label.equalsIgnoreCase(label)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown speaker type: " + label);
  }
}
