package org.marsad;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Story;
import org.marsad.stages.cluster.ArticleTermCache;
import org.marsad.stages.cluster.BaselineStoryGrouper;
import org.marsad.stages.cluster.IncrementalEventDetector;
import org.marsad.stages.extract.EntityResolver;

/**
 * The corpus-level steps of {@link Marsad#group}, kept up to date one batch at a time instead of regrouping the
 * corpus: each new article is assigned to an existing event or starts one ({@link IncrementalEventDetector}); only
 * the events whose members changed are built again ({@link LiveEventBuilder}: inferred dates, conflicts, brief); the
 * other events stay the same objects. Stories are grouped again from all events by {@link #regroupStories()}, which
 * the caller runs when it sees fit: it is the one step whose cost grows with the corpus (about 1.2 s over 4,700 ANT
 * articles, against about 10 ms for the rest of an add), so a server runs it off the ingest path. Until then the view
 * keeps the stories it had ({@link #storiesStale()}).
 *
 * <p>Entity canonicals: when the grouping starts, the whole corpus is resolved at once ({@link EntityResolver}); a
 * later article is resolved together with the members of the event it joins, and articles already in the corpus keep
 * their canonicals. The detector sees articles as analysed (before corpus resolution).
 *
 * <p>The first grouping is the digest's batch grouping ({@link Marsad#eventGrouper}), handed to the detector as its
 * starting point ({@link IncrementalEventDetector#seed}); a restart seeds the saved events the same way, so neither
 * scores an article twice.
 *
 * <p>An event merged into another (an article bridged them) keeps its id as an alias: {@link #currentEventId} follows
 * it. {@link #assignments} is what a restart needs to {@link #restore} the same events under the same ids.
 *
 * <p>Not thread-safe: one writer at a time; {@link #grouped()} is an immutable view that readers may keep.
 */
public final class LiveGrouping implements java.io.Closeable {

  /** An article and the event it is in. */
  public record Placement(String articleId, String eventId) {
    public Placement {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(eventId, "eventId");
    }
  }

  /**
   * What a restart needs: articles in the order they were assigned, each with its event, and old event ids merged
   * into others ({@code old → the id it was merged into}).
   */
  public record Assignments(List<Placement> arrivals, Map<String, String> aliases) {
    public Assignments {
      arrivals = List.copyOf(arrivals);
      aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    }
  }

  /**
   * What one {@link #add} changed.
   *
   * @param added ids of the articles new to the grouping
   * @param rebuilt ids of the events built again (new ones included)
   * @param merged old event id → the event it was merged into
   */
  public record Update(List<String> added, List<String> rebuilt, Map<String, String> merged) {
    public Update {
      added = List.copyOf(added);
      rebuilt = List.copyOf(rebuilt);
      merged = Collections.unmodifiableMap(new LinkedHashMap<>(merged));
    }
  }

  /**
   * How a {@link #restore} went.
   *
   * @param restored saved articles found and put back into their saved events
   * @param missing saved articles no longer given
   * @param unsaved articles given but not saved, assigned as new after the others
   */
  public record RestoreReport(int restored, int missing, int unsaved) {}

  /**
   * The detector's settings for articles that arrive after the first grouping: its defaults. Measured on the ANT dev
   * days ({@code -Dtest=LiveGroupingAntScore}): grouped at once (the batch grouping) B³ F1 0.882, pairwise 0.714;
   * 7 April grouped, then 8 April added 0.835 / 0.630; every article added one at a time 0.833 / 0.612.
   */
  public static final IncrementalEventDetector.Settings LIVE_SETTINGS = IncrementalEventDetector.Settings.DEFAULTS;

  /** Events by date (unknown last), then id: the order of {@link Marsad#group}. */
  static final Comparator<Event> EVENT_ORDER =
      Comparator.comparing(Event::when, Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(Event::id);

  /** Publication time (unknown last), then id: the order a first grouping feeds the detector. */
  static final Comparator<Article> FEED_ORDER = LiveEventBuilder.READING_ORDER;

  private final IncrementalEventDetector detector;
  private final Analyzer analyzer = new ArabicAnalyzer();
  private final ArticleTermCache terms = new ArticleTermCache(analyzer);
  private final BaselineStoryGrouper storyGrouper = new BaselineStoryGrouper(analyzer, BaselineStoryGrouper.Settings.DEFAULTS);

  private final List<String> arrivals = new ArrayList<>();
  /** After entity resolution, before date inference: what an event is built from. */
  private final Map<String, Article> resolved = new HashMap<>();
  /** As shown (undated ones with their event's day), in arrival order. */
  private final Map<String, Article> current = new LinkedHashMap<>();
  private final Map<String, Event> events = new HashMap<>();
  /** Merged event id → the id it was merged into (which may itself have been merged later). */
  private final Map<String, String> aliases = new LinkedHashMap<>();

  private List<Story> stories = List.of();
  private boolean storiesStale;
  private long storyNanos;
  private Marsad.Grouped grouped = new Marsad.Grouped(List.of(), List.of(), List.of());
  private int fullGroupings;
  private long eventBuilds;
  private RestoreReport restoreReport;

  private LiveGrouping(IncrementalEventDetector.Settings settings) {
    this.detector = IncrementalEventDetector.inMemory(settings);
  }

  /**
   * Groups the analysed articles from scratch as the digest does ({@link Marsad#eventGrouper}, the batch grouper, which
   * scores higher than the detector fed one article at a time), then hands those events to the detector as its
   * starting point, with {@link #LIVE_SETTINGS} for the articles that come later.
   */
  public static LiveGrouping group(List<Article> analysed) {
    return group(analysed, LIVE_SETTINGS);
  }

  public static LiveGrouping group(List<Article> analysed, IncrementalEventDetector.Settings settings) {
    LiveGrouping g = new LiveGrouping(settings);
    g.fullGroupings++;
    g.startWithBatchEvents(g.fresh(analysed));
    return g;
  }

  /** Groups the articles (the whole corpus) with the digest's batch grouper and starts from those events. */
  private void startWithBatchEvents(List<Article> order) {
    List<Article> resolvedAll = resolveOrKeep(order);
    Map<String, String> eventOf = new HashMap<>();
    for (Event e : Marsad.eventGrouper(analyzer).group(resolvedAll, terms)) {
      for (String id : e.articleIds()) eventOf.put(id, e.id());
    }
    start(order, eventOf, resolvedAll);
  }

  /**
   * Groups the analysed articles as they were saved: each saved article goes back into its saved event under the
   * saved id without being scored again, so a restart costs no regrouping; an article not saved is then assigned as
   * new, in publication order. Saved ids of merged events stay resolvable. See {@link #restoreReport()}.
   */
  public static LiveGrouping restore(List<Article> analysed, Assignments saved) {
    return restore(analysed, saved, LIVE_SETTINGS);
  }

  public static LiveGrouping restore(List<Article> analysed, Assignments saved, IncrementalEventDetector.Settings settings) {
    LiveGrouping g = new LiveGrouping(settings);
    Map<String, Article> byId = new HashMap<>();
    for (Article a : analysed) byId.putIfAbsent(a.id(), a);
    List<Article> order = new ArrayList<>(byId.size());
    Map<String, String> eventOf = new HashMap<>();
    int missing = 0;
    for (Placement p : saved.arrivals()) {
      Article a = byId.get(p.articleId());
      if (a == null) missing++;
      else if (eventOf.putIfAbsent(a.id(), p.eventId()) == null) order.add(a);
    }
    int restored = order.size();
    List<Article> unsaved = new ArrayList<>();
    for (Article a : byId.values()) if (!eventOf.containsKey(a.id())) unsaved.add(a);
    unsaved.sort(FEED_ORDER);
    order.addAll(unsaved);
    for (Map.Entry<String, String> e : saved.aliases().entrySet()) g.aliases.put(e.getKey(), e.getValue());
    g.start(order, eventOf, resolveOrKeep(order));
    g.restoreReport = new RestoreReport(restored, missing, unsaved.size());
    return g;
  }

  /**
   * Seeds the detector with the articles that have an event in {@code eventOf}, assigns the others in order, and
   * builds every event from the articles resolved across the whole corpus ({@code resolvedAll}, same order).
   */
  private void start(List<Article> order, Map<String, String> eventOf, List<Article> resolvedAll) {
    List<Article> seeded = new ArrayList<>();
    for (Article a : order) if (eventOf.containsKey(a.id())) seeded.add(a);
    detector.seed(seeded, eventOf);
    for (Article a : seeded) arrivals.add(a.id());
    for (Article a : order) if (!eventOf.containsKey(a.id())) record(assign(a));
    for (Article a : resolvedAll) resolved.put(a.id(), a);
    Map<String, List<String>> members = detector.events();
    List<LiveEventBuilder.Built> built = members.entrySet().parallelStream()
        .map(e -> LiveEventBuilder.build(e.getKey(), membersOf(e.getValue())))
        .toList();
    for (String id : arrivals) current.put(id, resolved.get(id));
    for (LiveEventBuilder.Built b : built) keep(b);
    // aliases recorded while assigning may point at events merged later in the same run: nothing to show for them
    aliases.keySet().removeIf(events::containsKey);
    regroupStories();
  }

  /**
   * Assigns the articles not seen before (in publication order) and builds again the events they joined or merged.
   * Stories are left as they were until {@link #regroupStories()}. Articles already in the grouping are ignored.
   */
  public Update add(List<Article> analysed) {
    return add(analysed, StepTimes.NONE);
  }

  /**
   * As {@link #add(List)}, reporting each step's time to {@code times}: "assign", "resolve" (entities of the new
   * articles), "events" (building the touched events), "view" (the immutable view).
   */
  public Update add(List<Article> analysed, StepTimes times) {
    List<Article> fresh = fresh(analysed);
    if (fresh.isEmpty()) return new Update(List.of(), List.of(), Map.of());
    if (arrivals.isEmpty()) {
      // nothing grouped yet (a server's first ingest into an empty store): the batch is the whole corpus, so it is
      // grouped as the digest groups it; no article already grouped is grouped again
      startWithBatchEvents(fresh);
      List<String> added = new ArrayList<>(fresh.size());
      for (Article a : fresh) added.add(a.id());
      return new Update(added, new ArrayList<>(events.keySet()), Map.of());
    }
    Clock clock = new Clock(times);
    Map<String, String> merged = new LinkedHashMap<>();
    for (Article a : fresh) {
      IncrementalEventDetector.Assignment x = assign(a);
      for (String m : x.merged()) merged.put(m, x.eventId());
      record(x);
    }
    // events now holding a new article, and the old events folded into them
    Map<String, List<Article>> newcomers = new LinkedHashMap<>();
    for (Article a : fresh) newcomers.computeIfAbsent(detector.eventOf(a.id()), k -> new ArrayList<>()).add(a);
    Map<String, Set<String>> oldMembers = new LinkedHashMap<>();
    for (String t : newcomers.keySet()) oldMembers.put(t, new LinkedHashSet<>());
    Set<String> gone = new LinkedHashSet<>();
    for (String old : concat(newcomers.keySet(), merged.keySet())) {
      Event e = events.get(old);
      if (e == null) continue;
      String now = detector.resolve(old);
      oldMembers.computeIfAbsent(now, k -> new LinkedHashSet<>()).addAll(e.articleIds());
      if (!now.equals(old)) gone.add(old);
    }

    clock.lap("assign");
    List<String> rebuilt = new ArrayList<>(oldMembers.keySet());
    for (String t : rebuilt) {
      List<Article> known = new ArrayList<>();
      for (String id : oldMembers.get(t)) known.add(resolved.get(id));
      List<Article> joining = newcomers.getOrDefault(t, List.of());
      for (Article a : resolveAgainst(joining, known)) resolved.put(a.id(), a);
    }
    for (Article a : fresh) current.put(a.id(), resolved.get(a.id()));
    clock.lap("resolve");
    List<LiveEventBuilder.Built> built = rebuilt.parallelStream().map(t -> {
      List<String> ids = new ArrayList<>(oldMembers.get(t));
      for (Article a : newcomers.getOrDefault(t, List.of())) ids.add(a.id());
      return LiveEventBuilder.build(t, membersOf(ids));
    }).toList();
    for (String old : gone) events.remove(old);
    for (LiveEventBuilder.Built b : built) keep(b);
    for (Map.Entry<String, String> m : merged.entrySet()) {
      if (!events.containsKey(m.getKey())) aliases.put(m.getKey(), detector.resolve(m.getKey()));
    }
    clock.lap("events");
    storiesStale = true;
    publish();
    clock.lap("view");
    List<String> added = new ArrayList<>(fresh.size());
    for (Article a : fresh) added.add(a.id());
    Map<String, String> mergedNow = new LinkedHashMap<>();
    for (String m : merged.keySet()) if (!events.containsKey(m)) mergedNow.put(m, detector.resolve(m));
    return new Update(added, rebuilt, mergedNow);
  }

  /** Whether events changed since stories were last grouped. */
  public boolean storiesStale() {
    return storiesStale;
  }

  /** Groups stories again from the current events (article terms are cached across calls). */
  public void regroupStories() {
    long t = System.nanoTime();
    List<Event> all = new ArrayList<>(events.values());
    all.sort(EVENT_ORDER);
    stories = storyGrouper.group(all, Collections.unmodifiableMap(current), terms);
    storiesStale = false;
    storyNanos = System.nanoTime() - t;
    grouped = new Marsad.Grouped(List.copyOf(current.values()), List.copyOf(all), stories);
  }

  /** Wall time the last {@link #regroupStories()} took. */
  public long storyGroupingNanos() {
    return storyNanos;
  }

  /** The articles (as shown), events and stories now (stories as last grouped). Immutable. */
  public Marsad.Grouped grouped() {
    return grouped;
  }

  /**
   * The id under which an event is shown now: the id itself for a current event, the event it was merged into
   * (followed through later merges) for an old one, null when never known.
   */
  public String currentEventId(String eventId) {
    String id = eventId;
    for (int hops = 0; id != null && hops <= aliases.size(); hops++) {
      if (events.containsKey(id)) return id;
      id = aliases.get(id);
    }
    return null;
  }

  /** Old ids of merged events and the current id each resolves to. */
  public Map<String, String> aliases() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String old : aliases.keySet()) {
      String now = currentEventId(old);
      if (now != null) out.put(old, now);
    }
    return Collections.unmodifiableMap(out);
  }

  /** Every article in arrival order with its current event, and the aliases: what {@link #restore} reads. */
  public Assignments assignments() {
    List<Placement> out = new ArrayList<>(arrivals.size());
    for (String id : arrivals) out.add(new Placement(id, detector.eventOf(id)));
    return new Assignments(out, aliases());
  }

  /**
   * How many times the whole corpus was grouped from scratch (1 after {@link #group}, 0 after {@link #restore}). A
   * first {@link #add} to an empty grouping groups its batch with the batch grouper but does not count: nothing
   * grouped before is grouped again.
   */
  public int fullGroupings() {
    return fullGroupings;
  }

  /** How many events were built so far, counting each rebuild. */
  public long eventBuilds() {
    return eventBuilds;
  }

  /** How the restore went; null when this grouping was not restored. */
  public RestoreReport restoreReport() {
    return restoreReport;
  }

  @Override
  public void close() {
    try {
      detector.close();
    } finally {
      analyzer.close();
    }
  }

  // ---- internals

  private IncrementalEventDetector.Assignment assign(Article a) {
    try {
      return detector.assign(a);
    } catch (RuntimeException e) {
      // an article the detector cannot read must not stop the batch: with no text to compare, it starts its own event
      return detector.assign(Article.ingested(a.id(), a.source(), a.format(), a.charset(), "", a.meta()));
    }
  }

  private void record(IncrementalEventDetector.Assignment x) {
    arrivals.add(x.articleId());
    for (String m : x.merged()) aliases.put(m, x.eventId());
  }

  /** Articles of the batch not seen before, each id once, in feed order. */
  private List<Article> fresh(List<Article> analysed) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : analysed) if (!resolved.containsKey(a.id())) byId.putIfAbsent(a.id(), a);
    List<Article> out = new ArrayList<>(byId.values());
    out.sort(FEED_ORDER);
    return out;
  }

  /**
   * The joining articles with their entities resolved together with the event's known members; the known members
   * keep theirs (they took part in the whole corpus's resolution).
   */
  private static List<Article> resolveAgainst(List<Article> joining, List<Article> known) {
    if (joining.isEmpty()) return List.of();
    List<Article> all = new ArrayList<>(known.size() + joining.size());
    all.addAll(known);
    all.addAll(joining);
    List<Article> out = resolveOrKeep(all);
    return out.subList(known.size(), out.size());
  }

  /** The articles with entities resolved across them; as they are when resolution fails (bad input never stops us). */
  private static List<Article> resolveOrKeep(List<Article> articles) {
    try {
      return EntityResolver.resolve(articles);
    } catch (RuntimeException | StackOverflowError e) {
      return articles;
    }
  }

  private List<Article> membersOf(List<String> ids) {
    List<Article> out = new ArrayList<>(ids.size());
    for (String id : ids) out.add(resolved.get(id));
    return out;
  }

  private void keep(LiveEventBuilder.Built b) {
    events.put(b.event().id(), b.event());
    for (Article a : b.members()) current.put(a.id(), a);
    eventBuilds++;
  }

  private void publish() {
    List<Event> all = new ArrayList<>(events.values());
    all.sort(EVENT_ORDER);
    grouped = new Marsad.Grouped(List.copyOf(current.values()), List.copyOf(all), stories);
  }

  /** Reports the time since the last lap under a step name; measures nothing for {@link StepTimes#NONE}. */
  private static final class Clock {
    private final StepTimes times;
    private long wall, cpu;

    Clock(StepTimes times) {
      this.times = times;
      if (times != StepTimes.NONE) {
        wall = System.nanoTime();
        cpu = StepTimes.processCpuNanos();
      }
    }

    void lap(String step) {
      if (times == StepTimes.NONE) return;
      long w = System.nanoTime(), c = StepTimes.processCpuNanos();
      times.add(step, w - wall, c - cpu);
      wall = w;
      cpu = c;
    }
  }

  private static List<String> concat(Set<String> a, Set<String> b) {
    List<String> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    return out;
  }
}
