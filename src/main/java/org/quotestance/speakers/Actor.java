package org.quotestance.speakers;

import java.util.List;
import java.util.Objects;
import org.quotestance.model.SpeakerType;

/**
 * One entry of the actor registry: a person or organisation of the domain.
 *
 * @param name canonical name
 * @param type person or organisation
 * @param gender {@code male}, {@code female} or {@code neuter}
 * @param role what the actor is ({@code "US Secretary of State"})
 * @param camp camp id
 * @param aliases other names the text may use
 * @param titles lower-case role descriptions that denote this actor
 */
public record Actor(
    String name,
    SpeakerType type,
    String gender,
    String role,
    String camp,
    List<String> aliases,
    List<String> titles) {
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    gender = gender == null ? "" : gender;
    role = role == null ? "" : role;
    camp = camp == null ? "" : camp;
    aliases = List.copyOf(aliases);
    titles = List.copyOf(titles);
  }
}
