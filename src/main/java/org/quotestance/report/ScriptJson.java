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
    int plain = 0; // start of the run of characters not yet copied
    for (int i = 0; i < json.length(); i++) {
      String replacement =
          switch (json.charAt(i)) {
            case '<' -> i + 1 < json.length() && json.charAt(i + 1) == '/' ? "<\\" : "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> null;
          };
      if (replacement != null) {
        out.append(json, plain, i).append(replacement);
        plain = i + 1;
      }
    }
    return out.append(json, plain, json.length()).toString();
  }
}
