package org.marsad.stages.ingest;

/** What a file holds, as far as reading it goes. Containers (ZIP, GZIP, WARC) are recognised on bytes. */
enum RawFormat {
  ZIP, GZIP, WARC, PDF,
  /** one article: the decoded file as it is */
  TEXT, HTML, FEED, JSONL, JSON_ARRAY, TREC
}
