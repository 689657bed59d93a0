package org.marsad.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One search over the article store.
 *
 * @param text classic Lucene query syntax over title and body; blank matches every article (filters still apply)
 * @param outlet exact outlet name, or null
 * @param from first publication day included, or null
 * @param to last publication day included, or null
 * @param entity an entity's surface text or canonical name the article must mention, or null
 * @param articleIds only these articles (an event's, say), or null for no such filter
 * @param offset hits skipped (paging)
 * @param limit hits returned, 1..{@value #MAX_LIMIT}
 */
public record SearchQuery(String text, String outlet, LocalDate from, LocalDate to, String entity,
    java.util.Set<String> articleIds, SearchSort sort, int offset, int limit) {
  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 10;

  public SearchQuery {
    text = text == null ? "" : text.strip();
    outlet = blankToNull(outlet);
    entity = blankToNull(entity);
    sort = Objects.requireNonNullElse(sort, SearchSort.RELEVANCE);
    articleIds = articleIds == null ? null : java.util.Set.copyOf(articleIds);
    if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }

  /** Without an article id filter. */
  public SearchQuery(String text, String outlet, LocalDate from, LocalDate to, String entity, SearchSort sort,
      int offset, int limit) {
    this(text, outlet, from, to, entity, null, sort, offset, limit);
  }

  /** The same query restricted to these articles. */
  public SearchQuery withArticleIds(java.util.Set<String> ids) {
    return new SearchQuery(text, outlet, from, to, entity, ids, sort, offset, limit);
  }

  /** Free text only, first page, by relevance. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, SearchSort.RELEVANCE, 0, DEFAULT_LIMIT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
