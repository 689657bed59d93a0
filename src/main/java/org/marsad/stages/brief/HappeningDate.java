package org.marsad.stages.brief;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Span;

/**
 * When an event happened, not when it was reported: each article votes for the first full date ({@code YYYY-MM-DD})
 * its lead paragraph names within {@value #DAYS_BEFORE} days before to {@value #DAYS_AFTER} day after its own date
 * ("اليوم الإثنين", "الأحد", "4 حزيران 2020"), else for its publication date (or the one inferred from its event).
 * The most voted date wins; a tie goes to the earlier date (reports follow the happening). Null when no article
 * gives a date. Pure.
 */
final class HappeningDate {
  static final int DAYS_BEFORE = 7;
  static final int DAYS_AFTER = 1;

  private HappeningDate() {}

  static String of(List<Article> articles) {
    Map<String, Integer> votes = new TreeMap<>();
    for (Article a : articles) {
      String v = vote(a);
      if (v != null) votes.merge(v, 1, Integer::sum);
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** The article's own vote: the happening its lead dates, else its own (or inferred) day; null when neither. */
  static String vote(Article a) {
    LocalDate reference = day(a.meta().published());
    if (reference == null) reference = day(a.meta().publishedInferred());
    if (!a.body().isEmpty()) {
      Span lead = a.body().get(0);
      for (DateMention d : a.dates()) {
        if (!lead.contains(d.span())) continue;
        LocalDate day = fullDate(d.value());
        if (day == null) continue;
        if (reference == null || (!day.isBefore(reference.minusDays(DAYS_BEFORE)) && !day.isAfter(reference.plusDays(DAYS_AFTER)))) {
          return day.toString();
        }
      }
    }
    return reference == null ? null : reference.toString();
  }

  /** The day of an ISO date or date-time, or null. */
  static LocalDate day(String iso) {
    if (iso == null || iso.length() < 10) return null;
    return fullDate(iso.substring(0, 10));
  }

  private static LocalDate fullDate(String value) {
    if (value == null || value.length() != 10) return null;
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
