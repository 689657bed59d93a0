package org.marsad.pipeline;

/** What a stage can require or produce on an article. Typed keys, not strings (no CoreNLP-style bag). */
public enum Layer {
  /** The decoded text and the metadata the source format carried: what ingest gives. */
  TEXT,
  /** Title, outlet, author, published time found in the text. */
  METADATA,
  /** Body paragraphs, page furniture removed. */
  BODY,
  ENTITIES,
  DATES,
  QUANTITIES,
  QUOTES
}
