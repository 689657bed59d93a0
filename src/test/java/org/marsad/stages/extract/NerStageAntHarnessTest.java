package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.pipeline.StageContext;

/**
 * Identity and speed harness for {@link NerStage} over the ANT corpus. Runs only with
 * {@code -Dmarsad.nerDump=/tmp/FILE}: when FILE is absent it writes every article's entities (type, span, text,
 * canonical, role) there; when present it asserts the stage still produces exactly those lines. Then it reports the
 * stage's CPU time over a few rounds:
 * {@code ./mvnw -q -ntp test -Dtest=NerStageAntHarnessTest -Dmarsad.nerDump=/tmp/ner-ant-baseline.tsv}.
 */
class NerStageAntHarnessTest {
  private static final int ROUNDS = 5;

  @Test
  void sameEntitiesAsDumpAndCpuTime() throws IOException {
    String dump = System.getProperty("marsad.nerDump", "");
    assumeTrue(!dump.isEmpty(), "set -Dmarsad.nerDump=/tmp/FILE to run");
    AntCleaned ant = AntCleaned.load();
    List<Article> articles = ant.articles();
    long tokens = ant.bodyTokens();
    NerStage ner = new NerStage();
    List<String> lines = new ArrayList<>();
    for (Article a : articles) {
      Article out = ner.process(a, StageContext.NONE);
      for (Entity e : out.entities()) {
        lines.add(String.join("\t", a.id(), e.type().name(), e.span().start() + "-" + e.span().end(), e.text(),
            String.valueOf(e.canonical()), String.valueOf(e.role())));
      }
      out.problems().forEach(p -> lines.add(a.id() + "\tPROBLEM\t" + p));
    }
    Path file = Path.of(dump);
    if (Files.exists(file)) {
      List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
      assertThat(lines).as("entities against " + file).containsExactlyElementsOf(expected);
      System.out.printf("identical to %s: %d entity lines%n", file, lines.size());
    } else {
      Files.write(file, lines, StandardCharsets.UTF_8);
      System.out.printf("wrote %d entity lines to %s%n", lines.size(), file);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < ROUNDS; r++) {
      long cpu0 = mx.getCurrentThreadCpuTime();
      for (Article a : articles) ner.process(a, StageContext.NONE);
      double secs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf("round %d: %d articles, %,d tokens, %.2f CPU s, %,.0f tokens per CPU-second%n", r,
          articles.size(), tokens, secs, tokens / secs);
    }
  }
}
