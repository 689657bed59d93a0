package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.StepTimes;
import org.marsad.model.Article;
import org.marsad.model.Digest;
import org.marsad.pipeline.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad bench pipeline PATH...}: one full digest (ingest → clean → analyse → extract → group → index into a
 * store) over a corpus, then a bare Lucene ArabicAnalyzer pass over the same texts in the same JVM. Prints
 * articles/s, peak heap, each step's time as a ratio to the bare pass, and the total ratio as the last line (goal
 * ≤ 6). Times are machine noise; ratios measured in one run travel.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Time one full digest (into a temporary store) against a bare Lucene ArabicAnalyzer pass over the same "
        + "texts; prints articles/s, peak heap, per-step ratios and, last, the total ratio.")
final class BenchPipelineCommand implements Callable<Integer> {
  /** The order steps are printed in; a stage not named here is printed after these. */
  private static final List<String> CORPUS_STEPS = List.of("group", "store");

  @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> paths;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Index into this store (kept). Default: a temporary folder, deleted afterwards.")
  Path dataDir;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds of the bare pass (best is kept). Default: ${DEFAULT-VALUE}.")
  int rounds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path data = dataDir != null ? dataDir : Files.createTempDirectory("marsad-bench-");
    try {
      Report report = run(data);
      report.lines().forEach(out::println);
      out.flush();
      return Main.OK;
    } finally {
      if (dataDir == null) deleteTree(data);
    }
  }

  private Report run(Path data) throws IOException {
    List<String> stageNames = Marsad.articlePipeline().stages().stream().map(Stage::name).toList();
    Times times = new Times();
    HeapPeak heap = HeapPeak.start();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    Digest digest = Marsad.digest(new DigestRequest(paths, data, null), Progress.NONE, times);
    long digestNanos = System.nanoTime() - t0;
    long digestCpu = processCpuNanos() - cpu0;
    long peakHeap = heap.stop();
    long liveAfter = liveHeapAfterGc();

    List<String> texts = new ArrayList<>(digest.articles().size());
    long chars = 0;
    for (Article a : digest.articles()) {
      texts.add(a.text());
      chars += a.text().length();
    }
    long tokens = 0;
    long bareNanos = Long.MAX_VALUE;
    long bareCpu = Long.MAX_VALUE;
    for (int i = 0; i < Math.max(1, rounds); i++) {
      long c = processCpuNanos();
      long t = System.nanoTime();
      tokens = BenchDigestCommand.bareAnalyzerPass(texts);
      bareNanos = Math.min(bareNanos, System.nanoTime() - t);
      bareCpu = Math.min(bareCpu, processCpuNanos() - c);
    }
    return new Report(digest.articles().size(), digest.errors().size(), chars, tokens, stageNames, times.snapshot(),
        digestNanos, digestCpu, bareNanos, bareCpu, peakHeap, liveAfter, Runtime.getRuntime().maxMemory(),
        Runtime.getRuntime().availableProcessors());
  }

  /** What one run measured; {@link #lines()} is the printed report, its last line the total ratio. */
  record Report(int articles, int errors, long chars, long tokens, List<String> stageNames, Map<String, Long> stepNanos,
      long digestNanos, long digestCpuNanos, long bareNanos, long bareCpuNanos, long peakHeapBytes, long liveHeapBytes,
      long maxHeapBytes, int processors) {

    double totalRatio() {
      return (double) digestNanos / Math.max(1, bareNanos);
    }

    List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(String.format("corpus: %d articles, %d errors, %d chars, %d tokens (bare ArabicAnalyzer)", articles, errors,
          chars, tokens));
      lines.add(String.format("machine: %d processors; the bare pass runs on 1 thread, the digest on all", processors));
      lines.add("× bare: a step's seconds over the bare pass's; article stages count thread-seconds summed over workers");
      lines.add(String.format("%-34s %9s %8s", "step", "seconds", "× bare"));
      row(lines, "bare ArabicAnalyzer pass", bareNanos);
      Map<String, Long> left = new LinkedHashMap<>(stepNanos);
      row(lines, "ingest (read, decode, parse)", orZero(left.remove("ingest")));
      for (String stage : stageNames) row(lines, "  stage " + stage, orZero(left.remove(stage)));
      for (String step : CORPUS_STEPS) row(lines, label(step), orZero(left.remove(step)));
      for (Map.Entry<String, Long> e : left.entrySet()) row(lines, e.getKey(), e.getValue());
      row(lines, "digest total (wall)", digestNanos);
      lines.add(String.format("articles/s: %.0f (digest wall %.1f s)", articles / Math.max(1e-9, digestNanos / 1e9),
          digestNanos / 1e9));
      lines.add(String.format("peak heap: %d MB (max heap %d MB; live after the digest %d MB)", mb(peakHeapBytes),
          mb(maxHeapBytes), mb(liveHeapBytes)));
      lines.add(String.format("cpu: digest %.1f s, bare pass %.1f s, ratio %.2f", digestCpuNanos / 1e9, bareCpuNanos / 1e9,
          (double) digestCpuNanos / Math.max(1, bareCpuNanos)));
      lines.add(String.format("total ratio (digest wall / bare wall): %.2f", totalRatio()));
      return lines;
    }

    private void row(List<String> lines, String name, long nanos) {
      lines.add(String.format("%-34s %9.3f %8.2f", name, nanos / 1e9, (double) nanos / Math.max(1, bareNanos)));
    }

    private static String label(String step) {
      return switch (step) {
        case "group" -> "group (persons, events, stories)";
        case "store" -> "store (Lucene index + JSON)";
        default -> step;
      };
    }

    private static long orZero(Long v) {
      return v == null ? 0 : v;
    }

    private static long mb(long bytes) {
      return bytes >> 20;
    }
  }

  /** Sums each step's reported nanoseconds; stages report from every worker thread. */
  private static final class Times implements StepTimes {
    private final Map<String, LongAdder> byStep = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void add(String step, long nanos) {
      byStep.computeIfAbsent(step, k -> new LongAdder()).add(nanos);
    }

    Map<String, Long> snapshot() {
      Map<String, Long> out = new LinkedHashMap<>();
      byStep.forEach((k, v) -> out.put(k, v.sum()));
      return out;
    }
  }

  /**
   * The heap's peak over the digest: the largest sum of heap pool usages seen by a sampler every few milliseconds,
   * and at least the largest single pool peak (pool peaks are reset at the start, so the JVM's start-up does not count).
   */
  private static final class HeapPeak {
    private final List<MemoryPoolMXBean> pools;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long maxSeen;

    private HeapPeak(List<MemoryPoolMXBean> pools) {
      this.pools = pools;
      this.sampler = new Thread(this::sample, "marsad-heap-sampler");
      sampler.setDaemon(true);
    }

    static HeapPeak start() {
      List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
      heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
      HeapPeak peak = new HeapPeak(heapPools);
      peak.sampler.start();
      return peak;
    }

    private void sample() {
      while (running) {
        long used = 0;
        for (MemoryPoolMXBean p : pools) used += p.getUsage().getUsed();
        if (used > maxSeen) maxSeen = used;
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long stop() {
      running = false;
      sampler.interrupt();
      try {
        sampler.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      long largestPool = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).max().orElse(0);
      return Math.max(maxSeen, largestPool);
    }
  }

  private static long liveHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** CPU time of the whole process (all threads, GC and JIT included), or 0 where the JVM cannot tell. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
