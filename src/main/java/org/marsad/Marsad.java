package org.marsad;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.ask.AskEngine;
import org.marsad.ask.AskResult;
import org.marsad.model.Article;
import org.marsad.model.Digest;
import org.marsad.model.Event;
import org.marsad.model.InputError;
import org.marsad.model.Story;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.ParallelMap;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Stage;
import org.marsad.pipeline.StageContext;
import org.marsad.stages.clean.CleanStage;
import org.marsad.stages.extract.DateStage;
import org.marsad.stages.extract.EntityResolver;
import org.marsad.stages.extract.NerStage;
import org.marsad.stages.extract.QuantityStage;
import org.marsad.stages.extract.QuoteStage;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.stages.cluster.ArticleClaims;
import org.marsad.stages.cluster.ArticleTermCache;
import org.marsad.stages.cluster.BaselineEventGrouper;
import org.marsad.stages.cluster.BaselineStoryGrouper;
import org.marsad.stages.cluster.EventConflicts;
import org.marsad.stages.brief.EventBriefs;
import org.marsad.stages.ingest.IngestOptions;
import org.marsad.stages.ingest.Ingestor;
import org.marsad.store.LuceneArticleStore;

/**
 * The one entry point of the core (jsoup's {@code Jsoup} facade): {@code cli/} and {@code web/} call only this.
 */
public final class Marsad {
  /** Step reported to {@link StepTimes}: reading and parsing the files. */
  public static final String INGEST_STEP = "ingest";
  /** Step reported to {@link StepTimes}: persons resolved across articles, events, dates inferred from events. */
  public static final String GROUP_STEP = "group: persons, events";
  /**
   * Step reported to {@link StepTimes} when a store is written: it starts once persons are resolved, beside the
   * events, with every article that has a publication date of its own (final by then).
   */
  public static final String GROUP_AND_STORE_STEP = "group: persons, events ‖ store";
  /** Step reported to {@link StepTimes} when nothing is stored: conflicts, briefs and stories. */
  public static final String FINISH_STEP = "conflicts, briefs, stories";
  /** Step reported to {@link StepTimes} when a store is written: it runs beside conflicts, briefs and stories. */
  public static final String FINISH_AND_STORE_STEP = "conflicts, briefs, stories ‖ store";
  /** Articles handed to the store at once. */
  private static final int STORE_BATCH = 2048;

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
    return digest(request, progress, StepTimes.NONE);
  }

  /** As {@link #digest(DigestRequest, Progress)}, reporting each step's time to {@code times}. */
  public static Digest digest(DigestRequest request, Progress progress, StepTimes times) throws IOException {
    List<Article> ingested = new ArrayList<>();
    List<InputError> errors = Collections.synchronizedList(new ArrayList<>());
    List<InputError> skipped = new ArrayList<>();
    long t0 = System.nanoTime(), c0 = StepTimes.processCpuNanos();
    new Ingestor(IngestOptions.DEFAULTS)
        .ingest(request.paths(), a -> {
          ingested.add(a);
          if ((ingested.size() & 63) == 0) progress.update("read", ingested.size(), -1);
        }, errors::add, skipped::add);
    times.add(INGEST_STEP, System.nanoTime() - t0, StepTimes.processCpuNanos() - c0);
    progress.update("read", ingested.size(), ingested.size());

    // Not started while files are still read: tried, and every stage then cost about 10% more CPU (four A/B runs)
    // for a few seconds of overlap.
    Pipeline pipeline = times == StepTimes.NONE ? articlePipeline() : timed(articlePipeline(), times);
    StageContext context = new StageContext(request.referenceDate());
    AtomicLong done = new AtomicLong();
    int total = ingested.size();
    List<Article> analysed = ParallelMap.inOrder(ingested, a -> {
      Article out = pipeline.process(a, context);
      long n = done.incrementAndGet();
      if ((n & 63) == 0) synchronized (progress) { progress.update("analyse", n, total); }
      return out;
    });
    progress.update("analyse", total, total);
    ingested.clear(); // the analysed articles share the texts; nothing else of the ingested ones is needed
    long t1 = System.nanoTime(), c1 = StepTimes.processCpuNanos();
    List<Article> resolved = EntityResolver.resolve(analysed);
    analysed = null; // resolving made new articles: do not hold both
    // An article with a publication date of its own is final once persons are resolved (only undated ones take a
    // date from their event), so the store starts now, on its own thread, beside the events, conflicts, briefs and
    // stories (they write nothing the store needs); it waits for the events only at the first undated article.
    StoreWriter storeWriter = request.dataDir() == null ? null : StoreWriter.start(request.dataDir(), resolved, progress);
    Grouped grouped;
    List<Article> withInferred;
    try {
      Placed placed = placeResolved(resolved, true);
      withInferred = placed.articles();
      if (storeWriter != null) storeWriter.placed(withInferred);
      times.add(storeWriter == null ? GROUP_STEP : GROUP_AND_STORE_STEP, System.nanoTime() - t1,
          StepTimes.processCpuNanos() - c1);
      resolved = null;
      long t2 = System.nanoTime(), c2 = StepTimes.processCpuNanos();
      grouped = finish(placed);
      if (storeWriter != null) storeWriter.await();
      times.add(storeWriter == null ? FINISH_STEP : FINISH_AND_STORE_STEP,
          System.nanoTime() - t2, StepTimes.processCpuNanos() - c2);
    } catch (RuntimeException | Error e) {
      if (storeWriter != null) {
        storeWriter.abandon(e); // the store stops at the first article it cannot know yet
        storeWriter.await();
      }
      throw e;
    }
    if (storeWriter != null) storeWriter.rethrow();
    return new Digest(withInferred, grouped.events(), grouped.stories(), errors, skipped);
  }

  /** Writes articles into a store on a thread of its own; {@link #rethrow} reports its failure to the caller. */
  private static final class StoreWriter {
    private final Thread thread;
    private volatile Throwable failure;

    private final CompletableFuture<List<Article>> placed = new CompletableFuture<>();

    /**
     * @param resolved the articles with persons resolved: final for those with a publication date of their own;
     *     {@link #placed} gives the final list, index for index, once events have dated the others
     */
    private StoreWriter(Path dir, List<Article> resolved, Progress progress) {
      this.thread = new Thread(() -> {
        try {
          store(dir, new FinalArticles(resolved, placed), progress);
        } catch (IOException | RuntimeException | Error e) {
          failure = e;
        }
      }, "marsad-store");
    }

    static StoreWriter start(Path dir, List<Article> resolved, Progress progress) {
      StoreWriter w = new StoreWriter(dir, resolved, progress);
      w.thread.start();
      return w;
    }

    /** The articles in their final form, index for index with those the writer started with. */
    void placed(List<Article> articles) {
      placed.complete(articles);
    }

    /** Grouping failed: the writer stores nothing it would have to wait for. */
    void abandon(Throwable cause) {
      placed.completeExceptionally(cause);
    }

    void await() {
      boolean interrupted = false;
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the store must finish (or fail) before the digest returns
        }
      }
      if (interrupted) Thread.currentThread().interrupt();
    }

    void rethrow() throws IOException {
      switch (failure) {
        case null -> {}
        case IOException e -> throw e;
        case RuntimeException e -> throw e;
        case Error e -> throw e;
        default -> throw new IllegalStateException(failure);
      }
    }
  }

  /**
   * The articles to store, in order: those with a publication date of their own as soon as persons are resolved
   * (nothing later changes them), the rest from the placed list once events have dated them.
   */
  private record FinalArticles(List<Article> resolved, CompletableFuture<List<Article>> placed) {
    int size() {
      return resolved.size();
    }

    /** True when article {@code i} is final without waiting for the events. */
    boolean ready(int i) {
      return resolved.get(i).meta().published() != null || placed.isDone();
    }

    Article get(int i) {
      Article early = resolved.get(i);
      if (early.meta().published() != null) return early;
      try {
        return placed.join().get(i);
      } catch (java.util.concurrent.CompletionException e) {
        throw new IllegalStateException("not stored: grouping failed before this article was dated", e.getCause());
      }
    }
  }

  private static void store(Path dir, FinalArticles articles, Progress progress) throws IOException {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      // a batch at a time: putAll prepares each batch on all cores, and progress moves between batches; a batch
      // ends early at an article that waits for the events, so the ready ones before it are not held back
      int n = articles.size();
      List<Article> batch = new ArrayList<>(STORE_BATCH);
      for (int i = 0; i < n; ) {
        batch.clear();
        if (!articles.ready(i)) batch.add(articles.get(i++)); // waits for the events
        while (i < n && batch.size() < STORE_BATCH && articles.ready(i)) batch.add(articles.get(i++));
        store.putAll(batch);
        int stored = i;
        synchronized (progress) { progress.update("store", stored, n); }
      }
      store.commit();
    }
  }

  /** The same stages, each reporting every article's time (wall, and the worker's CPU) under its name. */
  private static Pipeline timed(Pipeline pipeline, StepTimes times) {
    return Pipeline.of(pipeline.stages().stream().<Stage>map(s -> new TimedStage(s, times)).toList());
  }

  private record TimedStage(Stage stage, StepTimes times) implements Stage {
    // looked up once: ManagementFactory finds the bean anew on every call (about 1% of the digest CPU in a profile)
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override public String name() { return stage.name(); }
    @Override public Set<Layer> requires() { return stage.requires(); }
    @Override public Set<Layer> produces() { return stage.produces(); }

    @Override
    public Article process(Article article, StageContext context) {
      long t = System.nanoTime(), c = threadCpuNanos();
      try {
        return stage.process(article, context);
      } finally {
        times.add(stage.name(), System.nanoTime() - t, threadCpuNanos() - c);
      }
    }

    private static long threadCpuNanos() {
      return THREADS.isCurrentThreadCpuTimeSupported() ? Math.max(0, THREADS.getCurrentThreadCpuTime()) : 0;
    }
  }

  /** Articles after the corpus-level steps, with their events and stories. */
  public record Grouped(List<Article> articles, List<Event> events, List<Story> stories) {}

  /**
   * The corpus-level steps over analysed articles, in order: one canonical identity per person across articles;
   * events; an undated article takes its event's date and re-resolves its relative dates against it; each event's
   * conflicts (counts, days, office holders: {@link EventConflicts}); each event's brief
   * (who, what, when the happening was, where, a summary across outlets); stories with their timelines and trends.
   */
  public static Grouped group(List<Article> analysed) {
    return group(analysed, true);
  }

  /**
   * @param shareTerms analyse each article's text once for both groupers (same result, less CPU); false runs each
   *     grouper on its own, kept to check that the results agree
   */
  static Grouped group(List<Article> analysed, boolean shareTerms) {
    return finish(place(analysed, shareTerms));
  }

  /**
   * The articles in their final form (persons resolved, dates inferred from their events) and the events as grouped;
   * what the rest of the corpus-level steps read.
   */
  private record Placed(List<Article> articles, List<Event> events, Analyzer analyzer, ArticleTermCache terms) {}

  private static Placed place(List<Article> analysed, boolean shareTerms) {
    return placeResolved(EntityResolver.resolve(analysed), shareTerms);
  }

  /** As {@link #place}, over articles whose persons are resolved already. */
  private static Placed placeResolved(List<Article> resolved, boolean shareTerms) {
    Analyzer analyzer = new ArabicAnalyzer();
    ArticleTermCache terms = shareTerms ? new ArticleTermCache(analyzer) : null;
    // The batch grouper, not the incremental detector: it scores higher on every labelled ANT day (on 14 April B³ 0.899
    // vs 0.513, pairwise 0.880 vs 0.227: the detector fed one article at a time fragments a big event; README "Events")
    // and runs about 7× faster; the detector takes the articles that arrive later (LiveGrouping).
    List<Event> grouped = eventGrouper(analyzer).group(resolved, terms);
    return new Placed(reResolveDates(inferPublished(resolved, grouped)), grouped, analyzer, terms);
  }

  private static Grouped finish(Placed placed) {
    List<Article> withInferred = placed.articles();
    Map<String, Article> byId = new HashMap<>();
    for (Article a : withInferred) byId.put(a.id(), a);
    // conflicts and stories read the final dates: an undated article's "today" is its event's day by now
    // stories are built from briefed events, so their timelines use the day of each happening
    // conflicts and trends read the same counted claims of each article: read once
    ArticleClaims claims = new ArticleClaims();
    List<Event> events = EventBriefs.briefAll(EventConflicts.withConflicts(placed.events(), byId, claims), withInferred);
    List<Story> stories = new BaselineStoryGrouper(placed.analyzer(), BaselineStoryGrouper.Settings.DEFAULTS)
        .group(events, byId, placed.terms(), claims);
    return new Grouped(withInferred, events, stories);
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

  /**
   * The question index of analysed articles, to answer many questions over the same articles with
   * {@link #ask(String, org.marsad.ask.AskIndex)} (the server keeps one per snapshot).
   */
  public static org.marsad.ask.AskIndex askIndex(List<Article> articles) {
    return org.marsad.ask.AskIndex.build(articles);
  }

  /** Answers a question from a prebuilt index ({@link #askIndex}), with sources (shared/CONTRACT.md §4). */
  public static AskResult ask(String question, org.marsad.ask.AskIndex index) {
    return new AskEngine().ask(question, index);
  }

  /**
   * The batch event grouper of the digest, also the server's first grouping ({@link LiveGrouping}): one definition, so
   * both show the same events for the same articles.
   */
  static BaselineEventGrouper eventGrouper(Analyzer analyzer) {
    return new BaselineEventGrouper(analyzer, BaselineEventGrouper.Settings.DEFAULTS);
  }
}
