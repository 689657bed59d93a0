package org.marsad.stages.ingest;

/** What a file holds, as far as reading it goes. Containers (ZIP, GZIP, WARC) are recognised on bytes. */
enum RawFormat {
  ZIP, GZIP, WARC, PDF,
  /** one article: the decoded file as it is */
  TEXT, HTML, FEED, JSONL,
  /** one JSON document: an array of records, or an object that is a record or holds an array of them */
  JSON, TREC
}
