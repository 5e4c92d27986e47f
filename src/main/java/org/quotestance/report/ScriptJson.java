package org.quotestance.report;

/**
 * Makes JSON text safe inside an HTML {@code <script type="application/json">} element. The HTML
 * parser ends a script at {@code </script} and treats {@code <!--} specially whatever the type, so
 * no {@code <} may start a tag-like sequence: {@code </} becomes {@code <\/} and every other {@code
 * <} becomes {@code \u003c} (both mean the same to {@code JSON.parse} inside strings). U+2028 and
 * U+2029 are escaped too, since older JavaScript treats them as line ends.
 */
final class ScriptJson {
  private ScriptJson() {}

  /** {@code json} with script-breaking sequences escaped; JSON.parse gives the same value. */
  static String escape(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' ->
            out.append(i + 1 < json.length() && json.charAt(i + 1) == '/' ? "<\\" : "\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
