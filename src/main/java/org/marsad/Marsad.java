package org.marsad;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.ask.AskEngine;
import org.marsad.ask.AskResult;
import org.marsad.model.Article;
import org.marsad.model.Digest;
import org.marsad.model.Event;
import org.marsad.model.InputError;
import org.marsad.model.Story;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.StageContext;
import org.marsad.stages.clean.CleanStage;
import org.marsad.stages.extract.DateStage;
import org.marsad.stages.extract.EntityResolver;
import org.marsad.stages.extract.NerStage;
import org.marsad.stages.extract.QuantityStage;
import org.marsad.stages.extract.QuoteStage;
import org.marsad.stages.cluster.IncrementalEventGrouper;
import org.marsad.stages.cluster.BaselineStoryGrouper;
import org.marsad.stages.cluster.DateConflicts;
import org.marsad.stages.ingest.IngestOptions;
import org.marsad.stages.ingest.Ingestor;
import org.marsad.store.LuceneArticleStore;

/**
 * The one entry point of the core (jsoup's {@code Jsoup} facade): {@code cli/} and {@code web/} call only this.
 */
public final class Marsad {
  private Marsad() {}

  /** The article stages of a digest, in order; checked when built. */
  public static Pipeline articlePipeline() {
    return Pipeline.of(new CleanStage(), new NerStage(), new DateStage(), new QuantityStage(), new QuoteStage());
  }

  /**
   * Reads every article under the request's paths, runs the article pipeline, stores the result when a data
   * directory is given, and groups articles into events and events into stories. Bad inputs become
   * {@link InputError}s; only a store that cannot be written throws.
   */
  public static Digest digest(DigestRequest request, Progress progress) throws IOException {
    List<Article> ingested = new ArrayList<>();
    List<InputError> errors = Collections.synchronizedList(new ArrayList<>());
    List<InputError> skipped = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS)
        .ingest(request.paths(), a -> {
          ingested.add(a);
          if ((ingested.size() & 63) == 0) progress.update("read", ingested.size(), -1);
        }, errors::add, skipped::add);
    progress.update("read", ingested.size(), ingested.size());

    Pipeline pipeline = articlePipeline();
    StageContext context = new StageContext(request.referenceDate());
    AtomicLong done = new AtomicLong();
    int total = ingested.size();
    List<Article> analysed = ingested.parallelStream()
        .map(a -> {
          Article out = pipeline.process(a, context);
          long n = done.incrementAndGet();
          if ((n & 63) == 0) synchronized (progress) { progress.update("analyse", n, total); }
          return out;
        })
        .toList();
    progress.update("analyse", total, total);
    Grouped grouped = group(analysed);
    List<Article> withInferred = grouped.articles();

    if (request.dataDir() != null) {
      try (LuceneArticleStore store = LuceneArticleStore.open(request.dataDir())) {
        long stored = 0;
        for (Article a : withInferred) {
          store.put(a);
          if ((++stored & 255) == 0) progress.update("store", stored, total);
        }
        store.commit();
      }
      progress.update("store", total, total);
    }
    return new Digest(withInferred, grouped.events(), grouped.stories(), errors, skipped);
  }

  /** Articles after the corpus-level steps, with their events and stories. */
  public record Grouped(List<Article> articles, List<Event> events, List<Story> stories) {}

  /**
   * The corpus-level steps over analysed articles, in order: one canonical identity per person across articles;
   * events and stories; an undated article takes its event's date and re-resolves its relative dates against it;
   * each event adds the sources that date the same happening on different days.
   */
  public static Grouped group(List<Article> analysed) {
    List<Article> resolved = EntityResolver.resolve(analysed);
    List<Event> events = new IncrementalEventGrouper().group(resolved);
    Map<String, Article> byId = new HashMap<>();
    for (Article a : resolved) byId.put(a.id(), a);
    List<Story> stories = new BaselineStoryGrouper().group(events, byId);
    List<Article> withInferred = reResolveDates(inferPublished(resolved, events));
    return new Grouped(withInferred, addDateConflicts(events, withInferred), stories);
  }

  /** Answers a question in Arabic from analysed articles, with sources (shared/CONTRACT.md §4). */
  public static AskResult ask(String question, List<Article> articles) {
    return new AskEngine().ask(question, articles);
  }

  /**
   * Relative dates ("اليوم الإثنين", "أمس") of an article with no publication date of its own resolve against the
   * date inferred from its event (the hook of the dates stage), since that is the best reference it has.
   */
  static List<Article> reResolveDates(List<Article> articles) {
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      boolean inferredOnly = a.meta().published() == null && a.meta().publishedInferred() != null;
      out.add(inferredOnly ? DateStage.resolve(a, java.time.LocalDate.parse(a.meta().publishedInferred())) : a);
    }
    return out;
  }

  /** Each event also reports sources that date the same happening on different days. */
  static List<Event> addDateConflicts(List<Event> events, List<Article> articles) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (e.articleIds().size() < 2) {
        out.add(e);
        continue;
      }
      List<Event.Conflict> dated = DateConflicts.of(e.articleIds().stream().map(byId::get).toList());
      if (dated.isEmpty()) {
        out.add(e);
        continue;
      }
      List<Event.Conflict> all = new ArrayList<>(e.conflicts());
      all.addAll(dated);
      out.add(e.withConflicts(all));
    }
    return out;
  }

  /** An article that does not say when it was published takes its event's date, marked as inferred. */
  static List<Article> inferPublished(List<Article> articles, List<Event> events) {
    Map<String, String> whenById = new HashMap<>();
    for (Event e : events) {
      if (e.when() == null) continue;
      for (String id : e.articleIds()) whenById.put(id, e.when());
    }
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      String when = whenById.get(a.id());
      out.add(a.meta().published() == null && when != null ? a.withMeta(a.meta().withPublishedInferred(when)) : a);
    }
    return out;
  }
}
