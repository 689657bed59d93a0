package org.marsad.stages.ingest;

import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;

/** A scraped plain-text file is one article whose text is the whole decoded file, unchanged. */
final class TextFileReader {
  private TextFileReader() {}

  static void read(Origin origin, String charset, String text, Records out) {
    if (text.isBlank()) {
      out.error(origin.file(), "no text (only whitespace)");
      return;
    }
    out.article(Article.ingested(origin.id(), origin.source(), SourceFormat.TEXT, charset, text, Metadata.EMPTY));
  }
}
