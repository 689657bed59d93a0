package org.marsad.search;

/** Order of search hits. */
public enum SearchSort {
  /** Best match first (Lucene's BM25 score). */
  RELEVANCE,
  /** Newest first by publication date (stated, else inferred); undated last. */
  DATE
}
