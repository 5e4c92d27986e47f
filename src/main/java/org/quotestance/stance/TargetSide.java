package org.quotestance.stance;

import org.quotestance.model.StanceLabel;

/**
 * What a target pattern names: Maduro's side, Guaidó's side, or foreign intervention (sanctions,
 * military threats, the aid operation). Criticism of a side supports the other one.
 */
enum TargetSide {
  MADURO_SIDE("maduro-side"),
  GUAIDO_SIDE("guaido-side"),
  INTERVENTION("intervention");

  private final String id;

  TargetSide(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  /** The side named {@code id}, or null. */
  static TargetSide fromId(String id) {
    for (TargetSide side : values()) {
      if (side.id.equalsIgnoreCase(id.strip())) {
        return side;
      }
    }
    return null;
  }

  /**
   * The stance an evaluation of this side expresses: attacking Maduro's side or praising Guaidó's
   * side or the pressure is pro-Guaidó; the reverse is pro-Maduro.
   */
  StanceLabel stanceOf(boolean positive) {
    boolean proGuaido = (this == MADURO_SIDE) != positive;
    return proGuaido ? StanceLabel.PRO_GUAIDO : StanceLabel.PRO_MADURO;
  }
}
