package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * On NewsFANE's held-out 10% (needs ../shared): prints the bundled model's entity-level scores and tagging speed on
 * one thread. Speed is reported, not asserted; the score is asserted so a worse model cannot ship silently.
 */
class NerBenchmarkTest {
  private static Path newsFane() {
    Path shared = Path.of(System.getProperty("marsad.shared", "../shared"));
    return shared.resolve("data/newsfane-gold/NewsFANE_Gold_2014_170K.txt");
  }

  @Test
  void devScoresAndTokensPerSecond() throws IOException {
    Path file = newsFane();
    assumeTrue(Files.isRegularFile(file), "NewsFANE not available");
    List<NerSentence> dev = NerTrainer.split(NewsFaneReader.read(file)).dev();
    NerTagger tagger = NerTagger.load();
    EntityScores scores = NerTrainer.evaluate(tagger, dev);
    System.out.print("bundled model on NewsFANE dev (every 10th sentence):\n" + scores.report());

    long tokens = 0;
    for (NerSentence s : dev) tokens += s.tokens().length;
    for (int warm = 0; warm < 3; warm++) for (NerSentence s : dev) tagger.tag(s.tokens());
    int rounds = 10;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long sink = 0;
    for (int r = 0; r < rounds; r++) for (NerSentence s : dev) sink += tagger.tag(s.tokens()).length;
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    // CPU time of this thread is the fairer figure on a shared machine; wall time is printed too
    System.out.printf(Locale.ROOT, "NER tagging speed: %.0f tokens per CPU-second, %.0f tokens/s wall (%d tokens x %d rounds, one thread)%n",
        tokens * rounds / cpuSeconds, tokens * rounds / seconds, tokens, rounds);
    assertThat(sink).isEqualTo(tokens * rounds);
    assertThat(scores.overall().f1()).isGreaterThan(0.835);
    assertThat(scores.overall("PER", "ORG", "LOC").f1()).isGreaterThan(0.85);
  }
}
