package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {
  @Test
  void removesEverySequenceThatCouldEndOrConfuseAScriptElement() {
    String value = "</script><script>alert(1)</script><!-- & \u2028\u2029 done";
    String json = new GsonBuilder().disableHtmlEscaping().create().toJson(value);
    String escaped = ScriptJson.escape(json);
    assertFalse(escaped.contains("</"));
    assertFalse(escaped.contains("<!--"));
    assertFalse(escaped.contains("\u2028") || escaped.contains("\u2029"));
    assertEquals(value, JsonParser.parseString(escaped).getAsString());
  }

  @Test
  void escapesClosingTagSlashAsBackslashSlash() {
    assertEquals("\"<\\/b>\"".replace(">", "\\u003e"), ScriptJson.escape("\"</b>\""));
  }
}
