package org.quotestance.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a predicted speaker name matches a gold speaker, by the rules of the shared scorer: a
 * person matches on the gold surname, an organisation on any shared content word (demonyms mapped
 * to countries, titles and function words ignored); UNKNOWN matches only UNKNOWN.
 */
final class SpeakerMatch {
  private static final Map<String, String> DEMONYM = Map.ofEntries(
      Map.entry("colombian", "colombia"), Map.entry("brazilian", "brazil"), Map.entry("cuban", "cuba"),
      Map.entry("venezuelan", "venezuela"), Map.entry("french", "france"), Map.entry("american", "us"),
      Map.entry("u.s.", "us"), Map.entry("usa", "us"), Map.entry("united", "us"), Map.entry("states", "us"),
      Map.entry("russian", "russia"), Map.entry("chinese", "china"), Map.entry("european", "eu"),
      Map.entry("eu's", "eu"), Map.entry("mexican", "mexico"), Map.entry("british", "uk"),
      Map.entry("spanish", "spain"), Map.entry("german", "germany"), Map.entry("canadian", "canada"),
      Map.entry("turkish", "turkey"));
  private static final Set<String> STOP = Set.of("the", "of", "a", "an", "mr", "mrs", "ms", "dr", "president",
      "senator", "sen", "rep", "secretary", "minister", "said", "and", "s", "'s", "government", "official",
      "officials", "spokesman", "spokeswoman", "state", "foreign", "interim", "leader", "vice", "us");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z.']*");

  private SpeakerMatch() {}

  static boolean matches(String goldName, List<String> aliases, String goldType, String predicted) {
    List<String> names = new ArrayList<>();
    names.add(goldName);
    names.addAll(aliases);
    for (String g : names) {
      if (unknown(g)) {
        if (unknown(predicted)) {
          return true;
        }
        continue;
      }
      if (unknown(predicted)) {
        continue;
      }
      Set<String> pt = tokens(predicted);
      if ("person".equals(goldType)) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[a-z]+").matcher(plain(g));
        while (m.find()) {
          if (!STOP.contains(m.group())) {
            words.add(m.group());
          }
        }
        if (!words.isEmpty() && pt.contains(words.get(words.size() - 1))) {
          return true;
        }
      } else {
        Set<String> gt = tokens(g);
        if (gt.isEmpty()) {
          // Deviation from the shared scorer: a name made only of ignored words ("United States"
          // becomes "us", which is ignored) could never match there; here it matches itself.
          if (Normalize.text(g).equals(Normalize.text(predicted))) {
            return true;
          }
          continue;
        }
        gt.retainAll(pt);
        if (!gt.isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean unknown(String name) {
    if (name == null) {
      return true;
    }
    String n = Normalize.text(name);
    return n.isEmpty() || n.equals("unknown") || n.equals("none") || n.equals("null");
  }

  static Set<String> tokens(String name) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(plain(name));
    while (m.find()) {
      String t = m.group().replaceAll("^[.']+|[.']+$", "");
      if (t.endsWith("'s")) {
        t = t.substring(0, t.length() - 2);
      }
      t = DEMONYM.getOrDefault(t, t);
      if (!t.isEmpty() && !STOP.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private static String plain(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
