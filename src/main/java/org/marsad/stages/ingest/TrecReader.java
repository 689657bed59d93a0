package org.marsad.stages.ingest;

import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.Problem;
import org.marsad.model.SourceFormat;

/**
 * TREC-style {@code <DOC>} files (the ANT corpus): one article per DOC, id = file + "#" + DOCNO. Not well-formed
 * XML, so it is scanned for tags rather than parsed. Text = the TEXT element's content trimmed, nothing decoded;
 * TIME (RFC 822) becomes UTC minutes; ABSTRACT is the lead.
 */
final class TrecReader {
  private static final String DOC = "<DOC>";
  private static final String DOC_END = "</DOC>";

  private TrecReader() {}

  static void read(Origin origin, String charset, String text, Records out) {
    int pos = text.indexOf(DOC);
    if (pos < 0) {
      out.error(origin.file(), "TREC file has no <DOC> record");
      return;
    }
    int index = 0;
    while (pos >= 0) {
      index++;
      int bodyStart = pos + DOC.length();
      int end = text.indexOf(DOC_END, bodyStart);
      int next = text.indexOf(DOC, bodyStart);
      boolean closed = end >= 0 && (next < 0 || end < next);
      int bodyEnd = closed ? end : (next < 0 ? text.length() : next);
      readDoc(origin, charset, text, bodyStart, bodyEnd, index, closed, out);
      pos = next;
    }
  }

  private static void readDoc(Origin origin, String charset, String s, int from, int to, int index, boolean closed,
      Records out) {
    String docno = field(s, from, to, "DOCNO", false);
    String key = docno == null || docno.isBlank() ? String.valueOf(index) : docno.strip();
    String body = field(s, from, to, "TEXT", false);
    boolean truncated = false;
    if (body == null) {
      body = field(s, from, to, "TEXT", true);
      truncated = body != null;
    }
    if (body == null) {
      out.error(origin.recordFile(key), "TREC DOC " + key + ": no <TEXT> element");
      return;
    }
    String text = body.strip();
    if (text.isEmpty()) {
      out.error(origin.recordFile(key), "TREC DOC " + key + ": empty <TEXT>");
      return;
    }
    String time = strip(field(s, from, to, "TIME", false));
    String published = PublishedTime.rfc822ToUtc(time);
    Metadata meta = new Metadata(
        strip(field(s, from, to, "TITLE", false)),
        strip(field(s, from, to, "SRC", false)),
        strip(field(s, from, to, "AUTHOR", false)),
        strip(field(s, from, to, "URL", false)),
        published,
        null,
        strip(field(s, from, to, "ABSTRACT", false)));
    Article a = Article.ingested(origin.recordId(key), origin.source(), SourceFormat.TREC, charset, text, meta);
    if (truncated || !closed) a = a.withProblem(new Problem("ingest", null, "truncated TREC DOC: missing </TEXT> or </DOC>"));
    if (time != null && published == null) a = a.withProblem(new Problem("ingest", null, "unparseable <TIME>: " + Messages.clip(time)));
    out.article(a);
  }

  /** The content of {@code <tag>…</tag>} inside [from, to); with {@code open}, an unclosed tag runs to {@code to}. */
  private static String field(String s, int from, int to, String tag, boolean open) {
    String start = "<" + tag + ">";
    int a = s.indexOf(start, from);
    if (a < 0 || a >= to) return null;
    a += start.length();
    int b = s.indexOf("</" + tag + ">", a);
    if (b < 0 || b > to) return open ? s.substring(a, to) : null;
    return s.substring(a, b);
  }

  private static String strip(String s) {
    if (s == null) return null;
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
