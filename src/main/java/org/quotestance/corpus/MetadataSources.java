package org.quotestance.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.InputException;
import org.quotestance.model.Metadata;

/**
 * The places an article's metadata can come from besides the article itself: the folder's {@code
 * articles.csv}, a sidecar {@code NAME.json}, a {@code source: domain} line and the folder layout.
 * Each method returns {@link Metadata#unknown()} when its source has nothing. Parsed {@code
 * articles.csv} files are cached per folder; safe for concurrent use.
 */
final class MetadataSources {
  /** A line such as {@code source: express.co.uk}; the last one in the text counts. */
  static final Pattern SOURCE_LINE =
      Pattern.compile(
          "(?im)^[ \\t\\u00A0]*source[ \\t]*:[ \\t\\u00A0]*(?:https?://)?(?:www\\.)?"
              + "([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})/?[ \\t\\u00A0]*\\r?$");

  private final CorpusOptions options;
  private final List<Path> roots;
  private final Map<Path, CsvEntry> csvByFolder = new ConcurrentHashMap<>();

  /** A folder's parsed csv, or why it could not be parsed (so a bad csv is read only once). */
  private record CsvEntry(ArticlesCsv csv, InputException error) {}

  /**
   * @param roots the input folders, absolute and normalised; their own names are never outlets
   */
  MetadataSources(CorpusOptions options, List<Path> roots) {
    this.options = options;
    this.roots = List.copyOf(roots);
  }

  Metadata csv(Path file) {
    Path folder = absolute(file).getParent();
    Path csv = file.resolveSibling(ArticlesCsv.NAME);
    CsvEntry entry = csvByFolder.computeIfAbsent(folder, key -> readCsv(csv));
    if (entry.error() != null) {
      throw new InputException(entry.error().getMessage(), entry.error());
    }
    return entry.csv().row(file).orElse(Metadata.unknown());
  }

  private CsvEntry readCsv(Path csv) {
    if (!Files.isRegularFile(csv)) {
      return new CsvEntry(ArticlesCsv.empty(), null);
    }
    try {
      byte[] bytes = FileBytes.read(csv, options.maxFileSize());
      Decoded decoded = TextDecoding.decode(bytes);
      if (decoded == null) {
        throw new InputException(csv + ": not a text file (binary content)");
      }
      return new CsvEntry(ArticlesCsv.parse(csv, decoded.text(), options.fields()), null);
    } catch (InputException e) {
      return new CsvEntry(null, e);
    }
  }

  /** The sidecar {@code NAME.json} next to {@code NAME.txt} or {@code NAME.html}. */
  Metadata sidecar(Path file) {
    Path sidecar = sidecarOf(file);
    if (!Files.isRegularFile(sidecar)) {
      return Metadata.unknown();
    }
    Decoded decoded = TextDecoding.decode(FileBytes.read(sidecar, options.maxFileSize()));
    if (decoded == null) {
      throw new InputException(sidecar + ": not a text file (binary content)");
    }
    return MetadataValues.of(
        JsonText.object(decoded.text(), sidecar.toString()), options.fields(), "sidecar");
  }

  static Path sidecarOf(Path file) {
    return file.resolveSibling(Format.stem(file) + ".json");
  }

  /** The outlet named by the last {@code source: domain} line of the text. */
  static Metadata sourceLine(String text) {
    Matcher matcher = SOURCE_LINE.matcher(text);
    String domain = null;
    while (matcher.find()) {
      domain = matcher.group(1).toLowerCase(Locale.ROOT);
    }
    return MetadataValues.of(domain, null, null, null, "source-line");
  }

  /**
   * The outlet of the layout {@code root/<outlet>/…}: the first folder below the input folder that
   * holds the file. Files directly in an input folder, and files outside every input folder, get
   * nothing.
   */
  Metadata folder(Path file) {
    Path path = absolute(file);
    Path best = null;
    for (Path root : roots) {
      if (path.startsWith(root) && (best == null || root.getNameCount() > best.getNameCount())) {
        best = root;
      }
    }
    if (best == null) {
      return Metadata.unknown();
    }
    Path relative = best.relativize(path);
    if (relative.getNameCount() < 2) {
      return Metadata.unknown();
    }
    return MetadataValues.of(relative.getName(0).toString(), null, null, null, "folder");
  }

  static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
