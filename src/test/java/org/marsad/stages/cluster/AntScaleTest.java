package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Story;

/** Groups the whole ANT April 2018 subset (4,798 articles, 5 outlets); skipped when the data is absent. */
class AntScaleTest {
  /** CPU seconds allowed for event grouping; measured ≈ 1.3 s on the dev machine (see AntScale main). */
  static final double MAX_CPU_SECONDS = 10;

  @Test
  void groupsAllAntArticlesInSeconds() {
    Path dir = AntScale.antDir();
    assumeTrue(Files.isDirectory(dir), "ANT corpus absent");
    List<Article> articles = AntScale.read(dir);
    assertThat(articles).hasSizeGreaterThan(4000);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    List<Event> events = new BaselineEventGrouper().group(articles);
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    double wall = (System.nanoTime() - t0) / 1e9;

    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    long c1 = mx.getCurrentThreadCpuTime();
    List<Story> stories = new BaselineStoryGrouper().group(events, byId);
    double storyCpu = (mx.getCurrentThreadCpuTime() - c1) / 1e9;
    System.out.printf("ANT: %d articles -> %d events in %.2f s CPU (%.2f s wall); %d stories in %.2f s CPU%n",
        articles.size(), events.size(), cpu, wall, stories.size(), storyCpu);

    assertThat(BaselineEventGrouperTest.eventOf(events)).hasSameSizeAs(byId);
    assertThat(BaselineStoryGrouperTest.storyOfEvent(stories)).hasSameSizeAs(events);
    // Neither all singletons nor one blob: a month of 5 outlets has many multi-outlet events.
    assertThat(events.size()).isBetween(articles.size() / 10, articles.size() * 9 / 10);
    assertThat(events.stream().mapToInt(e -> e.articleIds().size()).max().orElseThrow()).isLessThan(articles.size() / 20);
    assertThat(cpu).isLessThan(MAX_CPU_SECONDS);
  }

  /** The incremental detector over the same articles: one candidate query per article, no pass over all pairs. */
  @Test
  void theIncrementalDetectorGroupsAllAntArticlesInSeconds() {
    Path dir = AntScale.antDir();
    assumeTrue(Files.isDirectory(dir), "ANT corpus absent");
    List<Article> articles = AntScale.read(dir);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    List<Event> events = new IncrementalEventGrouper().group(articles);
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    double wall = (System.nanoTime() - t0) / 1e9;
    System.out.printf("ANT, incremental: %d articles -> %d events in %.2f s CPU (%.2f s wall), %.2f ms per article%n",
        articles.size(), events.size(), cpu, wall, 1000 * wall / articles.size());
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    assertThat(BaselineEventGrouperTest.eventOf(events)).hasSameSizeAs(byId);
    assertThat(events.size()).isBetween(articles.size() / 10, articles.size() * 9 / 10);
    assertThat(events.stream().mapToInt(e -> e.articleIds().size()).max().orElseThrow()).isLessThan(articles.size() / 20);
    assertThat(cpu).isLessThan(MAX_CPU_SECONDS * 3);
  }
}
