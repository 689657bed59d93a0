package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.Marsad;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Stage;
import org.marsad.pipeline.StageContext;
import org.marsad.stages.cluster.BaselineEventGrouper;
import org.marsad.stages.ingest.IngestOptions;
import org.marsad.stages.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad bench digest PATH...}: times each digest step over a corpus against a bare Lucene ArabicAnalyzer pass over
 * the same texts, measured in the same run, and prints ratios (times are machine noise; ratios travel). The bare
 * pass runs on one thread; the stages and grouping run as a digest runs them (stages on all cores).
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Time the digest steps over a corpus as ratios to a bare Lucene ArabicAnalyzer pass in the same run.")
final class BenchDigestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> paths;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds per step (best is kept). Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Override
  public Integer call() throws IOException {
    List<Article> ingested = new ArrayList<>();
    long t0 = System.nanoTime();
    new Ingestor(IngestOptions.DEFAULTS).ingest(paths, ingested::add, e -> {});
    double ingestSeconds = (System.nanoTime() - t0) / 1e9;
    List<String> texts = ingested.stream().map(Article::text).toList();

    long[] tokens = new long[1];
    double bare = best(() -> tokens[0] = bareAnalyzerPass(texts));
    // Each stage is timed alone over what the stages before it produced (all cores, as in a digest).
    Pipeline pipeline = Marsad.articlePipeline();
    List<List<Article>> analysed = new ArrayList<>(List.of(ingested));
    List<String> stageNames = new ArrayList<>();
    List<Double> stageSeconds = new ArrayList<>();
    for (Stage stage : pipeline.stages()) {
      List<Article> input = analysed.get(0);
      stageNames.add(stage.name());
      stageSeconds.add(best(() -> analysed.set(0, input.parallelStream().map(a -> stage.process(a, StageContext.NONE)).toList())));
    }
    double analyse = stageSeconds.stream().mapToDouble(Double::doubleValue).sum();
    List<List<Event>> events = new ArrayList<>(List.of(List.of()));
    double group = best(() -> events.set(0, new BaselineEventGrouper().group(analysed.get(0))));

    System.out.printf("corpus: %d articles, %d tokens (bare ArabicAnalyzer)%n", ingested.size(), tokens[0]);
    System.out.printf("%-28s %9s %9s%n", "step", "seconds", "× bare");
    row("bare ArabicAnalyzer pass", bare, bare);
    row("ingest (read+decode+parse)", ingestSeconds, bare);
    for (int i = 0; i < stageNames.size(); i++) row("  stage " + stageNames.get(i), stageSeconds.get(i), bare);
    row("article pipeline", analyse, bare);
    row("event grouping", group, bare);
    row("digest total", ingestSeconds + analyse + group, bare);
    System.out.printf("events: %d%n", events.get(0).size());
    return Main.OK;
  }

  private static void row(String name, double seconds, double bare) {
    System.out.printf("%-28s %9.3f %9.2f%n", name, seconds, seconds / bare);
  }

  private double best(Runnable r) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < Math.max(1, rounds); i++) {
      long t = System.nanoTime();
      r.run();
      best = Math.min(best, (System.nanoTime() - t) / 1e9);
    }
    return best;
  }

  /** One token stream per text, consumed to the end: the floor every stage is measured against. */
  static long bareAnalyzerPass(List<String> texts) {
    long n = 0;
    try (Analyzer analyzer = new ArabicAnalyzer()) {
      for (String text : texts) {
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
          ts.reset();
          while (ts.incrementToken()) n++;
          ts.end();
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return n;
  }
}
