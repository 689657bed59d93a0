package org.marsad.stages.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;

/**
 * The seed articles as ingest and clean hand them over (body, title, weekday of "today"), with {@code published}
 * from gold.json.
 */
final class SeedArticles {
  private SeedArticles() {}

  static Path seedsDir() {
    return Path.of(System.getProperty("marsad.shared", "../shared"), "corpus", "seeds");
  }

  static List<Article> read(Path seeds) {
    try {
      JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile()).path("articles");
      List<Article> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(seeds)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String name = f.getFileName().toString();
          JsonNode p = gold.path(name).path("published");
          String published = p.isTextual() ? p.asText() : null;
          String text = Files.readString(f, StandardCharsets.UTF_8);
          Article raw = Article.ingested(name, f.toString(), SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY.withPublished(published));
          out.add(new org.marsad.stages.clean.CleanStage().process(raw, org.marsad.pipeline.StageContext.NONE));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
