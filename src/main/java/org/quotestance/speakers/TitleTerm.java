package org.quotestance.speakers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Titles an actor holds only for a time: {@code argentina's president} is Mauricio Macri until 10
 * December 2019 and Alberto Fernández from then. From {@code titleTerms} in {@code actors.json}.
 *
 * @param actor who holds the titles
 * @param from first day they hold them, or empty (since before the conflict's news)
 * @param until first day they no longer hold them, or empty (still)
 * @param titles lower-case role phrases, as {@link Actor#titles()}
 */
public record TitleTerm(Actor actor, Optional<LocalDate> from, Optional<LocalDate> until, List<String> titles) {
  public TitleTerm {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    titles = List.copyOf(titles);
    if (from.isEmpty() && until.isEmpty()) {
      throw new IllegalArgumentException("a title term of " + actor.name() + " needs \"from\" or \"until\"");
    }
    if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
      throw new IllegalArgumentException("a title term of " + actor.name() + " ends before it starts");
    }
  }

  /**
   * Whether the titles are the actor's on {@code date}. When the article's date is unknown, a term
   * that ends applies and one that starts does not: the registry describes the conflict as it began.
   */
  public boolean holds(Optional<LocalDate> date) {
    if (date.isEmpty()) {
      return from.isEmpty();
    }
    LocalDate d = date.get();
    return from.map(f -> !d.isBefore(f)).orElse(true) && until.map(d::isBefore).orElse(true);
  }
}
