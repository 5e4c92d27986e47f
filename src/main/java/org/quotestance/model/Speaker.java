package org.quotestance.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who said a quotation. An unknown speaker has name {@code "UNKNOWN"}, type {@link
 * SpeakerType#UNKNOWN} and no mention. A person the article describes but never names (an
 * anonymous source: {@code a Western diplomat}) also has name {@code "UNKNOWN"}, as the annotation
 * guideline asks, but keeps type {@link SpeakerType#PERSON}, the description as {@code role} and
 * its mention (the method ends in {@code :description} unless a carry-over rule such as {@code
 * continuation} decided): tell them apart by {@code isKnown() && !isNamed()}.
 *
 * @param name canonical name ({@code "Mike Pompeo"}); the actor registry's name when the speaker
 *     is registered, else the longest name of the same entity in the article
 * @param type person, organisation or unknown
 * @param camp the speaker's camp ({@code "us-government"}), or empty when not known
 * @param campSource where {@code camp} came from: the registry, the article's description of the
 *     speaker, or {@link CampSource#NONE} exactly when {@code camp} is empty
 * @param role the registry's role or the article's description ({@code "US secretary of state"}),
 *     or empty
 * @param mention where the text names the speaker for this quote, if anywhere
 * @param method the attribution rule that decided, e.g. {@code "same-sentence:said-X"}
 * @param verb the reporting verb's lemma ({@code "say"}, {@code "tweet"}), or empty
 */
public record Speaker(
    String name,
    SpeakerType type,
    String camp,
    CampSource campSource,
    String role,
    Optional<Mention> mention,
    String method,
    String verb) {
  public static final String UNKNOWN_NAME = "UNKNOWN";

  public Speaker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    camp = camp == null ? "" : camp;
    if (camp.isEmpty()) {
      campSource = CampSource.NONE;
    } else if (campSource == null || campSource == CampSource.NONE) {
      throw new IllegalArgumentException("campSource: a camp needs a source (" + camp + ")");
    }
    role = role == null ? "" : role;
    mention = mention == null ? Optional.empty() : mention;
    method = method == null ? "" : method;
    verb = verb == null ? "" : verb;
  }

  /** A speaker whose camp, if any, comes from the actor registry. */
  public Speaker(String name, SpeakerType type, String camp, String role, Optional<Mention> mention, String method,
      String verb) {
    this(name, type, camp, CampSource.REGISTRY, role, mention, method, verb);
  }

  /** The unknown speaker, with the rule that gave up ({@code "none"} when no rule ran). */
  public static Speaker unknown(String method) {
    return new Speaker(UNKNOWN_NAME, SpeakerType.UNKNOWN, "", "", Optional.empty(), method, "");
  }

  /** This speaker with another camp and its source. */
  public Speaker withCamp(String newCamp, CampSource source) {
    return new Speaker(name, type, newCamp, source, role, mention, method, verb);
  }

  /** This speaker with another attribution rule. */
  public Speaker withMethod(String newMethod) {
    return new Speaker(name, type, camp, campSource, role, mention, newMethod, verb);
  }

  /** Named or described: the text gives the quote to someone. */
  public boolean isKnown() {
    return type != SpeakerType.UNKNOWN;
  }

  /** Named in the text (not unknown, not an anonymous description). */
  public boolean isNamed() {
    return isKnown() && !name.equals(UNKNOWN_NAME);
  }
}
