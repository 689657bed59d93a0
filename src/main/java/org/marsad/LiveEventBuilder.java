package org.marsad;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.stages.cluster.BaselineEventGrouper;
import org.marsad.stages.brief.EventBriefs;
import org.marsad.stages.cluster.EventConflicts;
import org.marsad.stages.extract.DateStage;

/**
 * One event of the live grouping from its member articles, with the digest's per-event steps in the order of
 * {@link Marsad#group}: the event's day (the most common publication day); each undated member takes it as its
 * inferred date and resolves its relative dates against it; conflicts ({@link EventConflicts}); the brief
 * ({@link EventBriefs}). Pure: the same members give an equal event.
 *
 * <p>The batch grouper's own event assembly (title from the most central member, place, people) is internal to
 * {@code stages/cluster}; here the title is the first titled report in reading order and the brief supplies who,
 * where, what and the summary.
 */
final class LiveEventBuilder {
  /** Members in reading order: publication time (unknown last), then id; as the batch grouper orders them. */
  static final Comparator<Article> READING_ORDER = Comparator
      .comparing((Article a) -> a.meta().published(), Comparator.nullsLast(Comparator.<String>naturalOrder()))
      .thenComparing(Article::id);

  private LiveEventBuilder() {}

  /** An event and its members as they end up (undated ones with the event's day inferred). */
  record Built(Event event, List<Article> members) {}

  /**
   * @param members the event's articles after entity resolution and before any date inference, in any order
   */
  static Built build(String eventId, List<Article> members) {
    List<Article> ordered = new ArrayList<>(members);
    ordered.sort(READING_ORDER);
    List<String> days = new ArrayList<>(ordered.size());
    List<String> ids = new ArrayList<>(ordered.size());
    String title = null;
    for (Article a : ordered) {
      days.add(publishedDay(a.meta().published()));
      ids.add(a.id());
      if (title == null && a.meta().title() != null && !a.meta().title().isBlank()) title = a.meta().title().strip();
    }
    Built b = finish(new Event(eventId, ids, title, BaselineEventGrouper.mostCommonDate(days), null, List.of(), title, List.of(), List.of()), ordered);
    Event e = b.event();
    if (e.title() == null) e = withTitle(e, e.what() != null ? e.what() : ids.get(0));
    return new Built(e, b.members());
  }

  /**
   * The per-event steps after grouping, on an event as a grouper made it: undated members take the event's day
   * ({@link #withInferredDay}); conflicts replace the grouper's; then the brief. One bad article costs the event
   * its conflicts or brief, never the batch.
   *
   * @param members the event's articles after entity resolution and before any date inference
   */
  static Built finish(Event grouped, List<Article> members) {
    List<Article> dated = new ArrayList<>(members.size());
    for (Article a : members) dated.add(withInferredDay(a, grouped.when()));
    Event e;
    try {
      e = grouped.withConflicts(EventConflicts.of(dated));
    } catch (RuntimeException | StackOverflowError ex) {
      e = grouped.withConflicts(List.of());
    }
    try {
      e = EventBriefs.brief(e, dated);
    } catch (RuntimeException | StackOverflowError ex) { // the event stays, unbriefed (as briefAll does)
    }
    return new Built(e, List.copyOf(dated));
  }

  /** An undated article takes its event's day, marked as inferred, and resolves "today", "yesterday" against it. */
  static Article withInferredDay(Article a, String eventDay) {
    if (a.meta().published() != null || eventDay == null) return a;
    Article inferred = a.withMeta(a.meta().withPublishedInferred(eventDay));
    return DateStage.resolve(inferred, LocalDate.parse(eventDay));
  }

  /** {@code yyyy-MM-dd} of an ISO date-time, or null when absent or not a date. */
  static String publishedDay(String published) {
    if (published == null || published.length() < 10) return null;
    String day = published.substring(0, 10);
    try {
      LocalDate.parse(day);
      return day;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Event withTitle(Event e, String title) {
    return new Event(e.id(), e.articleIds(), title, e.when(), e.where(), e.who(), e.what(), e.summary(), e.conflicts(),
        e.brief());
  }
}
