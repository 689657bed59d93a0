package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.model.Article;
import org.marsad.search.TextBench;
import org.marsad.stages.ingest.IngestOptions;
import org.marsad.stages.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad bench text PATH...}: Lucene's stock ArabicAnalyzer and MarsadArabicAnalyzer over the same texts in
 * one run; tokens/s of both, and their time ratio as the last line (goal ≤ 2).
 */
@Command(name = "text", mixinStandardHelpOptions = true,
    description = "ArabicAnalyzer vs MarsadArabicAnalyzer over the same texts (any ingestible format); last line: time ratio.")
final class BenchTextCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> paths;

  @Option(names = "--max", defaultValue = "1000000", description = "At most this many articles. Default: ${DEFAULT-VALUE}.")
  int max;

  @Override
  public Integer call() throws IOException {
    List<String> texts = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(paths, (Article a) -> {
      if (texts.size() < max && !a.text().isBlank()) texts.add(a.text());
    }, e -> {});
    if (texts.isEmpty()) {
      System.err.println("marsad bench text: no article text under " + paths);
      return Main.SOME_INPUTS_FAILED;
    }
    TextBench.run(texts).lines().forEach(System.out::println);
    return Main.OK;
  }
}
