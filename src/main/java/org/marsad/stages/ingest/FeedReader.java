package org.marsad.stages.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.List;
import org.jsoup.Jsoup;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;

/**
 * RSS and Atom feeds (rome): one article per item, key = guid, else link, else 1-based index. Text = the item's
 * content (or description if longer) with HTML reduced to paragraphs separated by blank lines.
 */
final class FeedReader {
  private FeedReader() {}

  static void read(Origin origin, String charset, String xml, Records out) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(stripXmlDeclaration(xml)));
    } catch (FeedException | IllegalArgumentException e) {
      String why = Messages.clip(e.getMessage());
      if (!LenientFeedReader.read(origin, charset, xml, why, out)) {
        out.error(origin.file(), "not a readable RSS/Atom feed: " + why);
      }
      return;
    }
    String outlet = blankToNull(feed.getTitle());
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      out.error(origin.file(), "feed has no items");
      return;
    }
    int index = 0;
    for (SyndEntry e : entries) {
      index++;
      String key = firstNonBlank(e.getUri(), e.getLink(), String.valueOf(index));
      String text = paragraphs(body(e));
      if (text.isEmpty()) {
        out.error(origin.recordFile(key), "feed item " + index + ": no description or content");
        continue;
      }
      String published = PublishedTime.utc(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
      Metadata meta = new Metadata(blankToNull(e.getTitle()), outlet, blankToNull(e.getAuthor()),
          blankToNull(e.getLink()), published, null, null);
      out.article(Article.ingested(origin.recordId(key), origin.source(), SourceFormat.RSS, charset, text, meta));
    }
  }

  /** The decoded text is already a String; a declared encoding would only confuse the XML parser. */
  private static String stripXmlDeclaration(String xml) {
    int start = 0;
    while (start < xml.length() && (Character.isWhitespace(xml.charAt(start)) || xml.charAt(start) == '\uFEFF')) start++;
    if (xml.startsWith("<?xml", start)) {
      int end = xml.indexOf("?>", start);
      if (end > 0) return xml.substring(end + 2);
    }
    return start == 0 ? xml : xml.substring(start);
  }

  private static String body(SyndEntry e) {
    String best = e.getDescription() == null ? null : e.getDescription().getValue();
    for (SyndContent c : e.getContents()) {
      String v = c.getValue();
      if (v != null && (best == null || v.length() > best.length())) best = v;
    }
    return best == null ? "" : best;
  }

  /** HTML or plain text to paragraphs separated by blank lines. */
  static String paragraphs(String value) {
    if (value.isBlank()) return "";
    if (value.indexOf('<') < 0) return plainParagraphs(value);
    List<String> ps = BlockText.paragraphs(Jsoup.parseBodyFragment(value).body());
    return String.join(Article.PARAGRAPH_BREAK, ps);
  }

  /** Plain-text descriptions keep their line structure: one paragraph per non-blank line. */
  private static String plainParagraphs(String value) {
    StringBuilder sb = new StringBuilder();
    for (String line : value.split("\n")) {
      String t = line.strip();
      if (t.isEmpty()) continue;
      if (sb.length() > 0) sb.append(Article.PARAGRAPH_BREAK);
      sb.append(t);
    }
    return sb.toString();
  }

  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v.strip();
    }
    return null;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

}
