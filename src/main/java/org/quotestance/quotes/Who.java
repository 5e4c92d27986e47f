package org.quotestance.quotes;

import java.util.Optional;
import java.util.Set;
import org.quotestance.model.Mention;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
import org.quotestance.speakers.Actor;

/**
 * A resolved speaker before it becomes a {@link Speaker}: canonical name, type, registry entry,
 * role, the mention that named it for this quote, and how it was resolved.
 */
record Who(String name, SpeakerType type, Optional<Actor> actor, String role, Mention mention, String how) {
  /**
   * The name of a source the writer does not name: a person (see {@link Anonymity}) or a group
   * ({@code a rights group}); shown as unknown.
   */
  static final String UNNAMED = "unnamed source";

  /**
   * A person the writer describes but does not name ({@code an executive at a trading house in
   * Caracas}): unknown, with the description, its article dropped, as role.
   */
  static Who unnamed(String description, Mention mention) {
    String described = description.replaceFirst("^(?i)(a|an|the)\\s+", "");
    return new Who(UNNAMED, SpeakerType.PERSON, Optional.empty(), described, mention, "description");
  }

  Speaker toSpeaker(String method, String verb) {
    String camp = actor.map(Actor::camp).orElse("");
    if (how.equals("spokesperson")) {
      // An unnamed spokesperson: who spoke is unknown; the institution stays as role and camp.
      return new Speaker(Speaker.UNKNOWN_NAME, SpeakerType.PERSON, camp, mention.text(), Optional.of(mention),
          method + ":" + how, verb);
    }
    String fullRole = actor.map(Actor::role).filter(r -> !r.isEmpty()).orElse(role);
    String shown = anonymous() ? Speaker.UNKNOWN_NAME : name;
    return new Speaker(shown, type, camp, fullRole, Optional.of(mention), method + ":" + how, verb);
  }

  /** Singular nouns for a group of people, who speak together: {@code the Russian mission}. */
  private static final Set<String> GROUPS =
      Set.of("delegation", "mission", "team", "staff", "family", "panel", "crowd", "crew", "side");

  /**
   * One person the article describes but never names ({@code a Western diplomat}, {@code the
   * official}, {@code a senior State Department official}, {@code a Vatican spokesman}): the text
   * does not say who spoke, so the name is unknown and the description stays the role. So is a
   * group the text does not name ({@link Who#UNNAMED}: {@code a rights group}, {@code one of the
   * women}), however it is referred to later. Groups whose country is named ({@code US officials}),
   * organisations and names the parser took for a description keep the description as their name.
   * (An unnamed spokesperson resolved to a registered institution is unknown too, keeping the
   * institution's camp: see {@link #toSpeaker}.)
   */
  boolean anonymous() {
    if (name.equals(UNNAMED)) {
      return true; // also when a pronoun, role or document points back to an unnamed source
    }
    if (!how.equals("description") || type != SpeakerType.PERSON) {
      return false;
    }
    String last = name.strip().replaceFirst("^.*\\s", "");
    // "a Department of Homeland Security spokesperson": the spokesperson, not the department
    String head = RoleNouns.SPOKES.contains(last) ? last
        : name.strip().replaceFirst("\\s+(in|at|from|of|for|with|on)\\s.*$", "").replaceFirst("^.*\\s", "");
    if (head.isEmpty() || !Character.isLowerCase(head.codePointAt(0)) || GROUPS.contains(head)) {
      return false;
    }
    return true;
  }
}
