package org.marsad.stages.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files (jwarc, gzipped or not): one article per response or resource record whose payload is HTML or plain
 * text; key = WARC-Record-ID. Other records (requests, metadata, images, redirects) are skipped. Published is left
 * to the page: WARC-Date is the crawl time.
 */
final class WarcFileReader {
  private WarcFileReader() {}

  static void read(Origin origin, byte[] bytes, long maxPayloadBytes, Records out) {
    int records = 0;
    int before = out.articles.size() + out.errors.size();
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes))) {
      for (WarcRecord r : reader) {
        records++;
        try {
          readRecord(origin, r, maxPayloadBytes, out);
        } catch (IOException | RuntimeException e) {
          if (truncation(e)) throw e; // the file ends here: one error for the whole file, below
          // a bad HTTP message inside a well-framed record spoils that record only
          out.error(origin.recordFile(r.id().toString()), "WARC record: " + Messages.describe(e));
        }
      }
    } catch (IOException | RuntimeException e) {
      out.error(origin.file(), "WARC: malformed or truncated after " + records + " record(s): " + Messages.describe(e));
      return;
    }
    if (out.articles.size() + out.errors.size() == before) {
      out.error(origin.file(), "WARC file has no HTML or text response/resource record (" + records + " records)");
    }
  }

  private static boolean truncation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.EOFException) return true;
    }
    return false;
  }

  private static void readRecord(Origin origin, WarcRecord r, long max, Records out) throws IOException {
    MediaType type;
    InputStream body;
    String uri;
    if (r instanceof WarcResponse resp) {
      if (!resp.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) return;
      HttpResponse http = resp.http();
      if (http.status() >= 300) return;
      type = http.contentType();
      body = http.bodyDecoded().stream();
      uri = resp.target();
    } else if (r instanceof WarcResource res) {
      type = res.contentType();
      body = res.body().stream();
      uri = res.target();
    } else {
      return;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
    if (!html && !base.equals("text/plain")) return;
    String key = r.id().toString();
    byte[] payload = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (payload.length > max) {
      out.error(origin.recordFile(key), "WARC record payload larger than the " + (max >> 20) + " MB cap");
      return;
    }
    Decoded decoded = CharsetDetection.decode(payload, type.parameters().get("charset"));
    if (decoded instanceof Decoded.NotText nt) {
      out.error(origin.recordFile(key), "WARC record: " + nt.reason());
      return;
    }
    Decoded.Text t = (Decoded.Text) decoded;
    Article a;
    if (html) {
      a = HtmlReader.read(origin.recordId(key), origin.source(), SourceFormat.WARC, t.charset(), t.text(), uri);
    } else {
      a = t.text().isBlank() ? null
          : Article.ingested(origin.recordId(key), origin.source(), SourceFormat.WARC, t.charset(), t.text(),
              Metadata.EMPTY.withUrl(uri));
    }
    if (a == null) {
      out.error(origin.recordFile(key), "WARC record has no visible text");
      return;
    }
    if (t.problem() != null) a = a.withProblem(new org.marsad.model.Problem("ingest", null, t.problem()));
    out.article(a);
  }
}
