package org.marsad.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
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
 * articles/s, peak heap, each step's wall and CPU time with its CPU ratio to the bare pass, and the total ratio as
 * the last line (goal ≤ 6). Times are machine noise; ratios measured in one run travel, CPU ratios best.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Time one full digest (into a temporary store) against a bare Lucene ArabicAnalyzer pass over the same "
        + "texts; prints articles/s, peak heap, per-step ratios and, last, the total ratio.")
final class BenchPipelineCommand implements Callable<Integer> {
  /** The order steps are printed in; a stage not named here is printed after these. */
  private static final List<String> CORPUS_STEPS = List.of(Marsad.GROUP_STEP, Marsad.GROUP_AND_STORE_STEP, Marsad.FINISH_AND_STORE_STEP,
      Marsad.FINISH_STEP);

  @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> paths;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Index into this store (kept). Default: a temporary folder, deleted afterwards.")
  Path dataDir;

  @Option(names = "--json", paramLabel = "FILE",
      description = "Also write the digest's JSON (as `digest --format json`) to FILE, untimed: to check that a change "
          + "keeps the output byte for byte.")
  Path jsonFile;

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
    HeapWatch heap = HeapWatch.start();
    long gc0 = gcMillis();
    long cpu0 = StepTimes.processCpuNanos();
    long t0 = System.nanoTime();
    Digest digest = Marsad.digest(new DigestRequest(paths, data, null), Progress.NONE, times);
    Step total = new Step(System.nanoTime() - t0, StepTimes.processCpuNanos() - cpu0);
    long gcMillis = gcMillis() - gc0;
    HeapWatch.Peaks peaks = heap.stop();
    long retained = retainedHeap();
    if (jsonFile != null) {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonFile))) {
        DigestJson.write(digest, out, false);
      }
    }

    List<String> texts = new ArrayList<>(digest.articles().size());
    long chars = 0;
    for (Article a : digest.articles()) {
      texts.add(a.text());
      chars += a.text().length();
    }
    long tokens = 0;
    Step bare = null;
    for (int i = 0; i < Math.max(1, rounds); i++) {
      long c = StepTimes.processCpuNanos();
      long t = System.nanoTime();
      tokens = BenchDigestCommand.bareAnalyzerPass(texts);
      Step round = new Step(System.nanoTime() - t, StepTimes.processCpuNanos() - c);
      if (bare == null || round.cpuNanos() < bare.cpuNanos()) bare = round;
    }
    return new Report(digest.articles().size(), digest.errors().size(), chars, tokens, stageNames, times.snapshot(), total,
        bare, gcMillis, peaks, retained, Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
  }

  /** One step's wall time and CPU time. */
  record Step(long wallNanos, long cpuNanos) {}

  /** What one run measured; {@link #lines()} is the printed report, its last line the total ratio. */
  record Report(int articles, int errors, long chars, long tokens, List<String> stageNames, Map<String, Step> steps,
      Step digest, Step bare, long gcMillis, HeapWatch.Peaks heap, long retainedBytes, long maxHeapBytes, int processors) {

    List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(String.format("corpus: %d articles, %d errors, %d chars, %d tokens (bare ArabicAnalyzer)", articles, errors,
          chars, tokens));
      lines.add(String.format("machine: %d processors; the bare pass runs on 1 thread, the digest on all", processors));
      lines.add("× bare = a step's CPU seconds over the bare pass's; article stages: their workers' CPU summed;");
      lines.add("  ingest, group steps, digest total: the whole process's CPU (workers, GC, JIT) while they ran;");
      lines.add("  the store indexes on its own thread from the events on (dated articles) to the end, beside the");
      lines.add("  corpus steps, so it shares their rows");
      lines.add(String.format("%-36s %9s %9s %8s", "step", "wall s", "cpu s", "× bare"));
      row(lines, "bare ArabicAnalyzer pass", bare);
      Map<String, Step> left = new LinkedHashMap<>(steps);
      row(lines, "ingest (read, decode, parse)", orZero(left.remove(Marsad.INGEST_STEP)));
      for (String stage : stageNames) row(lines, "  stage " + stage, orZero(left.remove(stage)));
      for (String step : CORPUS_STEPS) {
        Step st = left.remove(step);
        if (st != null) row(lines, step, st);
      }
      for (Map.Entry<String, Step> e : left.entrySet()) row(lines, e.getKey(), e.getValue());
      row(lines, "digest total", digest);
      lines.add(String.format("articles/s: %.0f (digest wall %.1f s)", articles / Math.max(1e-9, digest.wallNanos() / 1e9),
          digest.wallNanos() / 1e9));
      lines.add(String.format("peak heap: %d MB used (garbage included), %d MB left after a collection; max heap %d MB",
          mb(heap.usedBytes()), mb(heap.afterGcBytes()), mb(maxHeapBytes)));
      lines.add(String.format("heap held by the digest's result: %d MB; gc: %.1f s during the digest", mb(retainedBytes),
          gcMillis / 1e3));
      lines.add(String.format("total ratio (digest / bare pass): %.2f cpu, %.2f wall", ratio(digest.cpuNanos(), bare.cpuNanos()),
          ratio(digest.wallNanos(), bare.wallNanos())));
      return lines;
    }

    private void row(List<String> lines, String name, Step step) {
      lines.add(String.format("%-36s %9.3f %9.3f %8.2f", name, step.wallNanos() / 1e9, step.cpuNanos() / 1e9,
          ratio(step.cpuNanos(), bare.cpuNanos())));
    }

    private static double ratio(long a, long b) {
      return (double) a / Math.max(1, b);
    }

    private static Step orZero(Step v) {
      return v == null ? new Step(0, 0) : v;
    }

    private static long mb(long bytes) {
      return bytes >> 20;
    }
  }

  /** Sums each step's reported times; stages report from every worker thread. */
  private static final class Times implements StepTimes {
    private final Map<String, LongAdder[]> byStep = new ConcurrentHashMap<>();

    @Override
    public void add(String step, long wallNanos, long cpuNanos) {
      LongAdder[] sums = byStep.computeIfAbsent(step, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
      sums[0].add(wallNanos);
      sums[1].add(cpuNanos);
    }

    Map<String, Step> snapshot() {
      Map<String, Step> out = new LinkedHashMap<>();
      byStep.forEach((k, v) -> out.put(k, new Step(v[0].sum(), v[1].sum())));
      return out;
    }
  }

  /**
   * The heap over the digest, two ways: the most ever used (a sampler every few milliseconds, and each pool's own
   * peak, reset at the start), which includes garbage not yet collected and so grows towards whatever heap the JVM
   * is given; and the most left after any collection (GC notifications), which for a young collection still counts
   * the old generation's garbage, so an upper bound of the live set.
   */
  static final class HeapWatch {
    /** @param afterGcBytes the most in use right after any collection: an upper bound of the live set at that time */
    record Peaks(long usedBytes, long afterGcBytes) {}

    private final List<MemoryPoolMXBean> pools;
    private final Set<String> heapPoolNames;
    private final Thread sampler;
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final AtomicLong maxLive = new AtomicLong();
    private volatile boolean running = true;
    private volatile long maxUsed;

    private HeapWatch(List<MemoryPoolMXBean> pools) {
      this.pools = pools;
      this.heapPoolNames = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
      this.sampler = new Thread(this::sample, "marsad-heap-sampler");
      sampler.setDaemon(true);
    }

    static HeapWatch start() {
      List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
      heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
      HeapWatch watch = new HeapWatch(heapPools);
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (!(gc instanceof NotificationEmitter emitter)) continue;
        NotificationListener listener = (n, h) -> watch.onGc(n);
        emitter.addNotificationListener(listener, null, null);
        watch.unsubscribe.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (ListenerNotFoundException e) {
            // already gone: nothing to undo
          }
        });
      }
      watch.sampler.start();
      return watch;
    }

    private void onGc(Notification n) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
      GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
      long live = 0;
      for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (heapPoolNames.contains(e.getKey())) live += e.getValue().getUsed();
      }
      maxLive.accumulateAndGet(live, Math::max);
    }

    private void sample() {
      while (running) {
        long used = 0;
        for (MemoryPoolMXBean p : pools) used += p.getUsage().getUsed();
        if (used > maxUsed) maxUsed = used;
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    Peaks stop() {
      running = false;
      sampler.interrupt();
      try {
        sampler.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      unsubscribe.forEach(Runnable::run);
      long largestPool = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).max().orElse(0);
      // a run too short for any collection: what is in use at its end is the live set's upper bound
      long live = maxLive.get() > 0 ? maxLive.get() : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      return new Peaks(Math.max(maxUsed, largestPool), live);
    }
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
    return sum;
  }

  /** Heap in use after a full collection, while the caller still holds the digest: what its result costs. */
  private static long retainedHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
