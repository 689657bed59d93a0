package org.marsad.stages.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.marsad.model.Article;
import org.marsad.model.Problem;

/** Bytes of one file (or archive entry) to records: recognise the format, decode, hand to the format's reader. */
final class RawFileReader {
  /** Archives inside archives are followed this deep. */
  static final int MAX_DEPTH = 3;

  private RawFileReader() {}

  /**
   * @param nameHint the file name whose extension may settle an ambiguous format
   * @param depth how many archives enclose these bytes
   */
  static void read(Origin origin, String nameHint, byte[] bytes, IngestOptions options, int depth, Records out) {
    RawFormat container = FormatSniffer.sniffBytes(bytes);
    if (container != null) {
      readContainer(container, origin, nameHint, bytes, options, depth, out);
      return;
    }
    switch (CharsetDetection.decode(bytes)) {
      case Decoded.NotText nt -> out.error(origin.file(), nt.reason());
      case Decoded.Text t -> readText(origin, nameHint, t, out);
    }
  }

  private static void readContainer(RawFormat format, Origin origin, String nameHint, byte[] bytes,
      IngestOptions options, int depth, Records out) {
    if ((format == RawFormat.ZIP || format == RawFormat.GZIP) && depth >= MAX_DEPTH) {
      out.error(origin.file(), "archive nested more than " + MAX_DEPTH + " deep");
      return;
    }
    switch (format) {
      case ZIP -> ZipReader.read(origin, bytes, options, depth, out);
      case GZIP -> gunzip(origin, nameHint, bytes, options, depth, out);
      case WARC -> WarcFileReader.read(origin, bytes, options.maxFileBytes(), out);
      case PDF -> out.error(origin.file(), "PDF file: not supported, convert it to text or HTML first");
      default -> throw new IllegalStateException("not a container: " + format);
    }
  }

  /** gzip around anything: WARC (jwarc inflates it itself), JSONL, HTML… */
  private static void gunzip(Origin origin, String nameHint, byte[] bytes, IngestOptions options, int depth, Records out) {
    byte[] inflated;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      inflated = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxFileBytes() + 1));
    } catch (IOException e) {
      out.error(origin.file(), "corrupt or truncated gzip: " + Messages.describe(e));
      return;
    }
    if (inflated.length > options.maxFileBytes()) {
      out.error(origin.file(), "gzip content too large: over the " + Sizes.human(options.maxFileBytes()) + " cap");
      return;
    }
    String inner = nameHint.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
        ? nameHint.substring(0, nameHint.length() - 3) : nameHint;
    read(origin, inner, inflated, options, depth + 1, out);
  }

  private static void readText(Origin origin, String nameHint, Decoded.Text t, Records out) {
    int first = out.articles.size();
    String cs = t.charset();
    switch (FormatSniffer.sniffText(nameHint, t.text())) {
      case TREC -> TrecReader.read(origin, cs, t.text(), out);
      case FEED -> FeedReader.read(origin, cs, t.text(), out);
      case JSONL -> JsonlReader.readLines(origin, cs, t.text(), out);
      case JSON -> JsonlReader.readDocument(origin, cs, t.text(), out);
      case HTML -> {
        Article a = HtmlReader.read(origin.id(), origin.source(), org.marsad.model.SourceFormat.HTML, cs, t.text(), null);
        if (a == null) out.error(origin.file(), "HTML page has no visible text");
        else out.article(a);
      }
      default -> TextFileReader.read(origin, cs, t.text(), out);
    }
    if (t.problem() != null) {
      for (int i = first; i < out.articles.size(); i++) {
        out.articles.set(i, out.articles.get(i).withProblem(new Problem("ingest", null, t.problem() + " (read as " + cs + ")")));
      }
    }
  }
}
