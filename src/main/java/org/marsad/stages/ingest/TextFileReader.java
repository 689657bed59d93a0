package org.marsad.stages.ingest;

import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;

/** A scraped plain-text file is one article whose text is the whole decoded file, unchanged. */
final class TextFileReader {
  private TextFileReader() {}

  static void read(Origin origin, String charset, String text, Records out) {
    if (!hasLetterOrDigit(text)) {
      out.error(origin.file(), text.isBlank() ? "no text (only whitespace)" : "no text (no letter or digit)");
      return;
    }
    out.article(Article.ingested(origin.id(), origin.source(), SourceFormat.TEXT, charset, text, Metadata.EMPTY));
  }

  /** Whitespace, no-break spaces and direction marks alone are no article. */
  static boolean hasLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) return true;
    }
    return false;
  }
}
