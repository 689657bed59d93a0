package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.StageContext;
import org.marsad.stages.cluster.AssignBench;
import org.marsad.stages.ingest.IngestOptions;
import org.marsad.stages.ingest.Ingestor;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad bench assign PATH...}: per-article event assignment cost with 10k, 100k and 1M stored articles
 * (synthetic growth from the real articles under PATH); last line: the ratio of the largest size's cost to the
 * smallest's (goal ≤ 2).
 */
@Command(name = "assign", mixinStandardHelpOptions = true,
    description = "Per-article event assignment cost as the store grows (real articles replicated with shifted dates and perturbed names); last line: cost ratio largest/smallest size.")
public final class BenchAssignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> paths;

  @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000",
      description = "Store sizes to measure at, increasing. Default: ${DEFAULT-VALUE}.")
  int[] sizes;

  @Option(names = "--probes", defaultValue = "500", description = "Articles timed at each size. Default: ${DEFAULT-VALUE}.")
  int probes;

  @Option(names = "--max", defaultValue = "5000", description = "At most this many real articles. Default: ${DEFAULT-VALUE}.")
  int max;

  @Option(names = "--work-dir", description = "Where the on-disk index goes (emptied). Default: a temporary folder.")
  Path workDir;

  @Override
  public Integer call() throws IOException {
    List<Article> ingested = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(paths, (Article a) -> {
      if (ingested.size() < max && !a.text().isBlank()) ingested.add(a);
    }, e -> {});
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (ingested.isEmpty()) {
      err.println("marsad bench assign: no article under " + paths);
      return Main.SOME_INPUTS_FAILED;
    }
    Pipeline pipeline = Marsad.articlePipeline();
    StageContext context = new StageContext(null);
    List<Article> analysed = ingested.parallelStream().map(a -> pipeline.process(a, context)).toList();
    Path dir = workDir != null ? workDir : Files.createTempDirectory("marsad-bench-assign");
    boolean temporary = workDir == null;
    try {
      List<AssignBench.Point> points = AssignBench.run(analysed, sizes, probes, dir, err);
      out.printf("real articles replicated: %d; probes per size: %d; per-article assignment (candidate query, scores, decision, indexing)%n",
          analysed.size(), probes);
      for (AssignBench.Point p : points) {
        out.printf("stored %,10d: mean %.3f ms, median %.3f ms, p99 %.3f ms, CPU mean %.3f ms%n", p.stored(), p.meanMillis(),
            p.medianMillis(), p.p99Millis(), p.meanCpuMillis());
      }
      AssignBench.Point first = points.get(0), last = points.get(points.size() - 1);
      out.printf("ratio %s/%s: mean %.2f, median %.2f, CPU mean %.2f%n", label(last.stored()), label(first.stored()),
          last.meanMillis() / first.meanMillis(), last.medianMillis() / first.medianMillis(), last.meanCpuMillis() / first.meanCpuMillis());
      out.flush();
      return Main.OK;
    } finally {
      if (temporary) Files.deleteIfExists(dir);
    }
  }

  private static String label(int n) {
    if (n % 1_000_000 == 0) return n / 1_000_000 + "M";
    if (n % 1_000 == 0) return n / 1_000 + "k";
    return Integer.toString(n);
  }
}
