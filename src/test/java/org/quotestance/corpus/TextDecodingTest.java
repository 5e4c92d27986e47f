package org.quotestance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.InputException;

class TextDecodingTest {
  private static byte[] concat(byte[] a, byte[] b) {
    byte[] bytes = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, bytes, a.length, b.length);
    return bytes;
  }

  @Test
  void keepsValidUtf8AsItIs() {
    String text = "Guaidó – “aid”\r\n\tnext line";

    Decoded decoded = TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8));

    assertEquals(text, decoded.text());
    assertEquals(List.of(), decoded.warnings());
  }

  @Test
  void readsUtf16WithAByteOrderMark() {
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Maduro".getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Maduro".getBytes(StandardCharsets.UTF_16BE));

    assertEquals("Maduro", TextDecoding.decode(le).text());
    assertEquals("Maduro", TextDecoding.decode(be).text());
  }

  @Test
  void countsControlCharactersOnlyAboveTenPercent() {
    byte[] bytes = new byte[100];
    Arrays.fill(bytes, (byte) 'x');
    Arrays.fill(bytes, 0, 10, (byte) 0x1B);
    assertFalse(TextDecoding.looksBinary(bytes));

    bytes[10] = 0x7F;
    assertTrue(TextDecoding.looksBinary(bytes));
    assertNull(TextDecoding.decode(bytes));
  }

  @Test
  void treatsAByteOrderMarkAloneAsEmpty() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'};

    InputException e = assertThrows(InputException.class, () -> TextDecoding.article("a.txt", bom));

    assertEquals("a.txt: empty article", e.getMessage());
  }
}
