package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Story;
import org.marsad.stages.cluster.TrendMeasures.Measure;

/**
 * The same measure changing across a story's events (coalition members 68 → 82 → 83): a trend, not a conflict.
 * Each event gives one value per measure, the one most of its articles give ({@link QuantityConflicts#consensus});
 * only measures specific enough to follow over time take part (whose, or what happened: "أعضاء (التحالف)", not a bare
 * "شخص"); a point more than {@link QuantityConflicts#MAX_RATIO} times off the trend's median is another measure that
 * shares the noun and is dropped; what is left must span two days or more and move one way. Only running totals make
 * a trend: a membership, or a count that some article calls one (a toll "since", "rose to 15 from 12"); the death
 * tolls of two attacks in one story are two happenings, not one measure changing.
 */
final class StoryTrends {
  private StoryTrends() {}

  /**
   * Trends over events already in timeline order.
   *
   * @param ordered the story's events in order (undated ones where {@link StoryTimeline#order} puts them)
   */
  static List<Story.Trend> of(List<Event> ordered, Map<String, Article> byId) {
    return of(ordered, byId, new ArticleClaims());
  }

  /** As {@link #of(List, Map)}, reading the articles' counted claims through {@code claims}. */
  static List<Story.Trend> of(List<Event> ordered, Map<String, Article> byId, ArticleClaims claims) {
    if (ordered.size() < 2) return List.of();
    Map<Measure, List<Story.TrendPoint>> points = new LinkedHashMap<>();
    Map<Measure, Boolean> anyRunning = new LinkedHashMap<>();
    for (Event e : ordered) {
      List<Article> articles = new ArrayList<>();
      for (String id : e.articleIds()) {
        Article a = byId.get(id);
        if (a != null) articles.add(a);
      }
      for (Map.Entry<Measure, QuantityConflicts.Consensus> c : QuantityConflicts.consensus(articles, claims).entrySet()) {
        if (!c.getKey().specific()) continue;
        points.computeIfAbsent(c.getKey(), k -> new ArrayList<>())
            .add(new Story.TrendPoint(e.when(), c.getValue().value(), c.getValue().articleIds()));
        anyRunning.merge(c.getKey(), c.getValue().running(), Boolean::logicalOr);
      }
    }
    List<Story.Trend> out = new ArrayList<>();
    for (Map.Entry<Measure, List<Story.TrendPoint>> p : points.entrySet()) {
      if (!anyRunning.get(p.getKey())) continue;
      List<Story.TrendPoint> kept = nearMedian(p.getValue());
      if (kept.size() >= 2 && kept.stream().mapToDouble(Story.TrendPoint::value).distinct().count() >= 2
          && distinctDays(kept) >= 2 && monotone(kept)) {
        out.add(new Story.Trend(p.getKey().label(), kept));
      }
    }
    return out;
  }

  /** Points of one day are sources disagreeing (a conflict), not a change over time. */
  private static long distinctDays(List<Story.TrendPoint> points) {
    return points.stream().map(Story.TrendPoint::when).filter(w -> w != null).distinct().count();
  }

  /**
   * A measure followed over time moves one way (members join, a toll rises); values that go up and down across a
   * story's events are counts of different happenings that share a key.
   */
  static boolean monotone(List<Story.TrendPoint> points) {
    boolean up = false, down = false;
    for (int i = 1; i < points.size(); i++) {
      double d = points.get(i).value() - points.get(i - 1).value();
      up |= d > 0;
      down |= d < 0;
    }
    return !(up && down);
  }

  private static List<Story.TrendPoint> nearMedian(List<Story.TrendPoint> points) {
    double[] v = points.stream().mapToDouble(Story.TrendPoint::value).sorted().toArray();
    double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    List<Story.TrendPoint> out = new ArrayList<>();
    for (Story.TrendPoint p : points) {
      if (p.value() <= median * QuantityConflicts.MAX_RATIO && p.value() * QuantityConflicts.MAX_RATIO >= median) out.add(p);
    }
    return out;
  }
}
