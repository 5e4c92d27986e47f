package org.quotestance.speakers;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.quotestance.InputException;
import org.quotestance.model.SpeakerType;

/**
 * The domain's actors and camps, from {@code actors.json}, with look-up by any name, alias or
 * title (accent- and case-insensitive). Immutable and thread-safe once loaded.
 */
public final class ActorRegistry {
  private final List<Actor> actors;
  private final Map<String, Camp> camps;
  private final Map<String, Actor> byName;
  private final Map<String, Actor> byTitle;
  private final Map<String, Actor> byWholeTitle;
  private final CampCues cues;
  private final List<TitleTerm> terms;
  private final Map<List<Boolean>, ActorRegistry> dated = new ConcurrentHashMap<>();

  ActorRegistry(List<Actor> actors, List<Camp> camps) {
    this(actors, camps, CampCues.none(), List.of());
  }

  ActorRegistry(List<Actor> actors, List<Camp> camps, CampCues cues, List<TitleTerm> terms) {
    this(actors, camps, cues, terms, Optional.empty());
  }

  /** With the titles of the terms held on {@code date}, before every undated title. */
  private ActorRegistry(List<Actor> actors, List<Camp> camps, CampCues cues, List<TitleTerm> terms,
      Optional<LocalDate> date) {
    this.actors = List.copyOf(actors);
    this.cues = cues;
    this.terms = List.copyOf(terms);
    Map<String, Camp> campMap = new LinkedHashMap<>();
    camps.forEach(c -> campMap.put(c.id(), c));
    this.camps = Collections.unmodifiableMap(campMap); // in file order
    Map<String, Actor> names = new HashMap<>();
    Map<String, Actor> titles = new HashMap<>();
    Map<String, Actor> wholeTitles = new HashMap<>();
    for (Actor actor : actors) {
      names.put(NameKey.of(actor.name()), actor);
    }
    for (TitleTerm term : terms) {
      if (term.holds(date)) {
        addTitles(term.actor(), term.titles(), titles, wholeTitles);
      }
    }
    for (Actor actor : actors) {
      for (String alias : actor.aliases()) {
        names.putIfAbsent(NameKey.of(alias), actor);
      }
      addTitles(actor, actor.titles(), titles, wholeTitles);
    }
    this.byName = Map.copyOf(names);
    this.byTitle = Map.copyOf(titles);
    this.byWholeTitle = Map.copyOf(wholeTitles);
  }

  private static void addTitles(Actor actor, List<String> list, Map<String, Actor> titles, Map<String, Actor> wholeTitles) {
    for (String title : list) {
      titles.putIfAbsent(NameKey.bare(title), actor);
      wholeTitles.putIfAbsent(NameKey.of(title), actor);
    }
  }

  /**
   * This registry as of an article's date ({@code YYYY-MM-DD}; anything else counts as unknown):
   * titles held only for a time ({@link TitleTerm}) name whoever held them then.
   */
  public ActorRegistry on(String isoDate) {
    if (terms.isEmpty()) {
      return this;
    }
    Optional<LocalDate> date = parseDate(isoDate);
    return dated.computeIfAbsent(held(date), k -> new ActorRegistry(actors, List.copyOf(camps.values()), cues, terms, date));
  }

  /** Which title terms are held on the date, one character each ({@code 1} held, {@code 0} not), for cache keys. */
  public String termsHeld(String isoDate) {
    StringBuilder key = new StringBuilder();
    held(parseDate(isoDate)).forEach(h -> key.append(h ? '1' : '0'));
    return key.toString();
  }

  private List<Boolean> held(Optional<LocalDate> date) {
    return terms.stream().map(t -> t.holds(date)).toList();
  }

  private static Optional<LocalDate> parseDate(String isoDate) {
    try {
      return isoDate == null || isoDate.length() != 10 ? Optional.empty() : Optional.of(LocalDate.parse(isoDate));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** An empty registry: every speaker is named from the article alone. */
  public static ActorRegistry empty() {
    return new ActorRegistry(List.of(), List.of());
  }

  /** Reads {@code actors.json}; throws {@link InputException} naming the file on any problem. */
  public static ActorRegistry load(Path file) {
    try {
      JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
      List<Camp> camps = new ArrayList<>();
      for (JsonElement e : array(root, "camps")) {
        JsonObject c = e.getAsJsonObject();
        camps.add(new Camp(string(c, "id"), string(c, "name"), string(c, "side")));
      }
      List<Actor> actors = new ArrayList<>();
      List<TitleTerm> terms = new ArrayList<>();
      for (JsonElement e : array(root, "actors")) {
        Actor actor = actor(e.getAsJsonObject());
        actors.add(actor);
        for (JsonElement t : array(e.getAsJsonObject(), "titleTerms")) {
          terms.add(term(actor, t.getAsJsonObject()));
        }
      }
      CampCues cues = CampCues.read(root, camps.stream().map(Camp::id).collect(java.util.stream.Collectors.toSet()));
      return new ActorRegistry(actors, camps, cues, terms);
    } catch (NoSuchFileException e) {
      throw new InputException(
          file + ": not found; a domain folder needs actors.json (see the README's domain section)", e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read actor registry (" + e.getMessage() + ")", e);
    } catch (JsonParseException | IllegalStateException | IllegalArgumentException | ClassCastException
        | UnsupportedOperationException | DateTimeParseException e) {
      throw new InputException(file + ": malformed actor registry (" + e.getMessage() + ")", e);
    }
  }

  private static Actor actor(JsonObject o) {
    return new Actor(
        string(o, "name"),
        SpeakerType.fromLabel(string(o, "type")),
        string(o, "gender"),
        string(o, "role"),
        string(o, "camp"),
        strings(array(o, "aliases")),
        strings(array(o, "titles")));
  }

  private static TitleTerm term(Actor actor, JsonObject o) {
    return new TitleTerm(actor, day(o, "from"), day(o, "until"), strings(array(o, "titles")));
  }

  private static Optional<LocalDate> day(JsonObject o, String key) {
    String value = string(o, key);
    return value.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(value));
  }

  private static JsonArray array(JsonObject o, String key) {
    return o.has(key) && o.get(key).isJsonArray() ? o.getAsJsonArray(key) : new JsonArray();
  }

  private static List<String> strings(JsonArray array) {
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(e.getAsString()));
    return out;
  }

  private static String string(JsonObject o, String key) {
    return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : "";
  }

  public List<Actor> actors() {
    return actors;
  }

  public Map<String, Camp> camps() {
    return camps;
  }

  /** The words that tell a speaker's camp from a description (see {@link CampInference}). */
  public CampCues cues() {
    return cues;
  }

  /** The actor with this exact name or alias (folded), ignoring a leading article or honorific. */
  public Optional<Actor> byName(String name) {
    Actor actor = byName.get(NameKey.of(name));
    return Optional.ofNullable(actor != null ? actor : byName.get(NameKey.bare(name)));
  }

  /**
   * The actor a name written on its own denotes: its name or alias, else an alias that is the name
   * after {@code the} ({@code Supreme Court} → the alias {@code the Supreme Court}). Only for a
   * whole name as the text writes it: a name with a qualifier ({@code US Supreme Court}) is another
   * name.
   */
  public Optional<Actor> byStandaloneName(String name) {
    Optional<Actor> actor = byName(name);
    return actor.isPresent() ? actor : Optional.ofNullable(byName.get("the " + NameKey.bare(name)));
  }

  /**
   * The country a word names or describes, as the registry records countries speaking through
   * their governments: {@code Russia}, or {@code Russian} from the alias {@code Russian government}.
   */
  public Optional<Actor> country(String word) {
    return byName(word).or(() -> byName(word + " government"))
        .filter(a -> a.role().toLowerCase(Locale.ROOT).contains("speaking through its government"));
  }

  /** The actor a role description denotes ({@code "the US secretary of state"}), if unambiguous. */
  public Optional<Actor> byTitle(String description) {
    return Optional.ofNullable(byTitle.get(NameKey.bare(description)));
  }

  /**
   * The longest run of consecutive words in {@code words} that names an actor, as {@code [from,
   * to)} indexes into {@code words}, or empty.
   */
  public Optional<Match> longestIn(List<String> words) {
    for (int length = Math.min(words.size(), 12); length >= 1; length--) {
      for (int from = words.size() - length; from >= 0; from--) {
        String key = String.join(" ", words.subList(from, from + length));
        Actor actor = byName.get(key);
        if (actor == null && length > 1) {
          actor = byTitle.get(key);
        }
        if (actor != null) {
          return Optional.of(new Match(actor, from, from + length, byName.get(key) == null));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Every name, alias and title (of two words or more, as written in the registry: {@code president
   * of cuba}, never its tail {@code of cuba}) in {@code words}, longest first, without overlaps, in
   * text order.
   */
  public List<Match> allIn(List<String> words) {
    List<Match> found = new ArrayList<>();
    boolean[] taken = new boolean[words.size()];
    for (int length = Math.min(words.size(), 12); length >= 1; length--) {
      for (int from = 0; from + length <= words.size(); from++) {
        if (free(taken, from, from + length)) {
          String key = String.join(" ", words.subList(from, from + length));
          Actor actor = byName.get(key);
          boolean title = actor == null && length > 1;
          if (title) {
            actor = byWholeTitle.get(key);
          }
          if (actor != null) {
            found.add(new Match(actor, from, from + length, title));
            java.util.Arrays.fill(taken, from, from + length, true);
          }
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(Match::from));
    return found;
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A registry hit inside a word list.
   *
   * @param actor the actor named
   * @param from index of its first word
   * @param to index one past its last word
   * @param title whether the words are one of the actor's titles ({@code maduro 's foreign
   *     minister}) rather than a name or alias
   */
  public record Match(Actor actor, int from, int to, boolean title) {}
}
