package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.model.Article;
import org.marsad.model.Event;

/**
 * Where the sources of one event disagree, claim by claim: the same count of the same measure
 * ({@link QuantityConflicts}), the same happening on different days ({@link DateConflicts}), the same office held by
 * different people ({@link RoleConflicts}). Run after dates are final (an undated article's relative dates are
 * resolved against its event's date first).
 */
public final class EventConflicts {
  private EventConflicts() {}

  /** All conflicts among the articles of one event, quantities first, then dates, then roles. */
  public static List<Event.Conflict> of(List<Article> articles) {
    return of(articles, new ArticleClaims());
  }

  /** As {@link #of(List)}, reading the articles' counted claims through {@code claims}. */
  public static List<Event.Conflict> of(List<Article> articles, ArticleClaims claims) {
    if (articles.size() < 2) return List.of();
    List<Event.Conflict> out = new ArrayList<>(QuantityConflicts.ofMeasures(articles, claims));
    out.addAll(DateConflicts.of(articles));
    out.addAll(RoleConflicts.of(articles));
    return out;
  }

  /**
   * The events with their conflicts computed here, replacing whatever the event grouper set: one place decides
   * what a conflict is. An article missing from {@code byId} is left out (it cannot be read).
   */
  public static List<Event> withConflicts(List<Event> events, Map<String, Article> byId) {
    return withConflicts(events, byId, new ArticleClaims());
  }

  /**
   * As {@link #withConflicts(List, Map)}, reading the articles' counted claims through {@code claims} (shared with
   * the stories' trends, which read them again).
   */
  public static List<Event> withConflicts(List<Event> events, Map<String, Article> byId, ArticleClaims claims) {
    // events are independent: on all cores, in their order
    return events.parallelStream().map(e -> {
      List<Article> articles = new ArrayList<>(e.articleIds().size());
      for (String id : e.articleIds()) {
        Article a = byId.get(id);
        if (a != null) articles.add(a);
      }
      return e.withConflicts(of(articles, claims));
    }).toList();
  }
}
