package org.quotestance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileBytesTest {
  private static final long MB = 1024 * 1024;

  @Test
  void writesSizesForPeople() {
    assertEquals("5 MB", FileBytes.size(5 * MB, 0));
    assertEquals("7.2 MB", FileBytes.size((long) (7.2 * MB), 5 * MB));
    assertEquals("12 KB", FileBytes.size(12 * 1024, 0));
    assertEquals("900 bytes", FileBytes.size(900, 0));
  }

  @Test
  void neverWritesASizeJustOverTheLimitAsTheLimit() {
    assertEquals("5.00002 MB", FileBytes.size(5 * MB + 20, 5 * MB));
    assertEquals("5242881 bytes", FileBytes.size(5 * MB + 1, 5 * MB));
  }
}
