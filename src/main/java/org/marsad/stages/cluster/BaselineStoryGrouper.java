package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Story;

/**
 * Baseline story grouping: events whose centroids (normalised sums of their articles' TF-IDF vectors) have a cosine
 * ≥ the link threshold join one story, whatever their dates, with the same average-link guard against chaining as
 * {@link BaselineEventGrouper}. Not thread-safe (the analyzer is reused).
 */
public final class BaselineStoryGrouper implements StoryGrouper {

  /** See {@link BaselineEventGrouper.Settings}; there is no date limit, stories span months. */
  public record Settings(Thresholds thresholds, int topTerms, int window, int minSharedTerms) {
    /**
     * Small batches: tuned with {@code TuneStories} (test sources): the samples' four events fall into their three
     * stories at any link value from 0.03 to 0.15; the seeds' three events form their one story only at ≤ 0.08 and
     * only when a single shared top term makes a candidate; 0.05 is below the event link value, as stories are
     * looser. Large batches (thousands of events): 0.15 / 0.10, checked on ANT and SaudiNewsNet story counts.
     */
    public static final Settings DEFAULTS = new Settings(
        new Thresholds(new Thresholds.At(20, 0.05, 0.05), new Thresholds.At(10_000, 0.15, 0.10)), 15, 30, 1);

    SimilarityGrouping.Params params(int batchSize) {
      Thresholds.At t = thresholds.at(batchSize);
      return new SimilarityGrouping.Params(topTerms, window, minSharedTerms, t.link(), t.merge(), -1, false);
    }
  }

  private final Analyzer analyzer;
  private final Settings settings;

  public BaselineStoryGrouper() {
    this(new ArabicAnalyzer(), Settings.DEFAULTS);
  }

  public BaselineStoryGrouper(Analyzer analyzer, Settings settings) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public List<Story> group(List<Event> events, Map<String, Article> byId) {
    return group(events, byId, null);
  }

  /**
   * As {@link #group(List, Map)}, reusing the analysed article texts in {@code terms} (filled by the event grouper);
   * the stories are the same. {@code terms} must be built with this grouper's analyzer.
   */
  public List<Story> group(List<Event> events, Map<String, Article> byId, ArticleTermCache terms) {
    return group(events, byId, terms, new ArticleClaims());
  }

  /**
   * As {@link #group(List, Map, ArticleTermCache)}, reading the articles' counted claims (for the trends) through
   * {@code claims}, which the event conflicts may have filled already.
   */
  public List<Story> group(List<Event> events, Map<String, Article> byId, ArticleTermCache terms, ArticleClaims claims) {
    if (terms != null) terms.requireAnalyzer(analyzer);
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(Event::id));
    int n = sorted.size();
    // One text per member article; an event whose articles are all missing is represented by its title.
    List<String> texts = new ArrayList<>();
    List<TermVocabulary.TermCounts> analysed = new ArrayList<>();
    int[] firstText = new int[n + 1];
    for (int e = 0; e < n; e++) {
      firstText[e] = Math.max(texts.size(), analysed.size());
      Event ev = sorted.get(e);
      for (String id : ev.articleIds()) {
        Article a = byId.get(id);
        if (a == null) continue;
        if (terms == null) texts.add(ArticleText.forSimilarity(a));
        else analysed.add(terms.similarityTerms(a));
      }
      int now = Math.max(texts.size(), analysed.size());
      if (now == firstText[e]) {
        String title = ev.title() == null ? "" : ev.title();
        if (terms == null) texts.add(title);
        else analysed.add(terms.terms(title));
      }
    }
    firstText[n] = Math.max(texts.size(), analysed.size());
    TfIdfVectors tfidf = terms == null ? TfIdfVectors.of(texts, analyzer) : TfIdfVectors.of(analysed, terms.vocabulary());
    SparseVector[] centroids = new SparseVector[n];
    long[] days = new long[n];
    for (int e = 0; e < n; e++) {
      SparseVector sum = SparseVector.EMPTY;
      for (int t = firstText[e]; t < firstText[e + 1]; t++) sum = sum.plus(tfidf.vector(t));
      centroids[e] = sum.normalized();
      days[e] = ArticleText.epochDay(isoDateOrNull(sorted.get(e).when()));
    }
    int[] label = SimilarityGrouping.group(centroids, days, new int[n], t -> tfidf.documentFrequency(t) >= 2, settings.params(n));

    Map<Integer, List<Event>> groups = new TreeMap<>();
    for (int e = 0; e < n; e++) groups.computeIfAbsent(label[e], k -> new ArrayList<>()).add(sorted.get(e));
    Map<String, String> whenOfEvent = new java.util.HashMap<>();
    for (Event e : sorted) if (e.when() != null) whenOfEvent.put(e.id(), e.when());
    // each story's timeline and trends read only its own events: on all cores
    List<Story> stories = new ArrayList<>(groups.values().parallelStream().map(members -> story(members, byId, claims)).toList());
    // stories by the date of their first dated event (past happenings in the timeline do not move a story back)
    stories.sort(Comparator.comparing((Story s) -> firstWhen(s, whenOfEvent), Comparator.nullsLast(Comparator.<String>naturalOrder()))
        .thenComparing(Story::id));
    return stories;
  }

  private static String firstWhen(Story s, Map<String, String> whenOfEvent) {
    String first = null;
    for (String e : s.eventIds()) {
      String w = whenOfEvent.get(e);
      if (w != null && (first == null || w.compareTo(first) < 0)) first = w;
    }
    return first;
  }

  private static String isoDateOrNull(String when) {
    if (when == null || when.length() < 10) return null;
    try {
      java.time.LocalDate.parse(when.substring(0, 10));
      return when.substring(0, 10);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static Story story(List<Event> members, Map<String, Article> byId, ArticleClaims claims) {
    List<Event> order = StoryTimeline.order(members, byId);
    List<String> eventIds = new ArrayList<>();
    Event largest = order.get(0);
    for (Event e : order) {
      eventIds.add(e.id());
      if (e.articleIds().size() > largest.articleIds().size()) largest = e;
    }
    String id = "s-" + BaselineEventGrouper.shortHash(eventIds);
    return new Story(id, largest.title(), eventIds, StoryTimeline.of(order, byId), StoryTrends.of(order, byId, claims));
  }
}
