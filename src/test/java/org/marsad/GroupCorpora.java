package org.marsad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Story;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.StageContext;
import org.marsad.stages.ingest.IngestOptions;
import org.marsad.stages.ingest.Ingestor;

/** Analysed (not yet grouped) articles of samples/, the seeds and ANT, and a printable form of grouping output. */
final class GroupCorpora {
  private GroupCorpora() {}

  static Path shared() {
    return Path.of(System.getProperty("marsad.shared", "../shared"));
  }

  static List<Path> samples() {
    return List.of(Path.of("samples"));
  }

  static List<Path> seeds() {
    return files(shared().resolve("corpus/seeds"), ".txt");
  }

  /** ANT files of the given days (yyyyMMdd prefixes, e.g. "2018040"), all outlets, all categories. */
  static List<Path> ant(String dayPrefix) {
    Path corpus = shared().resolve("data/ant-corpus-multisource-2018-04");
    if (!Files.isDirectory(corpus)) return List.of();
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*-" + dayPrefix + "\\d*\\.txt"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ingested and run through the article pipeline, as {@link Marsad#digest} does before grouping. */
  static List<Article> analysed(List<Path> paths) {
    List<Article> ingested = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(paths, ingested::add, e -> {});
    Pipeline pipeline = Marsad.articlePipeline();
    StageContext context = new StageContext(null);
    return ingested.parallelStream().map(a -> pipeline.process(a, context)).toList();
  }

  /** Event ids with their members, story ids with their events, one per line. */
  static String signature(Marsad.Grouped g) {
    StringBuilder sb = new StringBuilder();
    for (Event e : g.events()) sb.append(e.id()).append(' ').append(e.articleIds()).append(' ').append(e.title()).append('\n');
    for (Story s : g.stories()) sb.append(s.id()).append(' ').append(s.eventIds()).append(' ').append(s.title()).append('\n');
    return sb.toString();
  }
}
