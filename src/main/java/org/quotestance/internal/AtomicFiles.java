package org.quotestance.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that a reader sees either the old content or the new, never a half-written
 * file: the bytes go to a temporary file in the same folder, are forced to disk, then moved over
 * the target in one step. The {@code Unforced} variants skip forcing: still atomic when the process
 * is killed, but after an operating-system crash the newest files may be missing or empty. They are
 * for files that every reader checks and a later run rewrites (article results, cache entries),
 * where forcing each of thousands of small files cost more time than anything else in a cached
 * re-run.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes text, and may fail with an I/O error. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Writer out) throws IOException;
  }

  @FunctionalInterface
  private interface Bytes {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code text} as UTF-8 to {@code target} atomically, creating parent folders. */
  public static void write(Path target, String text) {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} to {@code target} atomically, creating parent folders. */
  public static void write(Path target, byte[] bytes) {
    stream(target, true, out -> out.write(bytes));
  }

  /** As {@link #write(Path, String)}, without forcing the bytes to disk (see the class comment). */
  public static void writeUnforced(Path target, String text) {
    writeUnforced(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** As {@link #write(Path, byte[])}, without forcing the bytes to disk (see the class comment). */
  public static void writeUnforced(Path target, byte[] bytes) {
    stream(target, false, out -> out.write(bytes));
  }

  /**
   * Streams text written by {@code body} as UTF-8 to {@code target} atomically: nothing is held in
   * memory, and readers see the old file until the new one is complete.
   */
  public static void write(Path target, Body body) {
    stream(target, true, out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      body.writeTo(writer);
      writer.flush();
    });
  }

  private static void stream(Path target, boolean force, Bytes body) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          body.writeTo(out);
        }
        if (force) {
          try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
          }
        }
        readableByAll(temp);
        move(temp, absolute);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Temporary files are created owner-only; results are meant to be shared like any other file. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the platform's defaults apply.
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
