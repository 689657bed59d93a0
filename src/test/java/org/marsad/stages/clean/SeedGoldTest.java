package org.marsad.stages.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.SourceFormat;
import org.marsad.pipeline.StageContext;

/** The seed articles against their hand-checked gold, both read at run time from the shared folder. */
class SeedGoldTest {
  private static final Path SEEDS = Path.of(System.getProperty("marsad.shared", "../shared"), "corpus", "seeds");

  @Test
  void seedsMatchGold() throws IOException {
    Path gold = SEEDS.resolve("gold.json");
    assumeTrue(Files.isRegularFile(gold), "no seeds at " + SEEDS);
    JsonNode articles = new ObjectMapper().readTree(gold.toFile()).get("articles");
    CleanStage stage = new CleanStage();
    SoftAssertions soft = new SoftAssertions();
    List<String> substringNotes = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = articles.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path file = SEEDS.resolve(e.getKey());
      if (!Files.isRegularFile(file)) continue;
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Article a = stage.process(Article.ingested(e.getKey(), file.toString(), SourceFormat.TEXT, "UTF-8", text, null), StageContext.NONE);
      JsonNode g = e.getValue();
      String body = a.bodyText();
      List<String> paragraphs = a.body().stream().map(a::textOf).toList();
      assertThat(a.problems()).as(e.getKey() + " problems").isEmpty();
      for (JsonNode b : g.get("boilerplate")) {
        String line = b.asText().strip();
        for (String p : paragraphs) {
          soft.assertThat(p.equals(line) || p.startsWith(line)).as(e.getKey() + ": body paragraph is or starts with boilerplate «" + line + "»").isFalse();
        }
        if (body.contains(line)) substringNotes.add(e.getKey() + ": «" + line + "» occurs inside a body sentence");
      }
      for (JsonNode k : g.get("must_keep")) soft.assertThat(body).as(e.getKey() + " must keep").contains(k.asText());
      soft.assertThat(a.meta().title()).as(e.getKey() + " title").isEqualTo(g.get("title").asText());
      JsonNode pub = g.get("published");
      if (pub != null && !pub.isNull()) soft.assertThat(a.meta().published()).as(e.getKey() + " published").isEqualTo(pub.asText());
      else soft.assertThat(a.meta().published()).as(e.getKey() + " published must stay null").isNull();
      System.out.printf("%s | title=%s | outlet=%s | author=%s | published=%s | %d paragraphs%n", e.getKey(), a.meta().title(),
          a.meta().outlet(), a.meta().author(), a.meta().published(), a.body().size());
    }
    substringNotes.forEach(n -> System.out.println("note: " + n));
    soft.assertAll();
  }
}
