package org.quotestance;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quotestance.internal.Parallel;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleAnalysis;
import org.quotestance.nlp.CoreNlpParser;
import org.quotestance.nlp.NlpSettings;
import org.quotestance.nlp.ParseCache;
import org.quotestance.nlp.ParsedText;
import org.quotestance.output.RunManifest;

/**
 * The front door of Quotestance. Build one with {@link #builder()}, then {@link #analyze(Article)}
 * single articles or {@link #analyzeAll(List)} many; {@link org.quotestance.batch.BatchRun} runs a
 * whole folder into an output folder. An instance is thread-safe: CoreNLP models load once, on
 * the first article that is not in the cache. With a cache folder, two caches live there: the
 * parse of each text ({@link ParseCache}) and, under {@code extract/}, each article's quotes,
 * speakers and terms, so a change to the stance model or lexicon re-runs stance only.
 *
 * <pre>{@code
 * Quotestance qs = Quotestance.builder().domain(Path.of("models/venezuela-2019")).build();
 * ArticleAnalysis a = qs.analyze(Article.of("a1", text, Metadata.unknown()));
 * }</pre>
 */
public final class Quotestance {
  private final Domain domain;
  private final NlpSettings settings;
  private final Optional<ParseCache> cache;
  private final Optional<ExtractionCache> extractions;
  private final int threads;
  private final Analyzer analyzer;
  private volatile CoreNlpParser parser;

  private Quotestance(Builder b) {
    this.domain = Domain.load(b.domain);
    this.settings = NlpSettings.lean();
    this.cache = Optional.ofNullable(b.cache).map(ParseCache::new);
    this.extractions = Optional.ofNullable(b.cache).map(dir ->
        new ExtractionCache(dir, RunManifest.buildStamp(), settings.key(), domain.extractionHash(), domain.registry()));
    this.threads = b.threads;
    this.analyzer = new Analyzer(domain);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Domain domain() {
    return domain;
  }

  public NlpSettings nlpSettings() {
    return settings;
  }

  public Optional<ParseCache> cache() {
    return cache;
  }

  public int threads() {
    return threads;
  }

  /** Finds, attributes and labels every quotation of one article. */
  public ArticleAnalysis analyze(Article article) {
    Objects.requireNonNull(article, "article");
    return analyzer.finish(article, extract(article));
  }

  /**
   * Quotes, speakers and terms of {@code article}: from the extraction cache when the text, its
   * furniture, the build and the domain's non-stance files are unchanged, else parsed and extracted.
   */
  private Extraction extract(Article article) {
    if (extractions.isPresent()) {
      Optional<Extraction> hit = extractions.get().get(article);
      if (hit.isPresent()) {
        return hit.get();
      }
    }
    Extraction extraction = analyzer.extract(article, parse(article.text()));
    extractions.ifPresent(c -> c.put(article, extraction));
    return extraction;
  }

  /** Analyses many articles on {@link #threads()} threads; results in the input order. */
  public List<ArticleAnalysis> analyzeAll(List<Article> articles) {
    return Parallel.map(articles, threads, this::analyze);
  }

  /** The linguistic analysis of {@code text}, from the cache when it holds one. */
  ParsedText parse(String text) {
    if (cache.isPresent()) {
      Optional<ParsedText> hit = cache.get().get(text, settings.key());
      if (hit.isPresent()) {
        return hit.get();
      }
    }
    ParsedText parsed = parser().parse(text);
    cache.ifPresent(c -> c.put(text, settings.key(), parsed));
    return parsed;
  }

  /** Whether CoreNLP has been loaded (it is not while every article comes from the caches). */
  boolean parserLoaded() {
    return parser != null;
  }

  /** Loads CoreNLP now rather than on the first uncached article. */
  public void warmUp() {
    parser();
  }

  private CoreNlpParser parser() {
    CoreNlpParser p = parser;
    if (p == null) {
      synchronized (this) {
        if (parser == null) {
          parser = new CoreNlpParser(settings);
        }
        p = parser;
      }
    }
    return p;
  }

  /** Settings for {@link Quotestance}. */
  public static final class Builder {
    private Path domain = Path.of("models", "venezuela-2019");
    private Path cache;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /** The domain folder; default {@code models/venezuela-2019}. */
    public Builder domain(Path dir) {
      this.domain = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** Cache linguistic analyses in {@code dir}; off by default in the API (the CLI turns it on). */
    public Builder cache(Path dir) {
      this.cache = dir;
      return this;
    }

    /** Worker threads for {@link #analyzeAll}; default: available cores. */
    public Builder threads(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + n);
      }
      this.threads = n;
      return this;
    }

    /** Loads the domain; throws {@link InputException} when a domain file is missing or malformed. */
    public Quotestance build() {
      return new Quotestance(this);
    }
  }
}
