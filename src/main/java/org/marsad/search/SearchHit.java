package org.marsad.search;

import java.util.List;
import org.marsad.model.Span;

/**
 * One matching article.
 *
 * @param published the stated publication date, else the inferred one, else null
 * @param score BM25 score (0 when the query had no free text)
 * @param snippets passages of the article's original text around the matches, best first
 */
public record SearchHit(String articleId, String title, String outlet, String published, float score,
    List<Snippet> snippets) {
  public SearchHit {
    snippets = List.copyOf(snippets);
  }

  /**
   * A passage of the original text: {@code span} and every {@code highlights} span index into
   * {@link org.marsad.model.Article#text()}; {@code text} is {@code span} read from it.
   */
  public record Snippet(Span span, String text, List<Span> highlights) {
    public Snippet {
      highlights = List.copyOf(highlights);
    }
  }
}
