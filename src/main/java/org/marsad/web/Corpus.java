package org.marsad.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.time.Duration;
import org.apache.lucene.util.IOUtils;
import org.marsad.LiveGrouping;
import org.marsad.Marsad;
import org.marsad.ask.AskIndex;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.InputError;
import org.marsad.model.Story;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.StageContext;
import org.marsad.search.ArticleSearch;
import org.marsad.stages.ingest.IngestOptions;
import org.marsad.stages.ingest.Ingestor;
import org.marsad.store.LuceneArticleStore;
import org.marsad.store.PutResult;

/**
 * What the server shows: the stored articles, and the events and stories grouped from them. Events are kept by a
 * {@link LiveGrouping}: grouped once when the corpus opens, then each ingest assigns only the new articles to events
 * and builds again only the events they changed. The assignment (article → event, and merged event ids) is saved in
 * the data directory ({@link AssignmentFile}), so a restart places every article in the same event under the same id;
 * when that file is missing or unreadable the corpus is grouped from scratch and the log says so. Readers see an
 * immutable {@link Snapshot} that an ingest swaps in whole.
 *
 * <p>Ingests run one at a time; reads never wait for them.
 */
public final class Corpus implements Closeable {
  private final LuceneArticleStore store;
  private final ArticleSearch search;
  private final Pipeline pipeline = Marsad.articlePipeline();
  private final Path assignmentFile;
  private final Consumer<String> log;
  private final LiveGrouping live;
  /** Stories regroup within the ingest while the last regrouping took less than this; beyond, in the background. */
  private final long inlineStoriesNanos;
  private final ExecutorService storyThread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "marsad-stories");
    t.setDaemon(true);
    return t;
  });
  private boolean storiesPending; // guarded by this
  private volatile Snapshot snapshot;

  /**
   * Everything grouped from the stored articles at one moment.
   *
   * @param aliases ids of events merged into others → the id each is shown under now
   */
  public record Snapshot(Map<String, Article> articlesById, List<Event> events, Map<String, Event> eventsById,
      Map<String, Story> storiesById, Map<String, Story> storyByEventId, Map<String, String> aliases, AskIndexOnce ask) {

    public Snapshot(Map<String, Article> articlesById, List<Event> events, Map<String, Event> eventsById,
        Map<String, Story> storiesById, Map<String, Story> storyByEventId) {
      this(articlesById, events, eventsById, storiesById, storyByEventId, Map.of(),
          new AskIndexOnce(List.copyOf(articlesById.values())));
    }

    /** The event under this id, or the event it was merged into; null when there is none. */
    public Event event(String id) {
      Event e = eventsById.get(id);
      if (e != null) return e;
      String now = aliases.get(id);
      return now == null ? null : eventsById.get(now);
    }

    /** The question index of this snapshot's articles, built at the first question and kept. */
    public AskIndex askIndex() {
      return ask.get();
    }

    /** How many sources report the event: distinct outlets, each article of unknown outlet counted as one. */
    public int sourceCount(Event e) {
      int unknown = 0;
      for (String id : e.articleIds()) {
        Article a = articlesById.get(id);
        if (a == null || a.meta().outlet() == null) unknown++;
      }
      return outlets(e).size() + unknown;
    }

    /** Distinct outlets of an event's articles, in article order. */
    public List<String> outlets(Event e) {
      List<String> out = new ArrayList<>();
      for (String id : e.articleIds()) {
        Article a = articlesById.get(id);
        String outlet = a == null ? null : a.meta().outlet();
        if (outlet != null && !out.contains(outlet)) out.add(outlet);
      }
      return out;
    }
  }

  /** What one ingest did. */
  public record IngestReport(List<String> added, List<String> unchanged, List<InputError> errors) {
    public IngestReport {
      added = List.copyOf(added);
      unchanged = List.copyOf(unchanged);
      errors = List.copyOf(errors);
    }
  }

  /** An {@link AskIndex} built once, at the first question, from its snapshot's articles. */
  public static final class AskIndexOnce {
    private final List<Article> articles;
    private volatile AskIndex index;

    AskIndexOnce(List<Article> articles) {
      this.articles = articles;
    }

    AskIndex get() {
      AskIndex i = index;
      if (i == null) {
        synchronized (this) {
          i = index;
          if (i == null) index = i = Marsad.askIndex(articles);
        }
      }
      return i;
    }
  }

  private Corpus(LuceneArticleStore store, ArticleSearch search, Consumer<String> log, Duration inlineStoriesUnder)
      throws IOException {
    this.store = store;
    this.search = search;
    this.log = log;
    this.inlineStoriesNanos = inlineStoriesUnder.toNanos();
    this.assignmentFile = AssignmentFile.in(store.directory());
    this.live = openGrouping(store.all());
    this.snapshot = snapshot(live);
    saveAssignment();
  }

  /** The saved assignment restored when there is one; else the stored articles grouped from scratch. */
  private LiveGrouping openGrouping(List<Article> stored) {
    Optional<LiveGrouping.Assignments> saved;
    try {
      saved = AssignmentFile.read(assignmentFile);
    } catch (IOException e) {
      log.accept("cannot use the saved event assignment (" + e.getMessage() + "): grouping " + stored.size()
          + " articles from scratch");
      return LiveGrouping.group(stored);
    }
    if (saved.isEmpty()) {
      if (!stored.isEmpty()) log.accept("no saved event assignment in " + assignmentFile.getParent() + ": grouping "
          + stored.size() + " articles from scratch");
      return LiveGrouping.group(stored);
    }
    LiveGrouping g = LiveGrouping.restore(stored, saved.get());
    LiveGrouping.RestoreReport r = g.restoreReport();
    if (r.missing() > 0 || r.unsaved() > 0) {
      log.accept("saved event assignment: " + r.restored() + " articles put back in their events, " + r.missing()
          + " no longer stored, " + r.unsaved() + " stored but not saved, assigned now");
    }
    return g;
  }

  private void saveAssignment() {
    try {
      AssignmentFile.write(assignmentFile, live.assignments());
    } catch (IOException e) {
      // the store holds the articles: a restart without this file groups them again, and says so
      log.accept("cannot save the event assignment to " + assignmentFile + ": " + e.getMessage());
    }
  }

  /** Opens (creating when absent) the store in {@code dataDir} and groups what it holds; notes go to stderr. */
  public static Corpus open(Path dataDir) throws IOException {
    return open(dataDir, m -> System.err.println("marsad: " + m));
  }

  /** As {@link #open(Path)}, with notes (a missing or unreadable saved assignment, say) going to {@code log}. */
  public static Corpus open(Path dataDir, Consumer<String> log) throws IOException {
    return open(dataDir, log, DEFAULT_INLINE_STORIES);
  }

  /**
   * Stories are regrouped within an ingest while the last regrouping took less than this (a small corpus); beyond,
   * on a background thread, so that an ingest returns once its events are built.
   */
  public static final Duration DEFAULT_INLINE_STORIES = Duration.ofMillis(50);

  /**
   * As {@link #open(Path, Consumer)}; stories regroup within the ingest while that took less than
   * {@code inlineStoriesUnder} the last time, else on a background thread ({@link Duration#ZERO}: always).
   */
  public static Corpus open(Path dataDir, Consumer<String> log, Duration inlineStoriesUnder) throws IOException {
    LuceneArticleStore store = LuceneArticleStore.open(dataDir);
    ArticleSearch search = null;
    try {
      store.commit(); // a new store gets its first commit, so that search can open it
      search = ArticleSearch.open(dataDir);
      return new Corpus(store, search, log, inlineStoriesUnder);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(search, store);
      throw e;
    }
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  public ArticleSearch search() {
    return search;
  }

  public Path dataDir() {
    return store.directory();
  }

  public Optional<Article> article(String id) throws IOException {
    Article a = snapshot.articlesById().get(id);
    return a != null ? Optional.of(a) : store.get(id);
  }

  /**
   * Reads the files, analyses and stores their articles (idempotent: an article already stored by id or content is
   * left as it is), commits, assigns the new articles to events (building again only the events they change), and
   * saves the assignment. Unreadable files become errors in the report.
   */
  public synchronized IngestReport ingest(List<Path> files) throws IOException {
    List<Article> read = new ArrayList<>();
    List<InputError> errors = Collections.synchronizedList(new ArrayList<>());
    new Ingestor(IngestOptions.DEFAULTS).ingest(files, read::add, errors::add, errors::add);
    List<String> added = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<Article> addedArticles = new ArrayList<>();
    for (Article a : read) {
      Article analysed = pipeline.process(a, StageContext.NONE);
      PutResult r;
      try {
        r = store.put(analysed);
      } catch (IllegalArgumentException e) {
        errors.add(new InputError(a.id(), e.getMessage()));
        continue;
      }
      (r.added() ? added : unchanged).add(a.id());
      if (r.added()) addedArticles.add(analysed);
    }
    if (!added.isEmpty()) {
      store.commit();
      try {
        live.add(addedArticles);
      } catch (RuntimeException e) { // stored all the same: a restart assigns them (they are not in the saved file)
        log.accept("grouping failed after storing " + added.size() + " articles: " + e);
        for (String id : added) errors.add(new InputError(id, "stored, but not grouped into an event: " + e.getMessage()));
        return new IngestReport(added, unchanged, errors);
      }
      if (live.storyGroupingNanos() < inlineStoriesNanos) live.regroupStories();
      snapshot = snapshot(live);
      saveAssignment();
      if (live.storiesStale() && !storiesPending) {
        storiesPending = true;
        storyThread.execute(this::regroupStories);
      }
    }
    return new IngestReport(added, unchanged, errors);
  }

  /** Regroups stories from the events now (after one or more ingests) and publishes them; ingests wait meanwhile. */
  private synchronized void regroupStories() {
    storiesPending = false;
    if (!live.storiesStale()) return;
    try {
      live.regroupStories();
      snapshot = snapshot(live);
    } catch (RuntimeException e) {
      log.accept("cannot regroup stories: " + e); // the events stay current; the next ingest tries again
    }
  }

  /** Waits until the stories reflect every ingest so far (they may be regrouped in the background). */
  public void awaitStories() throws InterruptedException {
    try {
      storyThread.submit(() -> {}).get(); // one thread, in order: runs after any pending regrouping
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** How many times the whole store was grouped from scratch since it opened (0 when the saved assignment served). */
  public int fullGroupings() {
    return live.fullGroupings();
  }

  /** How many events were built since the store opened, each rebuild counted. */
  public long eventBuilds() {
    return live.eventBuilds();
  }

  /** Groups articles into events (newest first) and stories, with the digest's corpus-level steps. */
  public static Snapshot group(List<Article> articles) {
    return snapshot(Marsad.group(articles), Map.of());
  }

  private static Snapshot snapshot(LiveGrouping live) {
    return snapshot(live.grouped(), live.aliases());
  }

  private static Snapshot snapshot(Marsad.Grouped grouped, Map<String, String> aliases) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : grouped.articles()) byId.put(a.id(), a);
    List<Event> events = new ArrayList<>(grouped.events());
    // newest first; undated last
    events.sort(Comparator.comparing(Event::when, Comparator.nullsFirst(Comparator.<String>naturalOrder())).reversed());
    List<Story> stories = grouped.stories();
    Map<String, Event> eventsById = new LinkedHashMap<>();
    for (Event e : events) eventsById.put(e.id(), e);
    Map<String, Story> storiesById = new LinkedHashMap<>();
    Map<String, Story> storyByEventId = new HashMap<>();
    for (Story s : stories) {
      storiesById.put(s.id(), s);
      for (String e : s.eventIds()) storyByEventId.put(e, s);
    }
    return new Snapshot(Collections.unmodifiableMap(byId), List.copyOf(events), Collections.unmodifiableMap(eventsById),
        Collections.unmodifiableMap(storiesById), Collections.unmodifiableMap(storyByEventId), Map.copyOf(aliases),
        new AskIndexOnce(List.copyOf(byId.values())));
  }

  @Override
  public void close() throws IOException {
    storyThread.shutdown();
    try {
      storyThread.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) { // a regrouping still running holds this
      IOUtils.close(search, store, live);
    }
  }
}
