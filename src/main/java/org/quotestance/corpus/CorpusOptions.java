package org.quotestance.corpus;

import java.util.Objects;

/**
 * How {@link Corpus} reads files.
 *
 * @param maxFileSize files larger than this many bytes are skipped (default 5 MB); this applies to
 *     whole files, so raise it for large {@code .jsonl} exports
 * @param fields field names of JSON records, sidecars and {@code articles.csv}
 */
public record CorpusOptions(long maxFileSize, JsonFields fields) {
  /** 5 MB. */
  public static final long DEFAULT_MAX_FILE_SIZE = 5L * 1024 * 1024;

  public CorpusOptions {
    if (maxFileSize <= 0) {
      throw new IllegalArgumentException("maxFileSize must be positive, got " + maxFileSize);
    }
    Objects.requireNonNull(fields, "fields");
  }

  public static CorpusOptions defaults() {
    return new CorpusOptions(DEFAULT_MAX_FILE_SIZE, JsonFields.defaults());
  }

  public CorpusOptions withMaxFileSize(long bytes) {
    return new CorpusOptions(bytes, fields);
  }

  public CorpusOptions withFields(JsonFields newFields) {
    return new CorpusOptions(maxFileSize, newFields);
  }
}
