package org.marsad.stages.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.model.Article;
import org.marsad.model.Event;

/** Reads the ANT April 2018 subset with {@link RawArticles#trec}; also a main that prints grouping figures. */
final class AntScale {
  private AntScale() {}

  static Path antDir() {
    return Path.of(System.getProperty("marsad.shared", "../shared"), "data", "ant-corpus-multisource-2018-04");
  }

  static List<Article> read(Path dir) {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("UPSTREAM")).sorted().toList()) {
        out.addAll(RawArticles.read(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Args: [link [dir [merge]]]. Prints article count, time, event count, size histogram and the largest events. */
  public static void main(String[] args) {
    List<Article> articles = read(args.length > 1 ? Path.of(args[1]) : antDir());
    BaselineEventGrouper.Settings d = BaselineEventGrouper.Settings.DEFAULTS;
    double t = args.length > 0 ? Double.parseDouble(args[0]) : d.thresholds().at(articles.size()).link();
    double m = args.length > 2 ? Double.parseDouble(args[2]) : d.thresholds().at(articles.size()).merge();
    var grouper = new BaselineEventGrouper(new org.apache.lucene.analysis.ar.ArabicAnalyzer(),
        new BaselineEventGrouper.Settings(d.maxDayGap(), Thresholds.fixed(t, m), d.topTerms(), d.window(), d.minSharedTerms()));
    grouper.group(articles.subList(0, 200)); // warm-up
    long ta = System.nanoTime();
    List<String> texts = articles.stream().map(ArticleText::forSimilarity).toList();
    TfIdfVectors v = TfIdfVectors.of(texts, new org.apache.lucene.analysis.ar.ArabicAnalyzer());
    long tb = System.nanoTime();
    SparseVector[] vs = new SparseVector[v.size()];
    long[] days = new long[vs.length];
    for (int i = 0; i < vs.length; i++) { vs[i] = v.vector(i); days[i] = ArticleText.epochDay(ArticleText.publishedDate(articles.get(i))); }
    var edges = SimilarityGrouping.candidateEdges(vs, days, new int[days.length], x -> v.documentFrequency(x) >= 2, d.params(articles.size()));
    long tc = System.nanoTime();
    SimilarityGrouping.group(vs, days, new int[days.length], x -> v.documentFrequency(x) >= 2, d.params(articles.size()));
    System.out.printf("full grouping=%dms%n", (System.nanoTime() - tc) / 1_000_000);
    tc = System.nanoTime();
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf("tfidf=%dms (%d chars) candidates+cosines=%dms edges=%d%n", (tb - ta) / 1_000_000, chars, (tc - tb) / 1_000_000, edges.size());
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long c0 = mx.getCurrentThreadCpuTime();
    List<Event> events = grouper.group(articles);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("event grouping cpu=%dms wall=%dms%n", (mx.getCurrentThreadCpuTime() - c0) / 1_000_000, ms);
    int[] hist = new int[6];
    for (Event e : events) hist[Math.min(5, e.articleIds().size())]++;
    System.out.printf("articles=%d events=%d time=%dms link=%.3f merge=" + m + " sizes 1:%d 2:%d 3:%d 4:%d 5+:%d%n",
        articles.size(), events.size(), ms, t, hist[1], hist[2], hist[3], hist[4], hist[5]);
    events.stream().sorted((a, b) -> b.articleIds().size() - a.articleIds().size()).limit(8).forEach(e ->
        System.out.println(e.articleIds().size() + "  " + e.when() + "  " + e.title()));
    var byId = new java.util.HashMap<String, Article>();
    for (Article a : articles) byId.put(a.id(), a);
    long t1 = System.nanoTime();
    var stories = new BaselineStoryGrouper().group(events, byId);
    System.out.printf("stories=%d time=%dms%n", stories.size(), (System.nanoTime() - t1) / 1_000_000);
  }
}
