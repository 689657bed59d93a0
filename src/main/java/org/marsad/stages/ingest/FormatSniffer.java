package org.marsad.stages.ingest;

import java.util.Locale;

/**
 * Says what a file holds: by magic bytes for containers, by its first markup for text, and by the file name's
 * extension only where the content leaves it open (a ".html" page that starts with stray text).
 */
final class FormatSniffer {
  private static final int HEAD = 4096;

  private FormatSniffer() {}

  /** A container or binary format recognised by its magic bytes, or null for text. */
  static RawFormat sniffBytes(byte[] b) {
    if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) return RawFormat.ZIP;
    if (startsWith(b, 0x1F, 0x8B)) return RawFormat.GZIP;
    if (startsWith(b, 'W', 'A', 'R', 'C', '/')) return RawFormat.WARC;
    if (startsWith(b, '%', 'P', 'D', 'F')) return RawFormat.PDF;
    return null;
  }

  /** The format of decoded text. */
  static RawFormat sniffText(String fileName, String text) {
    int start = skipSpace(text, 0);
    int end = Math.min(text.length(), start + HEAD);
    String head = text.substring(start, end).toLowerCase(Locale.ROOT);
    String ext = extension(fileName);
    if (head.startsWith("<doc>")) return RawFormat.TREC;
    if (head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf:rdf")) return RawFormat.FEED;
    if (head.startsWith("<?xml")) {
      if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) return RawFormat.FEED;
      if (head.contains("<doc>")) return RawFormat.TREC;
      return RawFormat.HTML;
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || head.startsWith("<body") || (head.startsWith("<!--") && head.contains("<html"))) {
      return RawFormat.HTML;
    }
    if (head.startsWith("{") && nextNonSpace(head, 1) == '"') {
      // JSONL puts a whole object on its first line; a pretty-printed document does not
      return firstLineEndsObject(head) ? RawFormat.JSONL : RawFormat.JSON;
    }
    if (head.startsWith("{") && nextNonSpace(head, 1) == '}') return RawFormat.JSON;
    if (head.startsWith("[") && (nextNonSpace(head, 1) == '{' || nextNonSpace(head, 1) == ']')) return RawFormat.JSON;
    boolean markupExt = ext.equals("html") || ext.equals("htm") || ext.equals("xhtml") || ext.equals("shtml");
    if (head.startsWith("<") && (markupExt || head.contains("<p") || head.contains("<div") || head.contains("<body"))) {
      return RawFormat.HTML;
    }
    if (markupExt && (head.contains("<html") || head.contains("<body"))) return RawFormat.HTML;
    if ((ext.equals("json") || ext.equals("jsonl") || ext.equals("ndjson")) && head.startsWith("{")) return RawFormat.JSONL;
    if ((ext.equals("rss") || ext.equals("atom") || ext.equals("xml")) && (head.contains("<rss") || head.contains("<feed"))) {
      return RawFormat.FEED;
    }
    return RawFormat.TEXT;
  }

  private static boolean firstLineEndsObject(String head) {
    int nl = head.indexOf('\n');
    if (nl < 0) return true;
    int i = nl - 1;
    while (i > 0 && Character.isWhitespace(head.charAt(i))) i--;
    return head.charAt(i) == '}';
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) i++;
    return i;
  }

  private static char nextNonSpace(String s, int i) {
    i = skipSpace(s, i);
    return i < s.length() ? s.charAt(i) : 0;
  }

  private static boolean startsWith(byte[] b, int... magic) {
    if (b.length < magic.length) return false;
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != magic[i]) return false;
    }
    return true;
  }
}
