package org.marsad.stages.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.Problem;
import org.marsad.model.SourceFormat;

/**
 * The fallback for feeds that are not well-formed XML (a bare "&", a cut-off file): jsoup's forgiving XML parser,
 * items read by element name. Each article says it was read leniently.
 */
final class LenientFeedReader {
  private LenientFeedReader() {}

  /** @return false when no item could be found, so the caller reports the strict parser's error */
  static boolean read(Origin origin, String charset, String xml, String strictError, Records out) {
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    Elements items = doc.select("item, entry");
    if (items.isEmpty()) return false;
    Element channelTitle = doc.selectFirst("channel > title, feed > title");
    String outlet = channelTitle == null ? null : FeedReader.blankToNull(channelTitle.text());
    Problem problem = new Problem("ingest", null, "feed is not well-formed XML (" + strictError + "); read leniently");
    int index = 0;
    for (Element item : items) {
      index++;
      String link = FeedReader.firstNonBlank(text(item, "link"), attr(item, "link[href]", "href"));
      String key = FeedReader.firstNonBlank(text(item, "guid"), text(item, "id"), link, String.valueOf(index));
      String body = longest(text(item, "description"), text(item, "summary"), text(item, "content"),
          text(item, "content|encoded"));
      String paragraphs = body == null ? "" : FeedReader.paragraphs(body);
      if (paragraphs.isEmpty()) {
        out.error(origin.recordFile(key), "feed item " + index + ": no description or content");
        continue;
      }
      String time = FeedReader.firstNonBlank(text(item, "pubDate"), text(item, "published"), text(item, "updated"), text(item, "dc|date"));
      String published = PublishedTime.rfc822ToUtc(time);
      if (published == null) published = PublishedTime.asWritten(time);
      Metadata meta = new Metadata(text(item, "title"), outlet, FeedReader.firstNonBlank(text(item, "author > name"), text(item, "author")),
          link, published, null, null);
      out.article(Article.ingested(origin.recordId(key), origin.source(), SourceFormat.RSS, charset, paragraphs, meta)
          .withProblem(problem));
    }
    return true;
  }

  /** The element's text; for escaped HTML in RSS that is the HTML source, which {@link FeedReader#paragraphs} strips. */
  private static String text(Element item, String query) {
    Element e = item.selectFirst(query);
    if (e == null) return null;
    boolean hasElements = !e.children().isEmpty();
    return FeedReader.blankToNull(hasElements ? e.html() : e.wholeText());
  }

  private static String attr(Element item, String query, String name) {
    Element e = item.selectFirst(query);
    return e == null ? null : FeedReader.blankToNull(e.attr(name));
  }

  private static String longest(String... values) {
    String best = null;
    for (String v : values) {
      if (v != null && (best == null || v.length() > best.length())) best = v;
    }
    return best;
  }
}
