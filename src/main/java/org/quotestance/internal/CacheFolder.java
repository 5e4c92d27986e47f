package org.quotestance.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A folder of gzip entries addressed by a SHA-256 key, shared by the caches. Writes are atomic,
 * so concurrent runs and crashes leave a whole entry or none; an entry that cannot be read is a
 * miss; a folder that cannot be written is reported once and otherwise ignored.
 */
public final class CacheFolder {
  private final Path dir;
  private final String suffix;
  private volatile boolean warned;

  /** Entries are {@code dir/<first two hex digits>/<key><suffix>}. */
  public CacheFolder(Path dir, String suffix) {
    this.dir = dir;
    this.suffix = suffix;
  }

  public Path dir() {
    return dir;
  }

  /** Reads one entry with {@code decoder}. */
  public <T> Optional<T> read(String key, Decoder<T> decoder) {
    try (InputStream raw = Files.newInputStream(file(key));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
      return Optional.of(decoder.decode(in));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // missing, truncated, corrupt or from another format: a miss
    }
  }

  /** Writes one entry with {@code encoder}. */
  public void write(String key, Encoder encoder) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(bytes)))) {
      encoder.encode(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a cache entry", e);
    }
    try {
      AtomicFiles.writeUnforced(file(key), bytes.toByteArray());
    } catch (UncheckedIOException e) {
      if (!warned) {
        warned = true;
        System.err.println("quotestance: cannot write the cache in " + dir + " (" + e.getMessage()
            + "); going on without caching");
      }
    }
  }

  /** The SHA-256 of the parts, each followed by a zero byte. */
  public static String key(String... parts) {
    MessageDigest digest = Hashes.newDigest();
    for (String part : parts) {
      digest.update(part.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private Path file(String key) {
    return dir.resolve(key.substring(0, 2)).resolve(key + suffix);
  }

  /** Reads an entry's content. */
  @FunctionalInterface
  public interface Decoder<T> {
    T decode(DataInputStream in) throws IOException;
  }

  /** Writes an entry's content. */
  @FunctionalInterface
  public interface Encoder {
    void encode(DataOutputStream out) throws IOException;
  }
}
