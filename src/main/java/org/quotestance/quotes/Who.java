package org.quotestance.quotes;

import java.util.Optional;
import org.quotestance.model.Mention;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
import org.quotestance.speakers.Actor;

/**
 * A resolved speaker before it becomes a {@link Speaker}: canonical name, type, registry entry,
 * role, the mention that named it for this quote, and how it was resolved.
 */
record Who(String name, SpeakerType type, Optional<Actor> actor, String role, Mention mention, String how) {
  Speaker toSpeaker(String method, String verb) {
    String camp = actor.map(Actor::camp).orElse("");
    String fullRole = actor.map(Actor::role).filter(r -> !r.isEmpty()).orElse(role);
    return new Speaker(name, type, camp, fullRole, Optional.of(mention), method + ":" + how, verb);
  }

}
