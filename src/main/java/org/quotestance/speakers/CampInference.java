package org.quotestance.speakers;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quotestance.model.CampSource;
import org.quotestance.model.Speaker;

/**
 * Infers an unregistered speaker's camp from the article's description of the speaker ({@link
 * Speaker#role()}), with the registry's actors and the {@link CampCues} of {@code actors.json}:
 *
 * <ul>
 *   <li>a camp word ({@code opposition deputy}, {@code chavista}, {@code pro-government}) gives its
 *       camp;
 *   <li>a registered actor's title that heads the description ({@code the new Venezuelan foreign
 *       minister}) gives that actor's camp;
 *   <li>a registered actor named in the description gives the actor's camp when affiliation words
 *       tie the speaker to it: a phrase right before the name when the name ends its noun phrase
 *       ({@code a spokesman for the Venezuelan Foreign Ministry}, {@code appointed by Juan Guaidó},
 *       up to three modifiers between; not {@code head of the Caracas chamber of commerce}) or a
 *       noun right after the name or its {@code 's} ({@code a senior State Department official},
 *       {@code Maduro's foreign minister}, up to two modifiers between). An actor named without
 *       such words ({@code an analyst in Caracas}) gives nothing.
 * </ul>
 *
 * It is conservative: an adversarial word anywhere in the description ({@code a critic of
 * Maduro}, {@code sanctioned by}, {@code fled}, {@code former}) stops all inference, and
 * descriptions that point to two camps give none. Immutable and thread-safe.
 */
public final class CampInference {
  /** Words that cannot stand between an affiliation phrase and the actor it ties to. */
  private static final Set<String> LINKS = Set.of("in", "at", "to", "from", "of", "for", "by", "with", "on", "and",
      "or", "but", "who", "which", "that", "whose", "as", "than", "into", "about", "after", "before", "under",
      "over", "near", "between", "now", "is", "was", "are", "were", "has", "had", "have", "be", "been", "'s");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final int MAX_BEFORE_GAP = 3;
  private static final int MAX_AFTER_GAP = 2;

  private final ActorRegistry registry;
  private final CampCues cues;

  public CampInference(ActorRegistry registry) {
    this.registry = registry;
    this.cues = registry.cues();
  }

  /**
   * {@code speaker} with the camp its description gives, marked {@link CampSource#DESCRIPTION};
   * unchanged when it is unknown, already has a camp, or its description gives none.
   */
  public Speaker withDescribedCamp(Speaker speaker) {
    if (!speaker.isKnown() || !speaker.camp().isEmpty()) {
      return speaker;
    }
    return campOf(speaker.role()).map(c -> speaker.withCamp(c, CampSource.DESCRIPTION)).orElse(speaker);
  }

  /** The one camp {@code description} gives, or empty (none, two or more, or adversarial wording). */
  public Optional<String> campOf(String description) {
    List<String> words = NameKey.words(description == null ? "" : description);
    if (words.isEmpty() || cues.adversarial().stream().anyMatch(p -> p.occursIn(words))) {
      return Optional.empty();
    }
    Set<String> camps = new TreeSet<>();
    boolean[] campWord = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      for (CampCues.CampWord w : cues.words()) {
        int n = w.phrase().matchAt(words, i);
        if (n > 0) {
          camps.add(w.camp());
          java.util.Arrays.fill(campWord, i, i + n, true);
        }
      }
    }
    List<ActorRegistry.Match> actors = registry.allIn(words);
    boolean[] actorWord = new boolean[words.size()];
    actors.forEach(m -> java.util.Arrays.fill(actorWord, m.from(), m.to(), true));
    for (ActorRegistry.Match m : actors) {
      boolean possessed = m.from() > 0 && words.get(m.from() - 1).equals("'s");
      boolean tied = (m.title() && heads(words, m.from(), actorWord))
          || (tiedBefore(words, m.from(), actorWord) && endsPhrase(words, m.to(), actorWord))
          || tiedAfter(words, m.to(), campWord);
      if (!m.actor().camp().isEmpty() && !possessed && tied) {
        camps.add(m.actor().camp());
      }
    }
    return camps.size() == 1 ? Optional.of(camps.iterator().next()) : Optional.empty();
  }

  /**
   * Whether the name ends its noun phrase, so that it is what a phrase before it is about: {@code
   * head of the Caracas chamber of commerce} is not about Caracas, nor {@code a spokesman for
   * Venezuela's bishops} about Venezuela.
   */
  private boolean endsPhrase(List<String> words, int to, boolean[] actorWord) {
    if (to == words.size()) {
      return true;
    }
    String next = words.get(to);
    // "a spokesman for Venezuela's Catholic bishops" speaks for the bishops, not for Venezuela.
    return actorWord[to] || (LINKS.contains(next) && !next.equals("'s"))
        || cues.after().stream().anyMatch(p -> p.matchAt(words, to) > 0);
  }

  /** An affiliation phrase ends just before the name, or before articles and a few modifiers. */
  private boolean tiedBefore(List<String> words, int from, boolean[] actorWord) {
    for (int gap = 0; gap <= MAX_BEFORE_GAP + 1 && from - gap >= 0; gap++) {
      int end = from - gap;
      if (gap > 0 && !modifier(words.get(end), actorWord[end]) && !ARTICLES.contains(words.get(end))) {
        return false;
      }
      for (CuePhrase p : cues.before()) {
        int start = end - p.words().size();
        if (start >= 0 && p.matchAt(words, start) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A title opens the description, after articles and modifiers only: the speaker holds a post of
   * the titled actor's side ({@code Maduro's foreign minister}, said of a newly appointed one), not
   * {@code who met the Russian president}.
   */
  private static boolean heads(List<String> words, int from, boolean[] actorWord) {
    for (int i = 0; i < from; i++) {
      if (!modifier(words.get(i), actorWord[i]) && !ARTICLES.contains(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An affiliation noun follows the name, or its {@code 's}, after at most a few modifiers, which
   * may name another actor ({@code the UN's Caracas office}) but not a camp word.
   */
  private boolean tiedAfter(List<String> words, int to, boolean[] campWord) {
    int start = to < words.size() && words.get(to).equals("'s") ? to + 1 : to;
    for (int at = start; at < words.size() && at - start <= MAX_AFTER_GAP; at++) {
      for (CuePhrase p : cues.after()) {
        if (p.matchAt(words, at) > 0) {
          return true;
        }
      }
      if (!modifier(words.get(at), false) || campWord[at]) {
        // "Venezuela's opposition leader": the camp word, not the country, tells the camp.
        return false;
      }
    }
    return false;
  }

  private static boolean modifier(String word, boolean actor) {
    return !actor && !LINKS.contains(word) && !ARTICLES.contains(word);
  }
}
