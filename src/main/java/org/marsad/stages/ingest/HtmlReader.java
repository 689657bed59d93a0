package org.marsad.stages.ingest;

import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.Problem;
import org.marsad.model.SourceFormat;

/**
 * One HTML page to one article: text = title line, blank line, then the main content's paragraphs (readability4j)
 * separated by blank lines; metadata hints from the page's head.
 */
final class HtmlReader {
  /** Readability recurses over the tree; deeper pages fall back to the whole body's text. */
  static final int MAX_READABILITY_DEPTH = 400;
  /**
   * Readability's scoring grows faster than the page (a 1.8M-char page took 11 s, a 6M-char one 30 s, on a loaded
   * machine); news pages are far smaller.
   */
  static final int MAX_READABILITY_CHARS = 1_000_000;

  private HtmlReader() {}

  /**
   * @param url the page's address when known from outside (WARC target URI), else null
   * @return the article, or null when the page shows no text at all
   */
  static Article read(String id, String source, SourceFormat format, String charset, String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    Metadata meta = metadata(doc, url);
    Element body = doc.body();
    Problem problem = null;
    List<String> paragraphs = null;
    int depth = maxDepth(doc);
    if (depth > MAX_READABILITY_DEPTH) {
      problem = new Problem("ingest", null,
          "HTML nested " + depth + " deep: main-content extraction skipped, whole body text used");
    } else if (html.length() > MAX_READABILITY_CHARS) {
      problem = new Problem("ingest", null, "HTML of " + html.length()
          + " chars: main-content extraction skipped, whole body text used");
    } else {
      try {
        net.dankito.readability4j.Article main = new Readability4J(url == null ? "" : url, doc.clone()).parse();
        Element content = main.getArticleContent();
        if (content != null) paragraphs = BlockText.paragraphs(content);
        // readability's title drops a " - Site" suffix of <title>; og:title still wins
        if (meta.title() == null) meta = meta.withTitle(firstNonBlank(main.getTitle()));
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        problem = new Problem("ingest", null,
            "main-content extraction failed (" + e.getClass().getSimpleName() + "): whole body text used");
      }
    }
    if (meta.title() == null) meta = meta.withTitle(firstNonBlank(doc.title(), text(doc.selectFirst("h1"))));
    if (paragraphs == null || paragraphs.isEmpty()) paragraphs = body == null ? List.of() : BlockText.paragraphs(body);
    String title = meta.title();
    if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
      paragraphs = paragraphs.subList(1, paragraphs.size());
    }
    if (paragraphs.isEmpty() && title == null) return null;
    StringBuilder text = new StringBuilder();
    if (title != null) text.append(title);
    for (String p : paragraphs) {
      if (text.length() > 0) text.append(Article.PARAGRAPH_BREAK);
      text.append(p);
    }
    Article a = Article.ingested(id, source, format, charset, text.toString(), meta);
    return problem == null ? a : a.withProblem(problem);
  }

  /** Hints from the head; the title only from og:title here, see {@link #read} for the fallbacks. */
  static Metadata metadata(Document doc, String url) {
    String title = meta(doc, "meta[property=og:title]");
    String outlet = meta(doc, "meta[property=og:site_name]");
    String author = firstNonBlank(meta(doc, "meta[name=author]"), notUrl(meta(doc, "meta[property=article:author]")));
    String canonical = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "meta[property=og:url]"), url);
    String publishedRaw = firstNonBlank(
        meta(doc, "meta[property=article:published_time]"),
        meta(doc, "meta[itemprop=datePublished]"),
        meta(doc, "meta[name~=(?i)^(pubdate|publishdate|publish-date|date|dc\\.date\\.issued|dcterms\\.created)$]"),
        attr(doc.selectFirst("time[datetime]"), "datetime"));
    return new Metadata(title, outlet, author, canonical, PublishedTime.asWritten(publishedRaw), null, null);
  }

  private static String meta(Document doc, String query) {
    return attr(doc.selectFirst(query), "content");
  }

  private static String attr(Element e, String name) {
    if (e == null) return null;
    String v = e.attr(name).strip();
    return v.isEmpty() ? null : v;
  }

  private static String text(Element e) {
    if (e == null) return null;
    String v = e.text().strip();
    return v.isEmpty() ? null : v;
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http") ? null : s;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v.strip();
    }
    return null;
  }

  private static int maxDepth(Document doc) {
    int[] max = {0};
    NodeTraversor.traverse((Node node, int depth) -> {
      if (depth > max[0]) max[0] = depth;
    }, doc);
    return max[0];
  }
}
