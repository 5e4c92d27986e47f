package org.quotestance.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotestance.model.Article;
import org.quotestance.model.CharSpan;
import org.quotestance.model.Mention;
import org.quotestance.model.QuoteKind;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.speakers.Actor;
import org.quotestance.speakers.ActorRegistry;
import org.quotestance.speakers.CampInference;
import org.quotestance.speakers.Genders;

/**
 * Finds and attributes every quotation of an article: marked quotes (direct and partial),
 * embedded posts and indirect speech, each with its speaker, whose camp comes from the registry or,
 * for an unregistered speaker, from the article's description ({@link CampInference}). Immutable
 * and thread-safe; all per-article state lives in the call.
 */
public final class QuoteExtractor {
  private final ReportingVerbs verbs;
  private final ActorRegistry registry;

  public QuoteExtractor(ReportingVerbs verbs, ActorRegistry registry) {
    this.verbs = verbs;
    this.registry = registry;
  }

  /** All quotes of {@code article}, in text order; {@code parsed} is the analysis of its text. */
  public List<FoundQuote> extract(Article article, ParsedText parsed) {
    String text = article.text();
    if (parsed.tokens().isEmpty()) {
      return List.of();
    }
    List<CharSpan> paragraphs = Paragraphs.of(text);
    List<EmbeddedPosts.Post> posts = EmbeddedPosts.find(text, withoutFurniture(article, paragraphs));
    List<CharSpan> postParagraphs = posts.stream().map(EmbeddedPosts.Post::paragraph).toList();
    List<Marked> marked = QuoteFinder.find(text, paragraphs);
    ActorRegistry registry = this.registry.on(article.metadata().date()); // titles as held that day
    ArticleContext all = new ArticleContext(text, parsed, paragraphs, marked, verbs, registry);
    List<Marked> kept = keep(all, marked, article.furniture(), postParagraphs);
    ArticleContext ctx = new ArticleContext(text, parsed, paragraphs, kept, verbs, registry);
    List<Speaker> speakers = new Attributor(ctx).attributeAll();

    List<FoundQuote> out = new ArrayList<>();
    for (int k = 0; k < kept.size(); k++) {
      Marked q = kept.get(k);
      out.add(new FoundQuote(q.span(), kind(q.span().of(text)), speakers.get(k), context(ctx, q), q.continues()));
    }
    Resolver resolver = new Resolver(ctx);
    for (EmbeddedPosts.Post post : posts) {
      out.add(new FoundQuote(post.words(), QuoteKind.EMBEDDED, postSpeaker(ctx, resolver, post), post.paragraph(), -1));
    }
    List<CharSpan> excluded = new ArrayList<>(article.furniture());
    excluded.addAll(postParagraphs);
    out.addAll(new IndirectFinder(ctx).find(excluded));
    // An unregistered speaker's camp from the article's description of them ("opposition deputy").
    CampInference camps = new CampInference(registry);
    out.replaceAll(f -> new FoundQuote(f.span(), f.kind(), camps.withDescribedCamp(f.speaker()), f.context(), f.continues()));
    return sorted(out);
  }

  private static List<CharSpan> withoutFurniture(Article article, List<CharSpan> paragraphs) {
    return paragraphs.stream().filter(p -> !article.isFurniture(p.begin())).toList();
  }

  /** Drops non-quotes and re-points continuation links to the kept list. */
  private static List<Marked> keep(ArticleContext ctx, List<Marked> marked, List<CharSpan> furniture, List<CharSpan> posts) {
    Map<Integer, Integer> newIndex = new HashMap<>();
    List<Marked> kept = new ArrayList<>();
    for (int k = 0; k < marked.size(); k++) {
      Marked q = marked.get(k);
      if (NonQuotes.reason(ctx, q, furniture, posts) != null) {
        continue;
      }
      int link = q.continues() >= 0 ? newIndex.getOrDefault(q.continues(), -1) : -1;
      newIndex.put(k, kept.size());
      kept.add(new Marked(q.span(), q.open(), q.close(), link, q.single()));
    }
    return kept;
  }

  /** Direct: a sentence or more; partial: a fragment inside the writer's sentence. */
  static QuoteKind kind(String quote) {
    String t = quote.strip();
    int words = t.split("\\s+").length;
    boolean capital = !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)));
    boolean sentenceEnd = t.matches("(?s).*[.!?…]['\"’”]?[,]?$") || t.matches("(?s).*[.!?] .*");
    if ((capital && words >= 4) || (sentenceEnd && words >= 8)) {
      return QuoteKind.DIRECT;
    }
    return QuoteKind.PARTIAL;
  }

  private static CharSpan context(ArticleContext ctx, Marked q) {
    int openToken = Math.min(ctx.parsed.tokenAt(q.open()), ctx.tokens.size() - 1);
    int lastToken = Math.min(Math.max(openToken, ctx.parsed.tokenAt(q.span().end())), ctx.tokens.size() - 1);
    Sentence first = ctx.sentenceOf(openToken);
    Sentence last = ctx.sentenceOf(lastToken);
    int end = Math.max(last.end(), q.close() >= 0 ? q.close() + 1 : q.span().end());
    return new CharSpan(Math.min(first.begin(), q.open()), Math.min(end, ctx.text.length()));
  }

  /** The signed name, else the author named in the paragraph before when it ends in a colon. */
  private Speaker postSpeaker(ArticleContext ctx, Resolver resolver, EmbeddedPosts.Post post) {
    if (!post.signedName().isEmpty()) {
      String name = post.signedName();
      Optional<Actor> actor = registry.byName(name);
      SpeakerType type = actor.map(Actor::type)
          .orElse(Genders.of(name).isEmpty() ? SpeakerType.ORGANIZATION : SpeakerType.PERSON);
      return new Speaker(actor.map(Actor::name).orElse(name), type, actor.map(Actor::camp).orElse(""),
          actor.map(Actor::role).orElse(""), Optional.of(new Mention(name, post.signedSpan())), "embedded:signature", "post");
    }
    int para = ctx.paragraphOf(post.paragraph().begin());
    if (para > 0) {
      CharSpan prev = ctx.paragraphs.get(para - 1);
      if (ctx.text.charAt(prev.end() - 1) == ':') {
        EntityMention last = null;
        for (EntityMention m : ctx.mentions) {
          if (!m.pronoun() && prev.contains(m.span().begin())) {
            last = m;
          }
        }
        if (last != null) {
          return resolver.named(last, null, "name").toSpeaker("embedded:colon-intro", "post");
        }
      }
    }
    return Speaker.unknown("embedded:none");
  }

  /** Sorts by offset and re-points continuation links to the sorted positions. */
  private static List<FoundQuote> sorted(List<FoundQuote> quotes) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> quotes.get(i).span().begin()));
    Map<Integer, Integer> position = new HashMap<>();
    for (int p = 0; p < order.size(); p++) {
      position.put(order.get(p), p);
    }
    List<FoundQuote> out = new ArrayList<>();
    for (int i : order) {
      FoundQuote q = quotes.get(i);
      int link = q.continues() >= 0 ? position.get(q.continues()) : -1;
      out.add(new FoundQuote(q.span(), q.kind(), q.speaker(), q.context(), link));
    }
    return out;
  }
}
