package org.quotestance.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.quotestance.InputException;

/** Reads a whole input file, refusing folders, unreadable files and files over the size limit. */
final class FileBytes {
  private static final long MB = 1024L * 1024;

  private FileBytes() {}

  /**
   * The file's bytes.
   *
   * @throws SkippedInputException when the file is larger than {@code maxBytes}
   * @throws InputException when it cannot be read
   */
  static byte[] read(Path file, long maxBytes) {
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": cannot read (is a folder)");
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new SkippedInputException(
            file
                + ": skipped, "
                + size(size, maxBytes)
                + " is over the "
                + size(maxBytes, 0)
                + " limit (--max-size)");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + reason(e) + ")", e);
    } catch (OutOfMemoryError e) {
      throw new InputException(file + ": cannot read (too large for memory)", e);
    }
  }

  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /**
   * A human size such as {@code 7.2 MB}, {@code 5 MB} or {@code 12 KB}, with enough precision to
   * stay distinguishable from {@code limit} (so a file just over the limit never reads as equal).
   */
  static String size(long bytes, long limit) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    double unit = bytes < MB ? 1024.0 : MB;
    String suffix = bytes < MB ? " KB" : " MB";
    double value = bytes / unit;
    if (value == Math.rint(value)) {
      return (long) value + suffix;
    }
    for (int decimals = 1; decimals < 6; decimals++) {
      String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
      if (Double.parseDouble(text) * unit > limit || limit == 0) {
        return text + suffix;
      }
    }
    return bytes + " bytes";
  }
}
