package org.quotestance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotestance.internal.CacheFolder;
import org.quotestance.model.Article;
import org.quotestance.model.CampSource;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Mention;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
import org.quotestance.model.TermCount;
import org.quotestance.quotes.FoundQuote;
import org.quotestance.speakers.ActorRegistry;

/**
 * Cached {@link Extraction}s in {@code <cache>/extract/}. The key covers the tool build, the NLP
 * settings, the domain's non-stance files, the article text and its furniture, and the registry's
 * title terms held on the article's date, so an entry is reused exactly when quotes, speakers and
 * terms would come out the same.
 */
final class ExtractionCache {
  private static final int FORMAT = 2;
  private final CacheFolder folder;
  private final String fixedKey;
  private final ActorRegistry registry;

  ExtractionCache(Path cacheDir, String build, String nlpKey, String domainExtractionHash, ActorRegistry registry) {
    this.folder = new CacheFolder(cacheDir.resolve("extract"), ".bin.gz");
    this.registry = registry;
    this.fixedKey = CacheFolder.key(String.valueOf(FORMAT), build, nlpKey, domainExtractionHash);
  }

  Optional<Extraction> get(Article article) {
    return folder.read(key(article), ExtractionCache::read);
  }

  void put(Article article, Extraction extraction) {
    folder.write(key(article), out -> write(out, extraction));
  }

  private String key(Article article) {
    StringBuilder furniture = new StringBuilder();
    article.furniture().forEach(s -> furniture.append(s.begin()).append('-').append(s.end()).append(','));
    return CacheFolder.key(fixedKey, registry.termsHeld(article.metadata().date()), furniture.toString(), article.text());
  }

  private static void write(DataOutputStream out, Extraction e) throws IOException {
    out.writeInt(FORMAT);
    out.writeInt(e.tokens());
    out.writeInt(e.quotes().size());
    for (FoundQuote q : e.quotes()) {
      span(out, q.span());
      out.writeUTF(q.kind().name());
      speaker(out, q.speaker());
      span(out, q.context());
      out.writeInt(q.continues());
    }
    out.writeInt(e.terms().size());
    for (TermCount t : e.terms()) {
      out.writeUTF(t.term());
      out.writeUTF(t.group());
      out.writeInt(t.inside());
      out.writeInt(t.outside());
    }
  }

  private static Extraction read(DataInputStream in) throws IOException {
    if (in.readInt() != FORMAT) {
      throw new IOException("unknown cache format");
    }
    int tokens = in.readInt();
    int n = in.readInt();
    List<FoundQuote> quotes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CharSpan span = span(in);
      QuoteKind kind = QuoteKind.valueOf(in.readUTF());
      Speaker speaker = speaker(in);
      quotes.add(new FoundQuote(span, kind, speaker, span(in), in.readInt()));
    }
    int m = in.readInt();
    List<TermCount> terms = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      terms.add(new TermCount(in.readUTF(), in.readUTF(), in.readInt(), in.readInt()));
    }
    return new Extraction(quotes, tokens, terms);
  }

  private static void speaker(DataOutputStream out, Speaker s) throws IOException {
    out.writeUTF(s.name());
    out.writeUTF(s.type().name());
    out.writeUTF(s.camp());
    out.writeUTF(s.campSource().name());
    out.writeUTF(s.role());
    out.writeBoolean(s.mention().isPresent());
    if (s.mention().isPresent()) {
      out.writeUTF(s.mention().get().text());
      span(out, s.mention().get().span());
    }
    out.writeUTF(s.method());
    out.writeUTF(s.verb());
  }

  private static Speaker speaker(DataInputStream in) throws IOException {
    String name = in.readUTF();
    SpeakerType type = SpeakerType.valueOf(in.readUTF());
    String camp = in.readUTF();
    CampSource campSource = CampSource.valueOf(in.readUTF());
    String role = in.readUTF();
    Optional<Mention> mention = in.readBoolean() ? Optional.of(new Mention(in.readUTF(), span(in))) : Optional.empty();
    return new Speaker(name, type, camp, campSource, role, mention, in.readUTF(), in.readUTF());
  }

  private static void span(DataOutputStream out, CharSpan s) throws IOException {
    out.writeInt(s.begin());
    out.writeInt(s.end());
  }

  private static CharSpan span(DataInputStream in) throws IOException {
    return new CharSpan(in.readInt(), in.readInt());
  }
}
