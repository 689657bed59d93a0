package org.marsad.stages.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.marsad.model.Article;

/**
 * Assigns each new article to an existing event or starts a new one, without re-clustering what came before.
 *
 * <p>Per article: its profile ({@link EventProfiler}); candidates from the {@link CandidateIndex} (a MoreLikeThis-style
 * query over its heaviest terms and names, within {@link Settings#maxDayGap} days); per candidate, the probability of
 * "same happening" from the fitted pair model ({@link EventLinkModel}, {@link PairFeatures}). Per candidate event, an
 * event-level join probability from a second fitted model over {@link EventJoinFeatures}: the strongest pair link,
 * the article against the event's {@link EventCentroid} (summed bodies, summed leads, names of all members), and how
 * far the event stands out among the article's candidate events. The article joins the event of highest join
 * probability when it reaches {@link Settings#join}; other candidate events whose join probability reaches
 * {@link Settings#merge} are merged into it (a bridging article). Ids of merged events stay resolvable through
 * {@link #resolve}.
 *
 * <p>An event's known publication days stay within {@code maxDayGap} of each other, and an undated article joins an
 * event only when the weekday it calls "today" meets the event's weekdays. Centroids are kept only for events a
 * dated article can still join, so memory follows the open events, not the store. Not thread-safe.
 */
public final class IncrementalEventDetector implements AutoCloseable {

  /**
   * @param maxDayGap an event's known publication days span at most this many days
   * @param candidates how many candidates the index returns per article (besides the pending ones)
   * @param queryTerms how many of the article's heaviest terms its candidate query uses
   * @param indexedTerms how many of each article's heaviest terms are indexed
   * @param reopenEvery how many articles wait before the index searcher is reopened
   * @param profilesInMemory how many of the latest profiles are held in memory (older ones are read from the index)
   * @param link minimum pair probability of the strongest link to an event (0: the join model alone decides)
   * @param join minimum event-level join probability for the article to join an event
   * @param merge minimum event-level join probability of a second candidate event for the article to merge it in
   */
  public record Settings(int maxDayGap, int candidates, int queryTerms, int indexedTerms, int reopenEvery,
      int profilesInMemory, double link, double join, double merge) {
    public Settings {
      if (candidates < 1 || queryTerms < 1 || indexedTerms < 1 || reopenEvery < 1) throw new IllegalArgumentException("counts must be ≥ 1");
      if (profilesInMemory < reopenEvery) throw new IllegalArgumentException("profilesInMemory must hold the pending articles");
    }

    /**
     * Even odds for joining and merging: both models are fitted (AntEventLinkFit), so no threshold is tuned here.
     */
    public static final Settings DEFAULTS = new Settings(3, 40, 24, 32, 32, 200_000, 0, 0.5, 0.5);

    public Settings withProfilesInMemory(int n) {
      return new Settings(maxDayGap, candidates, queryTerms, indexedTerms, reopenEvery, n, link, join, merge);
    }

    public Settings withReopenEvery(int n) {
      return new Settings(maxDayGap, candidates, queryTerms, indexedTerms, n, Math.max(n, profilesInMemory), link, join, merge);
    }

    public Settings withThresholds(double link, double join, double merge) {
      return new Settings(maxDayGap, candidates, queryTerms, indexedTerms, reopenEvery, profilesInMemory, link, join, merge);
    }
  }

  /**
   * Where an article went.
   *
   * @param eventId the event it is in now
   * @param started whether it started that event
   * @param merged ids of events merged into {@code eventId} because this article bridged them
   */
  public record Assignment(String articleId, String eventId, boolean started, List<String> merged) {
    public Assignment {
      merged = List.copyOf(merged);
    }
  }

  /**
   * Off: the outlet factor ({@link TermStatistics#outletFactor}) lowered B³ / pairwise F1 on the ANT dev days
   * (0.857 / 0.612 without, 0.837 / 0.489 with, fitted on both days), the topics an outlet covers most that day
   * being mistaken for its furniture. Kept as an ablation for {@code AntEventLinkFit -Doutlet.aware=true}.
   */
  static final boolean OUTLET_AWARE = false;

  private final Settings settings;
  private final EventLinkModel model;
  private final EventLinkModel joinModel;
  private final EventProfiler profiler;
  private final CandidateIndex index;

  // Per article slot.
  private final List<String> articleIds = new ArrayList<>();
  private final Map<String, Integer> slotOfArticle = new HashMap<>();
  private int[] eventOfSlot = new int[1024];
  private final EventProfile[] recent;

  // Per event number (union-find over events: a merged event points to the one it joined).
  private int[] parent = new int[1024];
  private int[] size = new int[1024];
  private long[] minDay = new long[1024], maxDay = new long[1024];
  private int[] weekdays = new int[1024];
  private final List<String> eventIds = new ArrayList<>();
  private final Map<String, Integer> eventNumber = new HashMap<>();

  // Scratch per assignment.
  private final double[] features = new double[PairFeatures.SIZE];


  IncrementalEventDetector(Directory directory, Analyzer analyzer, Settings settings, EventLinkModel model) {
    this(directory, analyzer, settings, model, EventLinkModel.fittedJoin(), false, OUTLET_AWARE);
  }

  private IncrementalEventDetector(Directory directory, Analyzer analyzer, Settings settings, EventLinkModel model,
      EventLinkModel joinModel, boolean mergeInline, boolean outletAware) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.model = Objects.requireNonNull(model, "model");
    this.joinModel = Objects.requireNonNull(joinModel, "joinModel");
    TermStatistics stats = new TermStatistics();
    this.profiler = new EventProfiler(analyzer, stats, outletAware);
    this.index = new CandidateIndex(directory, stats, settings.reopenEvery(), mergeInline);
    this.recent = new EventProfile[settings.profilesInMemory()];
  }

  /** A detector whose index lives in memory. */
  public static IncrementalEventDetector inMemory() {
    return inMemory(Settings.DEFAULTS);
  }

  public static IncrementalEventDetector inMemory(Settings settings) {
    return inMemory(settings, EventLinkModel.fitted());
  }

  static IncrementalEventDetector inMemory(Settings settings, EventLinkModel model) {
    return new IncrementalEventDetector(new ByteBuffersDirectory(), new ArabicAnalyzer(), settings, model,
        EventLinkModel.fittedJoin(), true, OUTLET_AWARE);
  }

  /**
   * A detector for one batch whose index lives in a temporary folder, deleted on {@link #close}. Memory-mapped files
   * answer the many small term lookups of candidate queries several times faster than {@link ByteBuffersDirectory}.
   */
  static IncrementalEventDetector temporary(Settings settings, EventLinkModel model) {
    return temporary(settings, model, EventLinkModel.fittedJoin(), OUTLET_AWARE);
  }

  /**
   * @param joinModel the event-level model over {@link EventJoinFeatures}
   * @param outletAware whether terms an outlet repeats in most of its own articles lose weight
   */
  static IncrementalEventDetector temporary(Settings settings, EventLinkModel model, EventLinkModel joinModel,
      boolean outletAware) {
    try {
      Path dir = Files.createTempDirectory("marsad-events");
      IncrementalEventDetector d = new IncrementalEventDetector(new NRTCachingDirectory(FSDirectory.open(dir), 16, 64),
          new ArabicAnalyzer(), settings, model, joinModel, true, outletAware);
      d.temporaryDir = dir;
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path temporaryDir;

  /** A detector whose index lives in {@code dir} (created or emptied). */
  public static IncrementalEventDetector onDisk(Path dir, Settings settings) {
    try {
      // Small segments from frequent reopening stay in memory until merged: reopening costs no disk write.
      Directory d = new NRTCachingDirectory(FSDirectory.open(dir), 16, 64);
      return new IncrementalEventDetector(d, new ArabicAnalyzer(), settings, EventLinkModel.fitted());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Assigns one new article (an id seen before keeps its event). */
  public Assignment assign(Article article) {
    Integer known = slotOfArticle.get(article.id());
    if (known != null) return new Assignment(article.id(), eventIds.get(find(eventOfSlot[known])), false, List.of());
    return assign(profiler.weigh(profiler.count(article)));
  }

  /**
   * Puts articles into given events without scoring them, so a grouping made elsewhere (the batch grouper's, or one
   * saved before a restart) becomes the detector's starting point; later articles are assigned against it. Every
   * article is counted into the term statistics before any is weighed, as a batch grouping does. An event id not
   * known yet starts an event under that id; an article already in the detector keeps its event. The seeded articles
   * are candidates for the next {@link #assign}.
   *
   * @param eventOfArticle the event id of each article (articles without one start their own event)
   */
  public void seed(List<Article> articles, Map<String, String> eventOfArticle) {
    List<EventProfiler.Counts> counted = new ArrayList<>(articles.size());
    Set<String> seen = new HashSet<>();
    for (Article a : articles) {
      if (slotOfArticle.containsKey(a.id()) || !seen.add(a.id())) continue;
      counted.add(countOrBlank(a));
    }
    for (EventProfiler.Counts c : counted) {
      EventProfile p = profiler.weigh(c);
      store(p, eventOfArticle.get(p.articleId()));
    }
    makeSearchable();
  }

  /** An article whose text cannot be read is counted with none, so it still gets an event (bad input never stops us). */
  private EventProfiler.Counts countOrBlank(Article a) {
    try {
      return profiler.count(a);
    } catch (RuntimeException e) {
      return profiler.count(Article.ingested(a.id(), a.source(), a.format(), a.charset(), "", a.meta()));
    }
  }

  EventProfiler profiler() {
    return profiler;
  }

  /** The current id of an event, following merges; the id itself when it was never merged; null when unknown. */
  public String resolve(String eventId) {
    Integer e = eventNumber.get(eventId);
    return e == null ? null : eventIds.get(find(e));
  }

  /** The current event of an article, or null when it was never assigned. */
  public String eventOf(String articleId) {
    Integer s = slotOfArticle.get(articleId);
    return s == null ? null : eventIds.get(find(eventOfSlot[s]));
  }

  public int articleCount() {
    return articleIds.size();
  }

  /** Article ids by current event id, each event's members in the order they arrived. */
  public Map<String, List<String>> events() {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (int s = 0; s < articleIds.size(); s++) {
      out.computeIfAbsent(eventIds.get(find(eventOfSlot[s])), k -> new ArrayList<>()).add(articleIds.get(s));
    }
    return out;
  }

  /** Assigns a weighed profile. */
  Assignment assign(EventProfile p) {
    int ne = scoreCandidateEvents(p);
    int best = -1;
    for (int k = 0; k < ne; k++) {
      if (!joinable(k) || !fits(evs[k], p)) continue;
      if (best < 0 || joinProb[k] > joinProb[best] || (joinProb[k] == joinProb[best] && evs[k] < evs[best])) best = k;
    }
    int slot = addSlot(p);
    if (best < 0) {
      int ev = newEvent(p);
      eventOfSlot[slot] = ev;
      index.add(slot, p, settings.indexedTerms());
      return new Assignment(p.articleId(), eventIds.get(ev), true, List.of());
    }
    int target = evs[best];
    join(target, p);
    eventOfSlot[slot] = target;
    List<Integer> bridged = new ArrayList<>();
    for (int k = 0; k < ne; k++) {
      if (k == best || maxLink[k] < settings.link() || joinProb[k] < settings.merge()) continue;
      int other = find(evs[k]);
      int root = find(target);
      if (other == root || !spanFits(root, other)) continue;
      if (bridged.isEmpty()) bridged.add(root);
      bridged.add(other);
      target = union(root, other);
    }
    index.add(slot, p, settings.indexedTerms());
    String id = eventIds.get(find(target));
    List<String> merged = new ArrayList<>();
    for (int e : bridged) if (!eventIds.get(e).equals(id)) merged.add(eventIds.get(e));
    return new Assignment(p.articleId(), id, false, merged);
  }

  private boolean joinable(int k) {
    return maxLink[k] >= settings.link() && joinProb[k] >= settings.join();
  }

  // Scratch per assignment: candidate events, their links, join features and probabilities.
  private int[] evs = new int[64], bestMember = new int[64];
  private double[] maxLink = new double[64], joinProb = new double[64];
  private double[][] joinRows = new double[64][EventJoinFeatures.SIZE];
  private EventProfile[] candidateProfiles = new EventProfile[64];

  /**
   * Retrieves the article's candidates and, per candidate event, fills {@code evs}, the strongest pair link, the
   * event-level join features and probability. Returns how many candidate events there are.
   */
  private int scoreCandidateEvents(EventProfile p) {
    List<CandidateIndex.Candidate> candidates = index.candidates(p, settings.queryTerms(), settings.maxDayGap(), settings.candidates());
    int n = candidates.size();
    if (n > evs.length) {
      int m = Math.max(n, evs.length * 2);
      evs = new int[m];
      bestMember = new int[m];
      maxLink = new double[m];
      joinProb = new double[m];
      joinRows = new double[m][EventJoinFeatures.SIZE];
      candidateProfiles = new EventProfile[m];
    }
    int ne = 0;
    for (int i = 0; i < n; i++) {
      CandidateIndex.Candidate c = candidates.get(i);
      EventProfile q = profileOf(c);
      candidateProfiles[i] = q;
      if (q == null || !daysMeet(p, q)) continue;
      PairFeatures.of(p, q, features);
      double prob = model.probability(features);
      int ev = find(eventOfSlot[c.slot()]);
      int k = 0;
      while (k < ne && evs[k] != ev) k++;
      if (k == ne) {
        evs[ne++] = ev;
        maxLink[k] = -1;
      }
      if (prob > maxLink[k]) {
        maxLink[k] = prob;
        bestMember[k] = i;
      }
    }
    for (int k = 0; k < ne; k++) {
      EventCentroid c = centroids.get(evs[k]);
      // An event closed to new dated articles has no centroid kept: its closest member stands in.
      if (c == null) c = EventCentroid.of(candidateProfiles[bestMember[k]]);
      EventJoinFeatures.of(p, maxLink[k], c, joinRows[k]);
    }
    EventJoinFeatures.margins(joinRows, ne);
    for (int k = 0; k < ne; k++) joinProb[k] = joinModel.probability(joinRows[k]);
    return ne;
  }

  /** For fitting: the event-level features of a profile against each candidate event it may join, by event id. */
  Map<String, double[]> joinFeatures(EventProfile p) {
    int ne = scoreCandidateEvents(p);
    Map<String, double[]> out = new java.util.LinkedHashMap<>();
    for (int k = 0; k < ne; k++) {
      if (fits(evs[k], p)) out.put(eventIds.get(evs[k]), joinRows[k].clone());
    }
    return out;
  }

  /**
   * Stores an article as a member of a given event (a new one when unknown) without scoring it: synthetic growth
   * for benchmarks. It becomes a candidate after {@link #makeSearchable}.
   */
  String store(EventProfile p, String eventId) {
    int slot = addSlot(p);
    Integer ev = eventId == null ? null : eventNumber.get(eventId);
    int e;
    if (ev == null) {
      e = newEvent(p);
      if (eventId != null) {
        eventIds.set(e, eventId);
        eventNumber.remove(idFor(p.articleId()));
        eventNumber.put(eventId, e);
      }
    } else {
      e = find(ev);
      join(e, p);
    }
    eventOfSlot[slot] = e;
    index.addQuietly(slot, p, settings.indexedTerms());
    return eventIds.get(e);
  }

  /** Makes every stored article searchable. */
  void makeSearchable() {
    index.reopen();
  }

  private int addSlot(EventProfile p) {
    int slot = articleIds.size();
    articleIds.add(p.articleId());
    slotOfArticle.put(p.articleId(), slot);
    if (slot == eventOfSlot.length) eventOfSlot = Arrays.copyOf(eventOfSlot, slot * 2);
    recent[slot % recent.length] = p;
    return slot;
  }

  private EventProfile profileOf(CandidateIndex.Candidate c) {
    int s = c.slot();
    if (s >= articleIds.size()) return null;
    if (s >= articleIds.size() - recent.length) return recent[s % recent.length];
    return c.doc() < 0 ? null : index.storedProfile(c.doc(), articleIds.get(s));
  }

  private boolean daysMeet(EventProfile a, EventProfile b) {
    if (a.dated() && b.dated()) return Math.abs(a.publishedDay() - b.publishedDay()) <= settings.maxDayGap();
    return true;
  }

  /** Joining keeps the event's known days within the gap and its weekdays compatible. */
  private boolean fits(int ev, EventProfile p) {
    if (p.dated()) {
      if (minDay[ev] == SimilarityGrouping.UNKNOWN_DAY) return (weekdays[ev] == 0 || (weekdays[ev] & p.weekdayMask()) != 0);
      return Math.max(maxDay[ev], p.publishedDay()) - Math.min(minDay[ev], p.publishedDay()) <= settings.maxDayGap();
    }
    return SimilarityGrouping.weekdaysCompatible(minDay[ev], weekdays[ev], p.publishedDay(), p.weekdayMask());
  }

  private boolean spanFits(int a, int b) {
    if (minDay[a] == SimilarityGrouping.UNKNOWN_DAY || minDay[b] == SimilarityGrouping.UNKNOWN_DAY) {
      return SimilarityGrouping.weekdaysCompatible(minDay[a], weekdays[a], minDay[b], weekdays[b]);
    }
    return Math.max(maxDay[a], maxDay[b]) - Math.min(minDay[a], minDay[b]) <= settings.maxDayGap();
  }

  private int newEvent(EventProfile p) {
    int e = eventIds.size();
    if (e == parent.length) {
      int n = e * 2;
      parent = Arrays.copyOf(parent, n);
      size = Arrays.copyOf(size, n);
      minDay = Arrays.copyOf(minDay, n);
      maxDay = Arrays.copyOf(maxDay, n);
      weekdays = Arrays.copyOf(weekdays, n);
    }
    parent[e] = e;
    size[e] = 1;
    minDay[e] = p.publishedDay();
    maxDay[e] = p.publishedDay();
    weekdays[e] = p.weekdayMask();
    keepCentroid(e, EventCentroid.of(p), p);
    String id = idFor(p.articleId());
    eventIds.add(id);
    eventNumber.put(id, e);
    return e;
  }

  /** An event is named after the article that started it: stable however many articles join later. */
  private static String idFor(String foundingArticleId) {
    return "e-" + BaselineEventGrouper.shortHash(List.of(foundingArticleId));
  }

  private void join(int ev, EventProfile p) {
    EventCentroid c = centroids.get(ev);
    keepCentroid(ev, c == null ? EventCentroid.of(p) : c.plus(p), p);
    size[ev]++;
    if (p.dated()) {
      minDay[ev] = minDay[ev] == SimilarityGrouping.UNKNOWN_DAY ? p.publishedDay() : Math.min(minDay[ev], p.publishedDay());
      maxDay[ev] = Math.max(maxDay[ev], p.publishedDay());
    }
    weekdays[ev] |= p.weekdayMask();
  }

  /** Merges two event roots; the bigger survives (the older on a tie). Returns the survivor. */
  private int union(int a, int b) {
    int keep = size[a] > size[b] || (size[a] == size[b] && a < b) ? a : b;
    int gone = keep == a ? b : a;
    parent[gone] = keep;
    EventCentroid ck = centroids.get(keep), cg = centroids.remove(gone);
    if (ck == null) ck = cg;
    else if (cg != null) ck = ck.plus(cg);
    if (ck != null) centroids.put(keep, ck);
    size[keep] += size[gone];
    if (minDay[gone] != SimilarityGrouping.UNKNOWN_DAY) {
      minDay[keep] = minDay[keep] == SimilarityGrouping.UNKNOWN_DAY ? minDay[gone] : Math.min(minDay[keep], minDay[gone]);
      maxDay[keep] = Math.max(maxDay[keep], maxDay[gone]);
    }
    weekdays[keep] |= weekdays[gone];
    return keep;
  }

  /** Centroids of the events that dated articles can still join (and of undated events), by event root. */
  private final Map<Integer, EventCentroid> centroids = new HashMap<>();
  private long latestDay = Long.MIN_VALUE;

  /**
   * Keeps an event's centroid. When a later day is first seen, drops the centroids of events whose last known day
   * is more than {@code maxDayGap} before it: a dated article can no longer join them, and memory stays that of the
   * open events however many articles are stored.
   */
  private void keepCentroid(int ev, EventCentroid c, EventProfile p) {
    centroids.put(ev, c);
    if (!p.dated() || p.publishedDay() <= latestDay) return;
    latestDay = p.publishedDay();
    long oldest = latestDay - settings.maxDayGap();
    centroids.keySet().removeIf(e -> maxDay[e] != SimilarityGrouping.UNKNOWN_DAY && maxDay[e] < oldest && e != ev);
  }

  private int find(int e) {
    while (parent[e] != e) {
      parent[e] = parent[parent[e]];
      e = parent[e];
    }
    return e;
  }

  @Override
  public void close() {
    index.close();
    if (temporaryDir != null) {
      try (java.util.stream.Stream<Path> files = Files.list(temporaryDir)) {
        for (Path f : files.toList()) Files.deleteIfExists(f);
        Files.deleteIfExists(temporaryDir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
