package org.quotestance.corpus;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import org.quotestance.InputException;

/** Strict JSON parsing (RFC 8259: no comments, no single quotes, nothing after the value). */
final class JsonText {
  private JsonText() {}

  /**
   * Parses one JSON value.
   *
   * @param where names the file (and line) for the error message
   * @throws InputException {@code "WHERE: bad JSON (reason)"}
   */
  static JsonElement parse(String text, String where) {
    try (JsonReader reader = new JsonReader(new StringReader(text))) {
      reader.setStrictness(Strictness.STRICT);
      JsonElement element = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new InputException(where + ": bad JSON (more data after the value)");
      }
      return element;
    } catch (JsonParseException | IOException | IllegalStateException e) {
      throw new InputException(where + ": bad JSON (" + reason(e) + ")", e);
    }
  }

  /** Parses a JSON object, as a sidecar file must be. */
  static JsonObject object(String text, String where) {
    JsonElement element = parse(text, where);
    if (!element.isJsonObject()) {
      throw new InputException(where + ": expected a JSON object");
    }
    return element.getAsJsonObject();
  }

  private static String reason(Exception e) {
    Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
    String message = String.valueOf(cause.getMessage());
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    // Gson adds advice for programmers ("Use JsonReader.setStrictness(...) to accept malformed
    // JSON at line 1 column 5 path $"); keep only the problem and where it is.
    return message
        .replaceFirst("^[\\w.]+Exception: ", "")
        .replaceFirst("Use JsonReader\\.set\\w+\\([^)]*\\) to accept malformed JSON at ", "malformed JSON at ");
  }
}
