package org.quotestance.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotestance.internal.CacheFolder;

/**
 * A folder of cached analyses, one gzip file per text, keyed by the SHA-256 of the pipeline
 * settings and the text. Token words are not stored (they are the text's own characters). Writes
 * are atomic, so concurrent runs and crashes leave either a whole entry or none; an unreadable
 * entry counts as a miss.
 */
public final class ParseCache {
  private static final int FORMAT = 1;
  private final CacheFolder folder;

  public ParseCache(Path dir) {
    this.folder = new CacheFolder(dir, ".bin.gz");
  }

  /** The user's cache folder: {@code $XDG_CACHE_HOME/quotestance}, else {@code ~/.cache/quotestance}. */
  public static Path defaultDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("quotestance");
  }

  public Path dir() {
    return folder.dir();
  }

  public Optional<ParsedText> get(String text, String settingsKey) {
    return folder.read(CacheFolder.key(settingsKey, text), in -> read(in, text));
  }

  /** Stores an analysis; a cache that cannot be written is reported once and otherwise ignored. */
  public void put(String text, String settingsKey, ParsedText parsed) {
    folder.write(CacheFolder.key(settingsKey, text), out -> write(out, parsed));
  }

  private static void write(DataOutputStream out, ParsedText parsed) throws IOException {
    out.writeInt(FORMAT);
    out.writeInt(parsed.tokens().size());
    for (Token t : parsed.tokens()) {
      out.writeInt(t.begin());
      out.writeInt(t.end());
      out.writeUTF(t.pos());
      out.writeUTF(t.lemma());
      out.writeUTF(t.ner());
      out.writeInt(t.sentence());
    }
    out.writeInt(parsed.sentences().size());
    for (Sentence s : parsed.sentences()) {
      out.writeInt(s.firstToken());
      out.writeInt(s.endToken());
    }
  }

  private static ParsedText read(DataInputStream in, String text) throws IOException {
    if (in.readInt() != FORMAT) {
      throw new IOException("unknown cache format");
    }
    int n = in.readInt();
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int begin = in.readInt();
      int end = in.readInt();
      tokens.add(new Token(text.substring(begin, end), begin, end, in.readUTF(), in.readUTF(), in.readUTF(), in.readInt()));
    }
    int m = in.readInt();
    List<Sentence> sentences = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      int first = in.readInt();
      int end = in.readInt();
      sentences.add(new Sentence(i, tokens.get(first).begin(), tokens.get(end - 1).end(), first, end));
    }
    return new ParsedText(tokens, sentences);
  }
}
