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
import org.apache.lucene.util.IOUtils;
import org.marsad.Marsad;
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
 * What the server shows: the stored articles, and the events and stories grouped from them. Events and stories are
 * not stored yet, so they are grouped in memory when the corpus opens and again after each ingest; readers see an
 * immutable {@link Snapshot} that an ingest swaps in whole.
 *
 * <p>Ingests run one at a time; reads never wait for them.
 */
public final class Corpus implements Closeable {
  private final LuceneArticleStore store;
  private final ArticleSearch search;
  private final Pipeline pipeline = Marsad.articlePipeline();
  private volatile Snapshot snapshot;

  /** Everything grouped from the stored articles at one moment. */
  public record Snapshot(Map<String, Article> articlesById, List<Event> events, Map<String, Event> eventsById,
      Map<String, Story> storiesById, Map<String, Story> storyByEventId) {

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

  private Corpus(LuceneArticleStore store, ArticleSearch search) throws IOException {
    this.store = store;
    this.search = search;
    this.snapshot = group(store.all());
  }

  /** Opens (creating when absent) the store in {@code dataDir} and groups what it holds. */
  public static Corpus open(Path dataDir) throws IOException {
    LuceneArticleStore store = LuceneArticleStore.open(dataDir);
    ArticleSearch search = null;
    try {
      store.commit(); // a new store gets its first commit, so that search can open it
      search = ArticleSearch.open(dataDir);
      return new Corpus(store, search);
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
   * left as it is), commits, and regroups events and stories. Unreadable files become errors in the report.
   */
  public synchronized IngestReport ingest(List<Path> files) throws IOException {
    List<Article> read = new ArrayList<>();
    List<InputError> errors = Collections.synchronizedList(new ArrayList<>());
    new Ingestor(IngestOptions.DEFAULTS).ingest(files, read::add, errors::add, errors::add);
    List<String> added = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
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
    }
    if (!added.isEmpty()) {
      store.commit();
      snapshot = group(store.all());
    }
    return new IngestReport(added, unchanged, errors);
  }

  /** Groups articles into events (newest first) and stories, with the digest's corpus-level steps. */
  public static Snapshot group(List<Article> articles) {
    Marsad.Grouped grouped = Marsad.group(articles);
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
        Collections.unmodifiableMap(storiesById), Collections.unmodifiableMap(storyByEventId));
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(search, store);
  }
}
