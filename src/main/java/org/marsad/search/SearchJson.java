package org.marsad.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/** The JSON form of a {@link SearchResult}, shared by the CLI and the REST API. */
public final class SearchJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL).build();

  private SearchJson() {}

  /** What is written: the query as asked, the page, and the hits. */
  public record Page(String q, String outlet, String from, String to, String entity, String sort, int offset,
      int limit, long total, List<SearchHit> hits) {
    static Page of(SearchResult r) {
      SearchQuery q = r.query();
      return new Page(q.text(), q.outlet(), q.from() == null ? null : q.from().toString(),
          q.to() == null ? null : q.to().toString(), q.entity(), q.sort().name().toLowerCase(java.util.Locale.ROOT),
          q.offset(), q.limit(), r.total(), r.hits());
    }
  }

  public static String toJson(SearchResult result) {
    try {
      return MAPPER.writeValueAsString(Page.of(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write search result as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
