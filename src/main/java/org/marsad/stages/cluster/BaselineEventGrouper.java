package org.marsad.stages.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.model.Article;
import org.marsad.stages.clean.ReportingDay;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;

/**
 * Baseline event grouping: TF-IDF cosine over title and body, plus title and lead paragraph ({@link Weights}), with a
 * date limit.
 *
 * <p>Two articles link when their cosine is ≥ the link threshold and their publication days (when both are known)
 * are at most {@link Settings#maxDayGap()} apart; groups merge only while their average-link similarity stays ≥
 * the merge threshold and their known days stay within the gap (see {@link SimilarityGrouping}). IDF is taken over
 * the batch, so thresholds depend on the batch size ({@link Thresholds}). Not thread-safe (the analyzer is reused).
 */
public final class BaselineEventGrouper implements EventGrouper {

  /**
   * @param maxDayGap articles whose known publication days are further apart never share an event
   * @param thresholds per batch size: {@code link} is the minimum article–article cosine for a link, {@code merge}
   *     the minimum average-link similarity (mean cross-pair cosine) for two groups to merge, the guard against
   *     chaining
   * @param topTerms per article, how many of its heaviest terms key the candidate index
   * @param window per postings list (sorted by day), how many neighbours on each side are candidates
   * @param minSharedTerms how many top terms a candidate pair must share before its cosine is computed
   * @param absorbing the second pass that lets big groups take in lone articles near their centroid; null: none
   */
  public record Settings(int maxDayGap, Thresholds thresholds, int topTerms, int window, int minSharedTerms,
      Weights weights, Absorbing absorbing) {
    /** Body text only, as the thresholds below were first tuned. */
    public Settings(int maxDayGap, Thresholds thresholds, int topTerms, int window, int minSharedTerms) {
      this(maxDayGap, thresholds, topTerms, window, minSharedTerms, Weights.BODY_ONLY);
    }

    /** Without the absorbing pass. */
    public Settings(int maxDayGap, Thresholds thresholds, int topTerms, int window, int minSharedTerms, Weights weights) {
      this(maxDayGap, thresholds, topTerms, window, minSharedTerms, weights, null);
    }

    public Settings {
      Objects.requireNonNull(weights, "weights");
    }

    /**
     * Small batches: tuned with {@code Tune} (test sources) on samples/ and the seeds, read raw with their page
     * furniture. Same-event pairs there score 0.08–0.34, the closest different-event pairs 0.07–0.09; link values
     * 0.06–0.08 with a merge value of 0.07 get both right. Large batches: on SaudiNewsNet (31k articles,
     * SaudiNewsNetScale) the small-batch values give topic blobs of 300+ articles ("Eid receptions", "Yemen war");
     * at link 0.30 / merge 0.20 the largest groups read as single events or near-identical template stories.
     * Between 20 and 10,000 articles the values move with log(size) (see {@link Thresholds}).
     *
     * <p>Since the lead view (title and first paragraph, weight 0.5 beside the body's 1; {@link Weights}) joined the
     * similarity: tuned with {@code AntEventsTune} on the ANT dev labels of 7 April only (8 April held out). There a
     * stricter link (≈ 0.21 at 208 articles) and a looser average-link guard (≈ 0.07) win: links decide, the guard
     * only stops chains. The small-batch values are the middle of what keeps samples and seeds right with the lead
     * view (link 0.06–0.075, merge 0.03–0.06); the large-batch ones follow from them through the 208-article point
     * and are not re-checked on SaudiNewsNet. An entity view (weight 0.1–1) did not help on 7 April alone then (see below).
     *
     * <p>The absorbing pass ({@link Absorbing}; issue 10: 14 April's strikes on Syria fell into 38 pieces) and the
     * merge values (× 0.8 of the above, 0.045 and 0.115 before) were tuned with {@code AntEventsTune#absorbGrid} on
     * 7–8 and 14 April together (B³ / pairwise F1): before, 0.864 / 0.634 and 0.504 / 0.194; lone articles into groups
     * of ≥ 10 at centroid 0.12: 0.879 / 0.720 and 0.622 / 0.420; plus the dominant group's pieces of ≤ 9 at 0.15:
     * 0.879 / 0.720 and 0.798 / 0.722; two rounds: 0.875 / 0.704 and 0.861 / 0.824 (three: 0.865 / 0.647 and
     * 0.889 / 0.866). Lower centroid values (0.08–0.10 for lone articles, 0.13 for pieces), groups
     * of ≥ 6, or pieces of any size cost 7–8 April precision (the Douma attack takes in the evacuation deal); a
     * stricter link or a stricter merge than these cost both days.
     *
     * <p>Entity view (issue 10 §1; measured with {@code AntEventErrors -Derrors.grouper=baseline -Derrors.ent=w} on
     * 7–8 and 14 April, B³ / pairwise F1): off 0.875 / 0.704 and 0.861 / 0.824; 0.05: 0.872 / 0.704 and 0.880 / 0.853;
     * 0.1: 0.882 / 0.714 and 0.899 / 0.880; 0.15: 0.879 / 0.713 and 0.889 / 0.866; 0.25: 0.852 / 0.673 and
     * 0.880 / 0.852. Shared names pull a happening's reactions and follow-ups together; at 0.25 they also join
     * different happenings that name the same actors.
     *
     * <p>Tried beside the entity view at 0.1 and left out, as neither raised 14 April (same measure): only names few
     * leads share (≤ 5 or 10 % of the batch) in the entity view: 0.889 / 0.731 and 0.833 / 0.780; persons and
     * organisations only: 0.886 / 0.727 and 0.852 / 0.809; two groups of ≥ 2 merge only when their leads share a name
     * or their average link is ≥ 0.3: 0.884 / 0.715 and 0.899 / 0.880 (14 April unchanged; with only rare names
     * shared: 0.880 / 0.853); no link between articles whose leads state only different resolved days: 0.883 / 0.715
     * and 0.899 / 0.880 (without the entity view 0.879 / 0.707 and 0.861 / 0.824; with only dates that write a day
     * number, no change at all: leads rarely write one).
     *
     * <p>The absorbing pass's member link (branch evq4, precision of the batch grouper; {@code AntEventsTune#absorbGrid
     * -Dtune.alink=…}, 7–8 and 14 April, B³ / pairwise F1): an article or piece joins a big group only if one of its
     * members has cosine ≥ 0.5 × the link threshold (0.105 at 208 articles, 0.084 at 103) with a group member, not
     * 0.3 ×: 0.882 / 0.714 → 0.886 / 0.730 (an analysis piece no longer joins the Douma attack), 14 April unchanged
     * at 0.899 / 0.880. 0.45 × gives the same; 0.40 × the old figures; 0.55 × costs 14 April (0.852 / 0.809), as some
     * of the strikes' explainers link to the group only that weakly. With this floor, lower centroid values no longer
     * cost 7–8 April (lone articles at 0.10 and pieces at 0.12–0.13: 0.882 / 0.724 and 0.926 / 0.921) but they are
     * not taken: at 0.45 × pieces at 0.13 let the Skripal group into the Douma group (7–8 April 0.871 / 0.644), so
     * that gain rests on one link. Tried in the same session and left out (AntGroupCore diagnostics; trial code in
     * the branch's history): two groups of ≥ 2 merge only when their summed leads have cosine ≥ g (g = 0.1: 0.882 /
     * 0.714 and 0.880 / 0.853; 0.15: 0.882 / 0.714 and 0.861 / 0.824; 0.18–0.25: 0.877 / 0.713 and ≈ 0.43 / 0.04;
     * 0.3: 0.893 / 0.719 and 0.431 / 0.042); asking ½ of a piece's members to link into the group (no change at
     * 0.5 ×), ¾ (14 April 0.880 / 0.853) or all (0.813 / 0.747). The Douma attack's wrong members (the evacuation
     * deal, the morning's air strikes) sit as close to the group's centroid, leads and names as its own reactions do,
     * and a 2-means split of the group does not find them.
     */
    public static final Settings DEFAULTS = new Settings(3,
        new Thresholds(new Thresholds.At(20, 0.07, 0.036), new Thresholds.At(10_000, 0.44, 0.092)), 12, 30, 2,
        new Weights(1, 0.5, 0.1), new Absorbing(0.5, 0.12, 10, 0.15, 9, 0.15, 2));

    SimilarityGrouping.Params params(int batchSize) {
      Thresholds.At t = thresholds.at(batchSize);
      SimilarityGrouping.Absorb absorb = absorbing == null ? null
          : new SimilarityGrouping.Absorb(absorbing.linkFraction() * t.link(), absorbing.centroid(), absorbing.minGroup(),
              absorbing.dominantShare(), absorbing.dominantPiece(), absorbing.dominantCentroid(), absorbing.rounds());
      return new SimilarityGrouping.Params(topTerms, window, minSharedTerms, t.link(), t.merge(), maxDayGap, true, absorb);
    }
  }

  /**
   * The second pass ({@link SimilarityGrouping.Absorb}): a lone article joins the group of ≥ {@code minGroup}
   * members whose centroid has cosine ≥ {@code centroid} with it, if some member has cosine ≥ {@code linkFraction}
   * × the link threshold with it. A day's dominant group (≥ {@code dominantShare} of the articles dated on its days)
   * also takes in groups of up to {@code dominantPiece} members whose centroid has cosine ≥ {@code dominantCentroid}
   * with its own. {@code rounds} times, each with the centroids the round before left.
   */
  public record Absorbing(double linkFraction, double centroid, int minGroup, double dominantShare, int dominantPiece,
      double dominantCentroid, int rounds) {
    public Absorbing {
      if (linkFraction <= 0 || linkFraction > 1 || centroid <= 0 || minGroup < 2 || dominantShare <= 0
          || dominantPiece < 1 || dominantPiece >= minGroup || dominantCentroid <= 0 || rounds < 1) {
        throw new IllegalArgumentException("absorbing " + linkFraction + ", " + centroid + ", " + minGroup + ", "
            + dominantShare + ", " + dominantPiece + ", " + dominantCentroid + ", " + rounds);
      }
    }
  }

  /** How many persons an event names at most in {@code who}. */
  static final int MAX_WHO = 5;

  private final Analyzer analyzer;
  private final Settings settings;

  public BaselineEventGrouper() {
    this(new ArabicAnalyzer(), Settings.DEFAULTS);
  }

  public BaselineEventGrouper(Analyzer analyzer, Settings settings) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public List<Event> group(List<Article> articles) {
    return group(articles, null);
  }

  /**
   * As {@link #group(List)}, taking the articles' analysed texts from {@code terms} (and leaving them there for the
   * story grouper); the events are the same. {@code terms} must be built with this grouper's analyzer.
   */
  public List<Event> group(List<Article> articles, ArticleTermCache terms) {
    if (terms != null) terms.requireAnalyzer(analyzer);
    // Sorting by id first makes the result independent of input order.
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(Article::id));
    int n = sorted.size();
    // the texts themselves only without a cache: they are a second copy of every body, held through grouping
    List<String> texts = terms == null ? new ArrayList<>(n) : null;
    long[] days = new long[n];
    int[] weekdays = new int[n];
    String[] dates = new String[n];
    for (int i = 0; i < n; i++) {
      Article a = sorted.get(i);
      if (texts != null) texts.add(ArticleText.forSimilarity(a));
      dates[i] = ArticleText.publishedDate(a);
      days[i] = ArticleText.epochDay(dates[i]);
      // the weekday an article calls "today" counts only when its day is unknown; reading it folds the lead
      weekdays[i] = SimilarityGrouping.weekdayMask(days[i],
          days[i] == SimilarityGrouping.UNKNOWN_DAY ? ReportingDay.todayWeekday(a) : 0);
    }
    TfIdfVectors body = terms == null ? TfIdfVectors.of(texts, analyzer) : terms.similarityVectors(sorted);
    ArticleVectors av = ArticleVectors.of(sorted, body, analyzer, settings.weights());
    SparseVector[] vectors = av.vectors();
    int[] label = SimilarityGrouping.group(vectors, days, weekdays, t -> av.documentFrequency(t) >= 2, settings.params(n));

    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(label[i], k -> new ArrayList<>()).add(i);
    List<Event> events = new ArrayList<>(groups.size());
    for (List<Integer> members : groups.values()) events.add(event(members, sorted, vectors, dates));
    events.sort(EVENT_ORDER);
    return events;
  }

  /** By date (unknown last), then id. */
  static final Comparator<Event> EVENT_ORDER =
      Comparator.comparing(Event::when, Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(Event::id);

  static Event event(List<Integer> members, List<Article> articles, SparseVector[] vectors, String[] dates) {
    // Members in reading order: by published time (unknown last), then id.
    List<Integer> order = new ArrayList<>(members);
    order.sort(Comparator.comparing((Integer i) -> articles.get(i).meta().published(), Comparator.nullsLast(Comparator.<String>naturalOrder()))
        .thenComparing(i -> articles.get(i).id()));
    List<String> ids = new ArrayList<>(order.size());
    for (int i : order) ids.add(articles.get(i).id());

    SparseVector centroid = SparseVector.EMPTY;
    for (int i : order) centroid = centroid.plus(vectors[i]);
    // The title comes from the most central member that has one; raw texts without a title give their lead.
    int central = order.get(0);
    double best = Double.NEGATIVE_INFINITY;
    for (int i : order) {
      double s = vectors[i].dot(centroid) + (articles.get(i).meta().title() != null ? 10 : 0);
      if (s > best + 1e-9) {
        best = s;
        central = i;
      }
    }
    Article c = articles.get(central);
    String title = c.meta().title() != null ? c.meta().title() : ArticleText.leadSentence(c);

    List<Event.SummarySentence> summary = new ArrayList<>();
    List<Article> memberArticles = new ArrayList<>();
    List<String> memberDates = new ArrayList<>();
    for (int i : order) {
      Article a = articles.get(i);
      memberArticles.add(a);
      memberDates.add(dates[i]);
      String lead = ArticleText.leadSentence(a);
      if (lead != null) summary.add(new Event.SummarySentence(lead, a.id()));
    }
    return new Event(
        eventId(ids),
        ids,
        title,
        mostCommonDate(memberDates),
        leadPlace(memberArticles),
        mostCommonEntity(memberArticles, EntityType.PER, MAX_WHO),
        title,
        summary,
        QuantityConflicts.of(memberArticles));
  }

  /** "e-" + 12 hex digits of the SHA-1 of the sorted member ids: stable across runs and input order. */
  static String eventId(List<String> memberIds) {
    return "e-" + shortHash(memberIds);
  }

  static String shortHash(List<String> ids) {
    List<String> s = new ArrayList<>(ids);
    s.sort(null);
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      byte[] h = md.digest(String.join("\n", s).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JVM", e);
    }
  }

  /** The most frequent non-null date; ties go to the earliest. An event's day, in the batch and the live grouping. */
  public static String mostCommonDate(List<String> dates) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String d : dates) if (d != null) counts.merge(d, 1, Integer::sum);
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** Names of the given type by the number of articles naming them (canonical form when known); ties by name. */
  /**
   * Where the event happened: the place most articles name in their lead paragraph (a dateline or "في روما" sits
   * there; background places come later), ties broken by how many articles name it anywhere; null when none does.
   */
  static String leadPlace(List<Article> articles) {
    List<String> anywhere = mostCommonEntity(articles, EntityType.LOC, Integer.MAX_VALUE);
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (Article a : articles) {
      if (a.body().isEmpty()) continue;
      org.marsad.model.Span lead = a.body().get(0);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Entity e : a.entities()) {
        if (e.type() != EntityType.LOC || !lead.contains(e.span())) continue;
        String name = e.canonical() != null ? e.canonical() : e.text();
        if (!name.isBlank() && seen.add(name)) votes.merge(name, 1, Integer::sum);
      }
    }
    if (votes.isEmpty()) return anywhere.isEmpty() ? null : anywhere.get(0);
    return votes.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(en -> anywhere.indexOf(en.getKey())))
        .map(Map.Entry::getKey)
        .findFirst().orElse(null);
  }

  static List<String> mostCommonEntity(List<Article> articles, EntityType type, int limit) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Article a : articles) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Entity e : a.entities()) {
        if (e.type() != type) continue;
        String name = e.canonical() != null ? e.canonical() : e.text();
        if (!name.isBlank() && seen.add(name)) counts.merge(name, 1, Integer::sum);
      }
    }
    // ties keep the order of first mention (the sort is stable): earlier in the reading order is more central
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }
}
