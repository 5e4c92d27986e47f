package org.quotestance.corpus;

import java.util.List;
import java.util.Objects;

/**
 * The text of an input file and the warnings its decoding raised.
 *
 * @param text the decoded text, without a byte order mark
 * @param warnings e.g. the Windows-1252 fallback
 */
record Decoded(String text, List<String> warnings) {
  Decoded {
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
  }
}
