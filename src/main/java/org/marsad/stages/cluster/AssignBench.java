package org.marsad.stages.cluster;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.marsad.model.Article;

/**
 * The per-article cost of event assignment as the store grows: real articles are assigned once, then replicated
 * (publication and happening days shifted by the span of the real ones per copy, a share of their names swapped for
 * copy-specific ones, as other years bring other people) until the store holds each size asked for. At each size,
 * probe articles (real ones shifted into the newest copy's days, with their own perturbed names) are assigned and
 * timed one by one: candidate query, pair scores, decision and indexing (their text analysis is done beforehand, as
 * it does not depend on the store). The density of articles per day stays that of the real data, as in a growing
 * archive, so a flat cost is what an index with a date window should give.
 */
public final class AssignBench {
  /** Share of an article's names replaced in each copy. */
  static final double PERTURBED_NAMES = 0.3;

  /** The cost at one store size. */
  /** Wall times, and the assigning thread's CPU time (steadier on a shared machine; background merges not counted). */
  public record Point(int stored, int probes, double meanMillis, double medianMillis, double p99Millis, double meanCpuMillis) {}

  private AssignBench() {}

  /**
   * @param real analysed articles (ANT, say); their order does not matter
   * @param sizes store sizes to measure at, increasing
   * @param probes articles timed at each size
   * @param workDir where the on-disk index goes (emptied first)
   * @param log progress lines
   */
  public static List<Point> run(List<Article> real, int[] sizes, int probes, Path workDir, PrintWriter log) {
    if (real.isEmpty()) throw new IllegalArgumentException("no article to replicate");
    int[] ascending = sizes.clone();
    Arrays.sort(ascending);
    if (!Arrays.equals(ascending, sizes) || sizes.length == 0 || sizes[0] < 1) throw new IllegalArgumentException("sizes must increase: " + Arrays.toString(sizes));
    List<Article> feed = new ArrayList<>(real);
    feed.sort(IncrementalEventGrouper.FEED_ORDER);
    IncrementalEventDetector.Settings settings = IncrementalEventDetector.Settings.DEFAULTS
        .withProfilesInMemory(Math.max(IncrementalEventDetector.Settings.DEFAULTS.reopenEvery(), Math.min(50_000, 4 * feed.size())));
    List<Point> points = new ArrayList<>();
    deleteContents(workDir);
    try (IncrementalEventDetector detector = IncrementalEventDetector.onDisk(workDir, settings)) {
      EventProfiler profiler = detector.profiler();
      List<EventProfiler.Counts> counts = new ArrayList<>(feed.size());
      for (Article a : feed) counts.add(profiler.count(a));
      List<EventProfile> base = new ArrayList<>(feed.size());
      for (EventProfiler.Counts c : counts) base.add(profiler.weigh(c));
      long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
      for (EventProfile p : base) {
        if (!p.dated()) continue;
        first = Math.min(first, p.publishedDay());
        last = Math.max(last, p.publishedDay());
      }
      long span = first == Long.MAX_VALUE ? 1 : last - first + 1 + settings.maxDayGap();
      // Copy 0: the real articles, really assigned; their events are what the copies replicate.
      String[] eventOfBase = new String[base.size()];
      int copy = 0;
      SplittableRandom random = new SplittableRandom(42);
      for (int i = 0; i < base.size() && detector.articleCount() < sizes[sizes.length - 1]; i++) {
        eventOfBase[i] = detector.assign(base.get(i)).eventId();
      }
      int next = 0;
      for (int size : sizes) {
        while (detector.articleCount() < size) {
          if (next == base.size()) {
            next = 0;
            copy++;
          }
          EventProfile p = base.get(next);
          String ev = eventOfBase[next] == null ? null : "c" + copy + "/" + detector.resolve(eventOfBase[next]);
          detector.store(copyOf(p, "c" + copy + "/" + p.articleId(), copy * span, profiler.statistics(), copy, random), ev);
          next++;
          if ((detector.articleCount() % 100_000) == 0) {
            log.printf("stored %,d%n", detector.articleCount());
            log.flush();
          }
        }
        detector.makeSearchable();
        if (points.isEmpty()) {
          for (int k = 0; k < probes; k++) { // warm-up (JIT), untimed
            EventProfile p = base.get(random.nextInt(base.size()));
            detector.assign(copyOf(p, "warmup-" + k + "/" + p.articleId(), copy * span, profiler.statistics(), 2_000_000 + k, random));
          }
        }
        // Probes: real articles moved into the newest copy's days, with their own names perturbed.
        double[] millis = new double[probes];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = 0;
        for (int k = 0; k < probes; k++) {
          EventProfile p = base.get(random.nextInt(base.size()));
          EventProfile probe = copyOf(p, "probe" + size + "-" + k + "/" + p.articleId(), copy * span, profiler.statistics(),
              1_000_000 + k, random);
          long c0 = mx.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          detector.assign(probe);
          millis[k] = (System.nanoTime() - t0) / 1e6;
          cpu += mx.getCurrentThreadCpuTime() - c0;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(millis).average().orElse(0);
        Point pt = new Point(size, probes, mean, sorted[probes / 2], sorted[Math.min(probes - 1, (int) Math.ceil(probes * 0.99) - 1)],
            cpu / 1e6 / probes);
        points.add(pt);
        log.printf("measured at %,d stored%n", size);
        log.flush();
      }
    }
    deleteContents(workDir);
    return points;
  }

  /** A copy of a profile: days shifted, a share of its names replaced by names of this copy only. */
  static EventProfile copyOf(EventProfile p, String id, long shiftDays, TermStatistics stats, int copy, SplittableRandom random) {
    int[] names = p.entities().clone();
    for (int i = 0; i < names.length; i++) {
      if (random.nextDouble() < PERTURBED_NAMES) names[i] = stats.id(stats.term(names[i]) + "~" + copy);
    }
    // Ids must be sorted and distinct; weights follow their names.
    Integer[] order = new Integer[names.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingInt(i -> names[i]));
    int[] sortedNames = new int[names.length];
    float[] weights = new float[names.length];
    int n = 0;
    for (int i : order) {
      if (n > 0 && sortedNames[n - 1] == names[i]) continue;
      sortedNames[n] = names[i];
      weights[n++] = p.entityWeights()[i];
    }
    long day = p.dated() ? p.publishedDay() + shiftDays : p.publishedDay();
    long happening = p.happeningDay() == SimilarityGrouping.UNKNOWN_DAY ? p.happeningDay() : p.happeningDay() + shiftDays;
    return new EventProfile(id, p.outlet(), day, happening, SimilarityGrouping.weekdayMask(day, 0), p.body(), p.lead(),
        Arrays.copyOf(sortedNames, n), Arrays.copyOf(weights, n));
  }

  private static void deleteContents(Path dir) {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.toList()) Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
