package org.marsad.stages.ingest;

/** The outcome of decoding a file's bytes: text with the charset used, or why it is not text. */
sealed interface Decoded {

  /**
   * @param charset the charset name used to decode
   * @param problem non-null when the text was decoded with replacement characters (mixed encodings)
   */
  record Text(String text, String charset, String problem) implements Decoded {}

  record NotText(String reason) implements Decoded {}
}
