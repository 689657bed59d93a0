package org.marsad.stages.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;

/**
 * Quick readers of raw files for grouping tests only: the real ingest/clean stages are written elsewhere. Texts are
 * kept with their page furniture (whole .txt file, whole HTML body text), so grouping is tested on noisy input.
 */
final class RawArticles {
  private static final Pattern TREC_DOC = Pattern.compile("<DOC>(.*?)</DOC>", Pattern.DOTALL);
  private static final Pattern DATE_LINE = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4}) الساعة (\\d{2}:\\d{2})");
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawArticles() {}

  static Path samplesDir() {
    // Tests run from the project root (Maven basedir).
    return Path.of("samples");
  }

  static List<Article> readDir(Path dir) {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.equals("README.md") || !Files.isRegularFile(f)) continue;
        out.addAll(read(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<Article> read(Path f) {
    String name = f.getFileName().toString();
    String s;
    try {
      s = Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (name.endsWith(".html")) return List.of(html(name, f, s));
    if (name.endsWith(".jsonl")) return jsonl(name, f, s);
    if (name.endsWith(".xml")) return rss(name, f, s);
    if (s.stripLeading().startsWith("<DOC>")) return trec(name, f, s);
    return List.of(text(name, f, s));
  }

  static Article text(String name, Path f, String s) {
    Matcher m = DATE_LINE.matcher(s);
    String published = m.find() ? m.group(3) + "-" + m.group(2) + "-" + m.group(1) + "T" + m.group(4) : null;
    return Article.ingested(name, f.toString(), SourceFormat.TEXT, "UTF-8", s, Metadata.EMPTY.withPublished(published));
  }

  private static Article html(String name, Path f, String s) {
    Document doc = Jsoup.parse(s);
    String title = attr(doc, "meta[property=og:title]");
    String published = attr(doc, "meta[property=article:published_time]");
    if (published != null && published.length() > 16) published = published.substring(0, 16);
    Metadata meta = new Metadata(title, attr(doc, "meta[property=og:site_name]"), null, null, published, null, null);
    return Article.ingested(name, f.toString(), SourceFormat.HTML, "UTF-8", doc.body().wholeText(), meta);
  }

  private static String attr(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.attr("content");
  }

  private static List<Article> jsonl(String name, Path f, String s) {
    List<Article> out = new ArrayList<>();
    String[] lines = s.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) continue;
      try {
        JsonNode n = JSON.readTree(lines[i]);
        Metadata meta = new Metadata(n.path("title").asText(null), n.path("outlet").asText(null), null,
            n.path("url").asText(null), n.path("published").asText(null), null, null);
        out.add(Article.ingested(name + "#" + (i + 1), f.toString(), SourceFormat.JSONL, "UTF-8", n.path("text").asText(""), meta));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static List<Article> rss(String name, Path f, String s) {
    Document doc = Jsoup.parse(s, "", Parser.xmlParser());
    List<Article> out = new ArrayList<>();
    for (Element item : doc.select("item")) {
      Element content = item.selectFirst("content|encoded");
      String html = content != null ? content.text() : item.select("description").text();
      String text = Jsoup.parse(html).body().wholeText();
      String published = ZonedDateTime.parse(item.select("pubDate").text(), DateTimeFormatter.RFC_1123_DATE_TIME)
          .toLocalDateTime().toString();
      Metadata meta = new Metadata(item.select("title").text(), null, null, item.select("link").text(), published, null, null);
      out.add(Article.ingested(name + "#" + item.select("guid").text(), f.toString(), SourceFormat.RSS, "UTF-8", text, meta));
    }
    return out;
  }

  static List<Article> trec(String name, Path f, String s) {
    List<Article> out = new ArrayList<>();
    Matcher m = TREC_DOC.matcher(s);
    boolean single = s.indexOf("<DOC>") == s.lastIndexOf("<DOC>");
    while (m.find()) {
      String doc = m.group(1);
      String docno = field(doc, "DOCNO");
      String time = field(doc, "TIME");
      String published = null;
      if (time != null) {
        try {
          published = ZonedDateTime.parse(time, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDateTime().toString();
        } catch (RuntimeException e) {
          published = null; // a bad date leaves the article undated
        }
      }
      String body = field(doc, "TEXT");
      Metadata meta = new Metadata(field(doc, "TITLE"), field(doc, "SRC"), field(doc, "AUTHOR"), field(doc, "URL"),
          published, null, field(doc, "ABSTRACT"));
      String id = single ? name : name + "#" + docno;
      out.add(Article.ingested(id, f.toString(), SourceFormat.TREC, "UTF-8", body == null ? "" : body, meta));
    }
    return out;
  }

  private static String field(String doc, String tag) {
    int a = doc.indexOf("<" + tag + ">");
    int b = doc.indexOf("</" + tag + ">");
    if (a < 0 || b < a) return null;
    return doc.substring(a + tag.length() + 2, b).strip();
  }
}
