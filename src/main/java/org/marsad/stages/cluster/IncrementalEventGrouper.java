package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.model.Article;
import org.marsad.model.Event;

/**
 * The batch {@link EventGrouper} on top of the {@link IncrementalEventDetector}: articles are fed in publication
 * order (undated last, then by id), so the result does not depend on the input order. The batch is counted into
 * the term statistics before any article is weighed, so the first articles see the same IDF as the last.
 * Event ids are those of the baseline (a hash of the member ids), so a batch run names events by content.
 */
public final class IncrementalEventGrouper implements EventGrouper {
  private final IncrementalEventDetector.Settings settings;
  private final EventLinkModel model;
  private final EventLinkModel joinModel;
  private final boolean outletAware;

  public IncrementalEventGrouper() {
    this(IncrementalEventDetector.Settings.DEFAULTS);
  }

  public IncrementalEventGrouper(IncrementalEventDetector.Settings settings) {
    this(settings, EventLinkModel.fitted());
  }

  IncrementalEventGrouper(IncrementalEventDetector.Settings settings, EventLinkModel model) {
    this(settings, model, EventLinkModel.fittedJoin(), IncrementalEventDetector.OUTLET_AWARE);
  }

  /** For fitting and ablations: other models, and outlet-aware weighting on or off. */
  IncrementalEventGrouper(IncrementalEventDetector.Settings settings, EventLinkModel model, EventLinkModel joinModel,
      boolean outletAware) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.model = Objects.requireNonNull(model, "model");
    this.joinModel = Objects.requireNonNull(joinModel, "joinModel");
    this.outletAware = outletAware;
  }

  /** Publication time (unknown last), then id. */
  static final Comparator<Article> FEED_ORDER = Comparator
      .comparing((Article a) -> a.meta().published(), Comparator.nullsLast(Comparator.<String>naturalOrder()))
      .thenComparing(Article::id);

  @Override
  public List<Event> group(List<Article> articles) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(FEED_ORDER);
    int n = sorted.size();
    IncrementalEventDetector.Settings s = settings.withProfilesInMemory(Math.max(n, settings.reopenEvery()));
    List<EventProfile> profiles = new ArrayList<>(n);
    Map<String, List<Integer>> members = new LinkedHashMap<>();
    try (IncrementalEventDetector detector = IncrementalEventDetector.temporary(s, model, joinModel, outletAware)) {
      EventProfiler profiler = detector.profiler();
      List<EventProfiler.Counts> counts = new ArrayList<>(n);
      for (Article a : sorted) {
        try {
          counts.add(profiler.count(a));
        } catch (RuntimeException e) { // one unreadable article must not cost the batch its events
          counts.add(EventProfiler.nothing(a));
        }
      }
      for (int i = 0; i < n; i++) {
        EventProfile p = profiler.weigh(counts.get(i));
        profiles.add(p);
        if (detector.eventOf(p.articleId()) == null) detector.assign(p); // a repeated id keeps its first event
      }
      // Merges may have renamed events after an article was assigned: group by each article's current event.
      for (int i = 0; i < n; i++) {
        members.computeIfAbsent(detector.eventOf(sorted.get(i).id()), k -> new ArrayList<>()).add(i);
      }
    }
    SparseVector[] vectors = new SparseVector[n];
    String[] dates = new String[n];
    for (int i = 0; i < n; i++) {
      vectors[i] = profiles.get(i).body();
      dates[i] = ArticleText.publishedDate(sorted.get(i));
    }
    List<Event> events = new ArrayList<>(members.size());
    for (List<Integer> m : members.values()) events.add(BaselineEventGrouper.event(m, sorted, vectors, dates));
    events.sort(BaselineEventGrouper.EVENT_ORDER);
    return events;
  }
}
