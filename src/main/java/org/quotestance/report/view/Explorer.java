package org.quotestance.report.view;

import java.util.List;

/**
 * The quote explorer: filter choices and the quotes as JSON for the page script.
 *
 * @param json the quotes as a JSON array, already escaped for a {@code <script>} element (no {@code
 *     </}, no raw U+2028/U+2029); the only data written without HTML escaping
 * @param total number of quotes
 * @param outlets filter choices
 * @param speakers filter choices
 * @param camps filter choices
 * @param stances filter choices
 * @param kinds filter choices
 */
public record Explorer(
    String json,
    int total,
    List<String> outlets,
    List<String> speakers,
    List<String> camps,
    List<String> stances,
    List<String> kinds) {
  public Explorer {
    outlets = List.copyOf(outlets);
    speakers = List.copyOf(speakers);
    camps = List.copyOf(camps);
    stances = List.copyOf(stances);
    kinds = List.copyOf(kinds);
  }
}
