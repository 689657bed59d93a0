package org.marsad;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/**
 * Timing, not a check (run by name: {@code -Dtest=LiveGroupingBench}): on ANT (April 2018, publication order), the
 * live grouping of all but the last {@value #LATE} articles, then each late article added alone, against one
 * {@link Marsad#group} of everything (what the server did after every ingest before), and a restore from the saved
 * assignment. Wall times on a shared machine: read the median.
 */
class LiveGroupingBench {
  static final int LATE = 100;

  @Test
  void addOneArticleAgainstRegroupingAll() {
    List<Path> ant = GroupCorpora.ant("201804");
    assumeTrue(!ant.isEmpty(), "no ANT corpus");
    List<Article> analysed = new ArrayList<>(GroupCorpora.analysed(ant));
    analysed.sort(LiveGrouping.FEED_ORDER);
    int n = analysed.size();
    List<Article> early = analysed.subList(0, n - LATE);
    List<Article> late = analysed.subList(n - LATE, n);

    long t0 = System.nanoTime();
    Marsad.Grouped all = Marsad.group(analysed);
    long regroup = System.nanoTime() - t0;
    System.out.printf("Marsad.group of %d articles: %d events, %.2f s%n", n, all.events().size(), regroup / 1e9);

    t0 = System.nanoTime();
    try (LiveGrouping live = LiveGrouping.group(early)) {
      System.out.printf("LiveGrouping.group of %d articles: %d events, %.2f s%n", early.size(),
          live.grouped().events().size(), (System.nanoTime() - t0) / 1e9);
      long[] ms = new long[LATE];
      int rebuilt = 0;
      java.util.Map<String, long[]> steps = new java.util.concurrent.ConcurrentSkipListMap<>();
      StepTimes times = (step, wall, cpu) -> steps.computeIfAbsent(step, k -> new long[2])[0] += wall;
      for (int i = 0; i < LATE; i++) {
        long t = System.nanoTime();
        LiveGrouping.Update u = live.add(List.of(late.get(i)), times);
        ms[i] = (System.nanoTime() - t) / 1_000_000;
        rebuilt += u.rebuilt().size();
      }
      long[] sorted = ms.clone();
      Arrays.sort(sorted);
      System.out.printf("add one article (%d adds, %d events rebuilt): median %d ms, p90 %d ms, max %d ms; full groupings %d%n",
          LATE, rebuilt, sorted[LATE / 2], sorted[LATE * 9 / 10], sorted[LATE - 1], live.fullGroupings());
      steps.forEach((k, v) -> System.out.printf("  %-8s mean %.1f ms%n", k, v[0] / 1e6 / LATE));

      LiveGrouping.Assignments saved = live.assignments();
      t0 = System.nanoTime();
      try (LiveGrouping restored = LiveGrouping.restore(analysed, saved)) {
        System.out.printf("restore of %d articles: %.2f s, %s%n", n, (System.nanoTime() - t0) / 1e9, restored.restoreReport());
      }
    }
  }
}
