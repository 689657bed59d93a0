package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.pipeline.Stage;
import org.marsad.pipeline.StageContext;

/**
 * Speed of each extraction stage, one thread, over the ANT corpus (ingest + clean first, not timed). Runs only with
 * {@code -Dmarsad.bench=true}: {@code ./mvnw -q -ntp test -Dtest=ExtractBenchTest -Dmarsad.bench=true}.
 */
class ExtractBenchTest {
  @Test
  void tokensPerSecond() {
    assumeTrue(Boolean.getBoolean("marsad.bench"), "set -Dmarsad.bench=true to run");
    AntCleaned ant = AntCleaned.load();
    List<Article> articles = ant.articles();
    long tokens = ant.bodyTokens();
    NerStage ner = new NerStage();
    List<Article> tagged = new ArrayList<>();
    for (Article a : articles) tagged.add(ner.process(a, StageContext.NONE)); // warm-up and input for quotes
    System.out.printf("%d articles, %d body tokens%n", articles.size(), tokens);
    for (Stage stage : List.of(new QuantityStage(), new DateStage(), new QuoteStage(), ner)) {
      List<Article> input = stage instanceof QuoteStage ? tagged : articles;
      for (int w = 0; w < Math.min(300, input.size()); w++) stage.process(input.get(w), StageContext.NONE);
      long t0 = System.nanoTime();
      long mentions = 0;
      for (Article a : input) {
        Article out = stage.process(a, StageContext.NONE);
        mentions += out.entities().size() + out.dates().size() + out.quantities().size() + out.quotes().size() - a.entities().size();
        assertThat(out.problems()).hasSameSizeAs(a.problems());
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%-10s %6.2f s  %,10.0f tokens/s  %d mentions%n", stage.name(), secs, tokens / secs, mentions);
    }
  }
}
