package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures put throughput (prints it; no timed assertion). Default 2,000 articles to keep the suite quick; the
 * reported figure uses {@code -Dmarsad.store.perfDocs=20000}.
 */
class StoreThroughputTest {
  private static final int WORDS = 300;
  @TempDir Path dir;

  @Test
  @Timeout(value = 600, unit = TimeUnit.SECONDS)
  void putThroughput() throws IOException {
    int docs = Integer.getInteger("marsad.store.perfDocs", 2000);
    List<org.marsad.model.Article> articles = new ArrayList<>(docs);
    long words = 0;
    for (int i = 0; i < docs; i++) {
      org.marsad.model.Article a = SyntheticArticles.article(i, WORDS);
      words += a.bodyText().split(" ").length;
      articles.add(a);
    }
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      for (org.marsad.model.Article a : articles) store.put(a);
      store.commit();
      assertThat(store.count()).isEqualTo(docs);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    long reputStart = System.nanoTime();
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      for (org.marsad.model.Article a : articles) assertThat(store.put(a)).isEqualTo(PutResult.UNCHANGED_SAME_ID);
    }
    double reputSeconds = (System.nanoTime() - reputStart) / 1e9;
    // put one by one against putAll (documents prepared on all cores), alternating, after the run above warmed up
    for (int round = 0; round < 4; round++) {
      boolean all = round % 2 == 1;
      long t = System.nanoTime(), c = processCpuNanos();
      try (LuceneArticleStore store = LuceneArticleStore.open(dir.resolve("round" + round))) {
        if (all) store.putAll(articles);
        else for (org.marsad.model.Article a : articles) store.put(a);
        store.commit();
        assertThat(store.count()).isEqualTo(docs);
      }
      double w = (System.nanoTime() - t) / 1e9, cpu = (processCpuNanos() - c) / 1e9;
      System.out.printf("StoreThroughputTest: round %d, %s: %.2f s = %.0f docs/s; %.1f CPU s = %.0f docs per CPU second%n",
          round, all ? "putAll" : "put one by one", w, docs / w, cpu, docs / cpu);
    }
    System.out.printf("StoreThroughputTest: %d articles (%d body words, %.0f words each) put+commit+close in %.2f s"
            + " = %.0f docs/s, %.0f words/s; %.1f CPU s (all threads) = %.0f docs per CPU second;"
            + " re-put (all unchanged) %.0f docs/s; load average %.1f on %d cores%n",
        docs, words, (double) words / docs, seconds, docs / seconds, words / seconds, cpuSeconds, docs / cpuSeconds,
        docs / reputSeconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
