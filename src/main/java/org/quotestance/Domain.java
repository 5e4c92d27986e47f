package org.quotestance;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.quotestance.framing.Terms;
import org.quotestance.internal.Hashes;
import org.quotestance.quotes.ReportingVerbs;
import org.quotestance.speakers.ActorRegistry;
import org.quotestance.stance.StanceModel;

/**
 * A domain folder (e.g. {@code models/venezuela-2019/}): the actor registry, reporting verbs,
 * contested terms and the stance model, all data. The content hash identifies exactly which data
 * produced a result. Immutable and thread-safe once loaded.
 */
public final class Domain {
  private final Path dir;
  private final String name;
  private final String version;
  private final String hash;
  private final String extractionHash;
  private final ActorRegistry registry;
  private final ReportingVerbs verbs;
  private final Terms terms;
  private final StanceModel stance;

  private Domain(Path dir) {
    this.dir = dir;
    JsonObject meta = meta(dir.resolve("domain.json"));
    this.name = meta.has("name") ? meta.get("name").getAsString() : dir.getFileName().toString();
    this.version = meta.has("version") ? meta.get("version").getAsString() : "";
    this.hash = hash(dir, name -> true);
    this.extractionHash = hash(dir, name -> !StanceModel.STANCE_ONLY_FILES.contains(name));
    this.registry = ActorRegistry.load(dir.resolve("actors.json"));
    this.verbs = ReportingVerbs.load(dir.resolve("reporting-verbs.tsv"));
    Path termsFile = dir.resolve("terms.tsv");
    this.terms = Files.exists(termsFile) ? Terms.load(termsFile) : Terms.none();
    this.stance = StanceModel.load(dir);
  }

  /** Loads every file of the domain folder; throws {@link InputException} naming a bad file. */
  public static Domain load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": domain folder not found");
    }
    return new Domain(dir);
  }

  private static JsonObject meta(Path file) {
    if (!Files.exists(file)) {
      return new JsonObject();
    }
    try {
      return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (IOException | RuntimeException e) {
      throw new InputException(file + ": malformed domain description (" + e.getMessage() + ")", e);
    }
  }

  /** SHA-256 over the sorted names and contents of the folder's files that pass {@code include} (READMEs excluded). */
  static String hash(Path dir, Predicate<String> include) {
    MessageDigest digest = Hashes.newDigest();
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> sorted = files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().toLowerCase().endsWith(".md"))
          .filter(p -> include.test(dir.relativize(p).toString().replace('\\', '/')))
          .sorted().toList();
      for (Path file : sorted) {
        digest.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new InputException(dir + ": cannot read domain folder (" + e.getMessage() + ")", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  public Path dir() {
    return dir;
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  /** Content hash of the folder: changes whenever any data file changes. */
  public String hash() {
    return hash;
  }

  /** Content hash of the files that decide quotes, speakers and terms: all but {@link StanceModel#STANCE_ONLY_FILES}. */
  public String extractionHash() {
    return extractionHash;
  }

  public ActorRegistry registry() {
    return registry;
  }

  public ReportingVerbs verbs() {
    return verbs;
  }

  public Terms terms() {
    return terms;
  }

  public StanceModel stance() {
    return stance;
  }
}
