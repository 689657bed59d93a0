package org.marsad.stages.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.marsad.model.Article;
import org.marsad.model.InputError;

/** Ingests the shared ANT and SaudiNewsNet data and prints articles, errors and articles/s. Skips without them. */
class IngestCorpusMeasureTest {
  private static final Path SHARED = Path.of(System.getProperty("marsad.shared", "../shared"));

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void antEveryFileGivesOneArticleWithMetadata() throws Exception {
    Path ant = SHARED.resolve("data/ant-corpus-multisource-2018-04");
    assumeTrue(Files.isDirectory(ant));
    long files;
    try (var s = Files.walk(ant)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).count();
    }
    Run run = run(List.of(ant), "ANT");
    run(List.of(ant), "ANT (second pass, warm JVM)");
    assertThat(run.errors).isEmpty();
    assertThat(run.articles).hasSize((int) files);
    for (Article a : run.articles) {
      assertThat(a.meta().title()).as(a.id()).isNotBlank();
      assertThat(a.meta().outlet()).as(a.id()).isNotBlank();
      assertThat(a.meta().published()).as(a.id()).matches("2018-0[345]-\\d\\dT\\d\\d:\\d\\d");
      assertThat(a.text()).as(a.id()).isNotBlank();
      assertThat(a.meta().lead()).as(a.id()).isNotBlank();
      assertThat(a.id()).as(a.id()).contains(".txt#");
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void saudiNewsNetZips() throws Exception {
    Path dir = SHARED.resolve("data/saudinewsnet/dataset");
    assumeTrue(Files.isDirectory(dir));
    Run run = run(List.of(dir), "SaudiNewsNet");
    assertThat(run.articles).hasSizeGreaterThan(30_000);
    // upstream: 354 records have an empty content field; each is one error, nothing else fails
    assertThat(run.errors).hasSize(354).allSatisfy(e -> assertThat(e.error()).contains("no text/body/content"));
    assertThat(run.articles).allSatisfy(a -> {
      assertThat(a.id()).matches("\\d{4}-\\d\\d-\\d\\d\\.zip#\\d{4}-\\d\\d-\\d\\d\\.json:\\d+");
      assertThat(a.meta().published()).isNull();
    });
    assertThat(run.articles.stream().filter(a -> a.meta().outlet() != null).count()).isEqualTo(run.articles.size());
  }

  @Test
  void seedsAreTheirWholeFileTextAndGoldJsonIsOneError() throws Exception {
    Path seeds = SHARED.resolve("corpus/seeds");
    assumeTrue(Files.isDirectory(seeds));
    Run run = run(List.of(seeds), "seeds");
    assertThat(run.articles).isNotEmpty().allSatisfy(a -> {
      assertThat(a.format()).isEqualTo(org.marsad.model.SourceFormat.TEXT);
      assertThat(a.text()).isEqualTo(Files.readString(Path.of(a.source())));
    });
    assertThat(run.errors).extracting(InputError::file).allSatisfy(f -> assertThat(f).endsWith(".json"));
  }

  private record Run(List<Article> articles, List<InputError> errors) {}

  private static Run run(List<Path> paths, String label) {
    List<Article> articles = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    long t0 = System.nanoTime();
    new Ingestor(IngestOptions.DEFAULTS).ingest(paths, articles::add, errors::add);
    double secs = (System.nanoTime() - t0) / 1e9;
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    System.out.printf("[measure] %s: %d articles, %d errors, %.2f s, %.0f articles/s, %.1f M chars%n",
        label, articles.size(), errors.size(), secs, articles.size() / secs, chars / 1e6);
    errors.stream().limit(5).forEach(e -> System.out.println("[measure]   error " + e));
    return new Run(articles, errors);
  }
}
