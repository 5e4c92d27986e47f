package org.quotestance.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.quotestance.InputException;
import org.quotestance.model.Article;

/**
 * The front door for reading input: lists the article files under the folders and files the user
 * names, and loads each into {@link Article}s.
 *
 * <p>Formats: {@code .txt} (UTF-8), {@code .html}/{@code .htm}, {@code .json} (one record or an
 * array of records) and {@code .jsonl}/{@code .ndjson} (one record per line). An article's text is
 * kept exactly as read, so offsets index it: line ends, spacing and furniture stay. Two exceptions:
 * a leading UTF-8 byte order mark is dropped (offset 0 is the first character after it), and for
 * HTML the text is the extracted article text (paragraphs joined by blank lines), which offsets
 * index instead of the markup. Bytes that are not valid UTF-8 are read as Windows-1252, with a
 * warning on the article.
 *
 * <p>Metadata of a {@code .txt} file comes, field by field, from the first of: the folder's {@code
 * articles.csv}, a sidecar {@code NAME.json}, a {@code source: domain} line, the folder {@code
 * <input>/<outlet>/…} below an input folder, else outlet {@code unknown}. HTML uses its {@code
 * <meta>} tags in place of the source line; JSON records use their own fields, then the folder.
 * {@link org.quotestance.model.Metadata#outletSource()} names the rule that gave the outlet.
 *
 * <p>An instance caches each folder's parsed {@code articles.csv} and is safe for concurrent use.
 */
public final class Corpus {
  private final List<Path> inputs;
  private final CorpusOptions options;
  private final PageReader pages;
  private final RecordReader records;

  private Corpus(List<Path> inputs, CorpusOptions options) {
    this.inputs = List.copyOf(inputs);
    this.options = Objects.requireNonNull(options, "options");
    List<Path> roots =
        this.inputs.stream().filter(Files::isDirectory).map(MetadataSources::absolute).toList();
    MetadataSources sources = new MetadataSources(options, roots);
    this.pages = new PageReader(sources);
    this.records = new RecordReader(sources, options.fields());
  }

  /** A corpus of the given input files and folders, read with default options. */
  public static Corpus of(List<Path> inputs) {
    return of(inputs, CorpusOptions.defaults());
  }

  /**
   * A corpus of the given input files and folders. The inputs' folders are the roots of the {@code
   * <outlet>/} folder rule: a folder the user names is never itself an outlet.
   */
  public static Corpus of(List<Path> inputs, CorpusOptions options) {
    Objects.requireNonNull(inputs, "inputs");
    return new Corpus(inputs, options);
  }

  /**
   * Lists the article files under the inputs: folders are walked recursively, skipping hidden files
   * and folders (names starting with a dot) and files of unsupported formats. Files named
   * explicitly are kept whatever their name or format, so that {@link #load} can report them.
   * Everywhere, {@code articles.csv} and sidecar {@code NAME.json} files (beside a {@code
   * NAME.txt}, {@code NAME.html} or {@code NAME.htm}) are skipped. The result has no duplicates and
   * is sorted by path; paths keep the form the user gave (relative stays relative). Symbolic links
   * to folders are not followed.
   *
   * @throws InputException when an input does not exist or a folder cannot be read
   */
  public static List<Path> list(List<Path> inputs) {
    return Lister.list(inputs);
  }

  /** The article files under this corpus's inputs, as {@link #list} gives them. */
  public List<Path> files() {
    return list(inputs);
  }

  /**
   * Loads one file into its articles. The article id is the file name without extension (for
   * records see {@link JsonFields}); the source is the path as given.
   *
   * @return the articles and, for multi-record files, the records that failed
   * @throws SkippedInputException when the file is over the size limit
   * @throws InputException when the file cannot be loaded at all; the message names the file and
   *     the problem (unsupported format, cannot read, binary content, empty article, bad JSON,
   *     malformed {@code articles.csv} or sidecar)
   */
  public LoadResult load(Path file) {
    Objects.requireNonNull(file, "file");
    Format format =
        Format.of(file).orElseThrow(() -> new InputException(file + ": unsupported format"));
    byte[] bytes = FileBytes.read(file, options.maxFileSize());
    Decoded decoded = TextDecoding.article(file.toString(), bytes);
    return switch (format) {
      case TEXT -> LoadResult.of(pages.text(file, decoded));
      case HTML -> LoadResult.of(pages.html(file, decoded));
      case JSON -> records.json(file, decoded);
      case JSON_LINES -> records.jsonLines(file, decoded);
    };
  }

  /**
   * Whether an article with this {@link org.quotestance.model.Article#source()} was extracted
   * from an HTML page (its text is then in no input file).
   */
  public static boolean extractedFromHtml(String source) {
    return Format.HTML.names(source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1));
  }

  public List<Path> inputs() {
    return inputs;
  }

  public CorpusOptions options() {
    return options;
  }
}
