package org.quotestance.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quotestance.InputException;

/**
 * Turns file bytes into text. UTF-8 is expected; a UTF-8 byte order mark is dropped, UTF-16 with a
 * byte order mark is honoured, and bytes that are not valid UTF-8 are read as Windows-1252 with a
 * warning. Nothing else is changed: line ends and spacing stay as they are.
 */
final class TextDecoding {
  static final String FALLBACK_WARNING = "not valid UTF-8; read as Windows-1252";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF = 8192;

  private TextDecoding() {}

  /**
   * The text of an article file.
   *
   * @throws InputException naming {@code source} when the bytes are binary or the text is blank
   */
  static Decoded article(String source, byte[] bytes) {
    Decoded decoded = decode(bytes);
    if (decoded == null) {
      throw new InputException(source + ": not a text file (binary content)");
    }
    if (decoded.text().isBlank()) {
      throw new InputException(source + ": empty article");
    }
    return decoded;
  }

  /** The text of any file, or null when the bytes look binary. */
  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return utf16(bytes, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return utf16(bytes, StandardCharsets.UTF_16BE);
    }
    if (looksBinary(bytes)) {
      return null;
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(buffer)
              .toString();
      return new Decoded(text, List.of());
    } catch (CharacterCodingException e) {
      String text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
      return new Decoded(text, List.of(FALLBACK_WARNING));
    }
  }

  private static Decoded utf16(byte[] bytes, Charset charset) {
    return new Decoded(new String(bytes, 2, bytes.length - 2, charset), List.of());
  }

  /** NUL bytes, or more than 10% control characters, in the first 8 KB. */
  static boolean looksBinary(byte[] bytes) {
    int length = Math.min(bytes.length, SNIFF);
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      boolean layout = b == '\t' || b == '\n' || b == '\r' || b == '\f';
      if ((b < 0x20 && !layout) || b == 0x7F) {
        control++;
      }
    }
    return control * 10 > length;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
