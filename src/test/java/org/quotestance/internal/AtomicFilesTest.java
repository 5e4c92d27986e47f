package org.quotestance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private long filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void bothKindsOfWriteReplaceTheFileAndLeaveNoTemporaryFile() throws IOException {
    Path forced = dir.resolve("a/run.json");
    Path unforced = dir.resolve("b/article.json");
    AtomicFiles.write(forced, "old");
    AtomicFiles.writeUnforced(unforced, "old");
    AtomicFiles.write(forced, "new é");
    AtomicFiles.writeUnforced(unforced, "new é");
    assertEquals("new é", Files.readString(forced, StandardCharsets.UTF_8));
    assertEquals("new é", Files.readString(unforced, StandardCharsets.UTF_8));
    assertEquals(1, filesIn(forced.getParent()));
    assertEquals(1, filesIn(unforced.getParent()));
  }
}
