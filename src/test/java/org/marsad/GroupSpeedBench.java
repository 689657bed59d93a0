package org.marsad;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/**
 * Timing, not a check (run by name: {@code -Dtest=GroupSpeedBench}): CPU of {@link Marsad#group} on all analysed
 * ANT articles, each grouper analysing on its own versus one shared analysis, alternating over a few rounds.
 */
class GroupSpeedBench {
  private static final int ROUNDS = 4;

  @Test
  void groupCpuSeparateVersusShared() {
    List<Path> ant = GroupCorpora.ant("201804");
    assumeTrue(!ant.isEmpty(), "no ANT corpus");
    List<Article> analysed = GroupCorpora.analysed(ant);
    var threads = ManagementFactory.getThreadMXBean();
    // MARSAD_GROUP_JFR=<file> records a CPU profile of the grouping rounds only (not of the article pipeline).
    String jfr = System.getenv("MARSAD_GROUP_JFR");
    jdk.jfr.Recording recording = null;
    if (jfr != null) {
      try {
        recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
      } catch (java.io.IOException | java.text.ParseException e) {
        throw new IllegalStateException(e);
      }
      recording.start();
    }
    for (int round = 0; round <= ROUNDS; round++) {
      for (boolean shared : new boolean[] {false, true}) {
        System.gc();
        long cpu = StepTimes.processCpuNanos(), thread = threads.getCurrentThreadCpuTime(), wall = System.nanoTime();
        Marsad.Grouped g = Marsad.group(analysed, shared);
        System.out.printf("round %d %-8s articles %d events %d stories %d: process CPU %.2f s, thread CPU %.2f s, wall %.2f s%s%n",
            round, shared ? "shared" : "separate", analysed.size(), g.events().size(), g.stories().size(),
            (StepTimes.processCpuNanos() - cpu) / 1e9, (threads.getCurrentThreadCpuTime() - thread) / 1e9,
            (System.nanoTime() - wall) / 1e9, round == 0 ? " (warm-up)" : "");
      }
    }
    if (recording != null) {
      try {
        recording.dump(Path.of(jfr));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      recording.close();
    }
  }
}
