package org.quotestance.speakers;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code actors.json} that tell a speaker's camp from the article's description of
 * the speaker (see {@link CampInference}). All optional; an empty set infers nothing.
 *
 * @param words camp words: phrases that name a camp by themselves ({@code "opposition
 *     lawmaker*"}, {@code "chavista*"}), from the {@code campWords} section
 * @param before phrases that tie the speaker to the actor named right after them ({@code
 *     "spokesman for"}, {@code "appointed by"}), from {@code affiliation.before}
 * @param after nouns that tie the speaker to the actor named right before them, or before its
 *     {@code 's} ({@code "official*"}: {@code State Department official}, {@code Maduro's foreign
 *     minister}), from {@code affiliation.after}
 * @param adversarial words that, anywhere in a description, stop any inference ({@code
 *     "critic*"}, {@code "sanctioned by"}, {@code "former"}), from {@code affiliation.adversarial}
 */
public record CampCues(List<CampWord> words, List<CuePhrase> before, List<CuePhrase> after, List<CuePhrase> adversarial) {
  /** A phrase that names a camp. */
  public record CampWord(CuePhrase phrase, String camp) {}

  public CampCues {
    words = List.copyOf(words);
    before = List.copyOf(before);
    after = List.copyOf(after);
    adversarial = List.copyOf(adversarial);
  }

  /** No cues: no camp is inferred from descriptions. */
  public static CampCues none() {
    return new CampCues(List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Reads the optional {@code campWords} ({@code {"camp-id": ["phrase", …]}}) and {@code
   * affiliation} ({@code {"before": […], "after": […], "adversarial": […]}}) sections of the
   * registry's JSON. Throws IllegalArgumentException for a camp id not in {@code campIds} or an
   * empty phrase.
   */
  static CampCues read(JsonObject root, Set<String> campIds) {
    List<CampWord> words = new ArrayList<>();
    if (root.has("campWords")) {
      for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("campWords").entrySet()) {
        if (!campIds.contains(e.getKey())) {
          throw new IllegalArgumentException("campWords: unknown camp '" + e.getKey() + "'");
        }
        for (CuePhrase p : phrases(e.getValue().getAsJsonArray())) {
          words.add(new CampWord(p, e.getKey()));
        }
      }
    }
    JsonObject affiliation = root.has("affiliation") ? root.getAsJsonObject("affiliation") : new JsonObject();
    return new CampCues(words, list(affiliation, "before"), list(affiliation, "after"), list(affiliation, "adversarial"));
  }

  private static List<CuePhrase> list(JsonObject o, String key) {
    return o.has(key) ? phrases(o.getAsJsonArray(key)) : List.of();
  }

  private static List<CuePhrase> phrases(JsonArray array) {
    List<CuePhrase> out = new ArrayList<>();
    array.forEach(e -> out.add(CuePhrase.parse(e.getAsString())));
    return out;
  }
}
