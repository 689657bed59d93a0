package org.marsad.stages.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.marsad.model.Metadata;

/**
 * The fields of one JSON article record, by the names feeds and datasets use. Text comes from {@code text},
 * {@code body} or {@code content}. SaudiNewsNet's {@code date_extracted} is its crawl time, not a publication
 * time, so it is not read.
 */
record JsonRecord(String text, Metadata meta, String publishedRaw) {
  private static final String[] TEXT = {"text", "body", "content"};
  private static final String[] TITLE = {"title", "headline"};
  private static final String[] OUTLET = {"outlet", "source", "site", "publisher"};
  private static final String[] AUTHOR = {"author", "byline"};
  private static final String[] URL = {"url", "link"};
  private static final String[] PUBLISHED = {"published", "published_at", "publishedAt", "pubDate", "date_published", "datePublished"};

  static JsonRecord of(JsonNode o) {
    String published = first(o, PUBLISHED);
    Metadata meta = new Metadata(
        first(o, TITLE), first(o, OUTLET), first(o, AUTHOR), first(o, URL), PublishedTime.asWritten(published), null, null);
    return new JsonRecord(first(o, TEXT), meta, published);
  }

  /** Some fields hold only no-break spaces or direction marks: text needs a letter or digit. */
  boolean hasText() {
    return text != null && TextFileReader.hasLetterOrDigit(text);
  }

  /** The first field present as a non-blank string; an object field gives its "name" (NewsAPI's source). */
  private static String first(JsonNode o, String[] names) {
    for (String n : names) {
      JsonNode v = o.get(n);
      if (v == null) continue;
      if (v.isObject()) v = v.get("name");
      if (v != null && (v.isTextual() || v.isNumber())) {
        String s = v.asText();
        if (!s.isBlank()) return n.equals("text") || n.equals("body") || n.equals("content") ? s : s.strip();
      }
    }
    return null;
  }
}
