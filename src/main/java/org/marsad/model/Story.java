package org.marsad.model;

import java.util.List;
import java.util.Objects;

/** Events that continue one another, with a timeline and measures that change across them. */
public record Story(String id, String title, List<String> eventIds, List<TimelineEntry> timeline, List<Trend> trends) {
  public Story {
    Objects.requireNonNull(id, "id");
    eventIds = List.copyOf(eventIds);
    if (eventIds.isEmpty()) throw new IllegalArgumentException("story " + id + " has no event");
    timeline = List.copyOf(timeline);
    trends = List.copyOf(trends);
  }

  public record TimelineEntry(String when, String what, String sourceArticleId) {}

  /** The same measure changing across events: not a conflict. */
  public record Trend(String about, List<TrendPoint> points) {
    public Trend {
      points = List.copyOf(points);
    }
  }

  public record TrendPoint(String when, double value, List<String> articleIds) {
    public TrendPoint {
      articleIds = List.copyOf(articleIds);
    }
  }
}
