package org.quotestance.quotes;

import java.util.Optional;
import org.quotestance.model.CharSpan;
import org.quotestance.model.SpeakerType;
import org.quotestance.speakers.Actor;

/**
 * A name or subject pronoun in the writer's text (never inside a quote) that could be a speaker.
 *
 * @param first index of its first token
 * @param end index one past its last token
 * @param span its characters
 * @param text the words as written
 * @param type person or organisation (countries and cities speak for their governments)
 * @param gender male, female, neuter or empty; male? or female? when guessed from a first name's ending
 * @param actor the registry entry it names, if any
 * @param pronoun whether it is a pronoun to be resolved
 * @param sentence index of its sentence
 * @param role a role written next to the name ({@code "the US secretary of state"}), or empty
 * @param place whether CoreNLP tagged it a location that no registry entry names (a place may
 *     speak for its government, but an organisation noun should not resolve to it)
 */
record EntityMention(
    int first,
    int end,
    CharSpan span,
    String text,
    SpeakerType type,
    String gender,
    Optional<Actor> actor,
    boolean pronoun,
    int sentence,
    String role,
    boolean place) {
  /** The same words, not linked to any registry actor (whose gender they no longer carry). */
  EntityMention unlinked() {
    return new EntityMention(first, end, span, text, type, "", Optional.empty(), pronoun, sentence, role, place);
  }

  EntityMention withRole(String newRole) {
    return new EntityMention(first, end, span, text, type, gender, actor, pronoun, sentence, newRole, place);
  }
}
