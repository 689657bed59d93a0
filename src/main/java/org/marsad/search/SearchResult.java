package org.marsad.search;

import java.util.List;

/** A page of hits; {@code total} counts every match (capped at {@link ArticleSearch#MAX_CANDIDATES} when filtered
 * by entity or sorted by date). */
public record SearchResult(SearchQuery query, long total, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
