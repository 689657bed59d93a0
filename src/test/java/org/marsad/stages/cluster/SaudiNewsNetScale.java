package org.marsad.stages.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;

/** Scale check, not a test: groups all SaudiNewsNet articles (≈31k) and prints time and counts. */
final class SaudiNewsNetScale {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(System.getProperty("marsad.shared", "/work/shared"), "data", "saudinewsnet", "dataset");
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path zip : files.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
          for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
            if (!e.getName().endsWith(".json")) continue;
            int i = 0;
            for (JsonNode n : json.readTree(in.readAllBytes())) {
              String date = n.path("date_extracted").asText("");
              Metadata meta = Metadata.EMPTY.withTitle(n.path("title").asText(null)).withOutlet(n.path("source").asText(null))
                  .withPublished(date.length() >= 10 ? date.substring(0, 10) : null);
              articles.add(Article.ingested(zip.getFileName() + "#" + (++i), zip.toString(), SourceFormat.JSONL, "UTF-8",
                  n.path("content").asText(""), meta));
            }
          }
        }
      }
    }
    var mx = ManagementFactory.getThreadMXBean();
    var d = BaselineEventGrouper.Settings.DEFAULTS;
    var grouper = System.getProperty("link") == null ? new BaselineEventGrouper() : new BaselineEventGrouper(new org.apache.lucene.analysis.ar.ArabicAnalyzer(),
        new BaselineEventGrouper.Settings(d.maxDayGap(), Thresholds.fixed(Double.parseDouble(System.getProperty("link")), Double.parseDouble(System.getProperty("merge"))), d.topTerms(), d.window(), d.minSharedTerms()));
    grouper.group(articles.subList(0, 500)); // warm-up
    long c0 = mx.getCurrentThreadCpuTime(), t0 = System.nanoTime();
    List<Event> events = grouper.group(articles);
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9, wall = (System.nanoTime() - t0) / 1e9;
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    int multi = (int) events.stream().filter(e -> e.articleIds().size() > 1).count();
    int largest = events.stream().mapToInt(e -> e.articleIds().size()).max().orElse(0);
    System.out.printf("SaudiNewsNet: %d articles (%d chars) -> %d events (%d with 2+ articles, largest %d) in %.2f s CPU, %.2f s wall%n",
        articles.size(), chars, events.size(), multi, largest, cpu, wall);
    var byId = new HashMap<String, Article>();
    for (Article a : articles) byId.put(a.id(), a);
    if (Boolean.getBoolean("show")) {
      events.stream().sorted((a, b) -> b.articleIds().size() - a.articleIds().size()).limit(4).forEach(e -> {
        System.out.println("== " + e.articleIds().size() + " " + e.when() + " " + e.title());
        e.articleIds().stream().limit(12).forEach(id -> System.out.println("   " + byId.get(id).meta().outlet() + " | " + byId.get(id).meta().title()));
      });
      if (Boolean.getBoolean("nostories")) return;
    }
    long c1 = mx.getCurrentThreadCpuTime();
    int stories = new BaselineStoryGrouper().group(events, byId).size();
    System.out.printf("stories=%d in %.2f s CPU%n", stories, (mx.getCurrentThreadCpuTime() - c1) / 1e9);
  }
}
