package org.marsad.stages.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.pipeline.StageContext;

/**
 * {@link DateStage} time against a bare Lucene ArabicAnalyzer pass over the same cleaned ANT bodies, one thread,
 * best of five rounds each, in thread CPU time so that other work on a shared machine does not skew the ratio (the
 * ratio travels between machines, seconds do not). Opt-in:
 * {@code ./mvnw -q -ntp test -Dtest=DateBenchTest -Dmarsad.bench=true}.
 */
class DateBenchTest {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  @Test
  void dateStageAgainstBareAnalyzer() {
    assumeTrue(Boolean.getBoolean("marsad.bench"), "set -Dmarsad.bench=true to run");
    AntCleaned ant = AntCleaned.load();
    List<Article> articles = ant.articles();
    List<String> bodies = ant.bodies();
    DateStage dates = new DateStage();
    double bare = Double.MAX_VALUE, stage = Double.MAX_VALUE;
    long tokens = 0, mentions = 0;
    for (int round = 0; round < 5; round++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      tokens = bareAnalyzerPass(bodies);
      bare = Math.min(bare, (CPU.getCurrentThreadCpuTime() - t0) / 1e9);
      t0 = CPU.getCurrentThreadCpuTime();
      mentions = 0;
      for (Article a : articles) mentions += dates.process(a, StageContext.NONE).dates().size();
      stage = Math.min(stage, (CPU.getCurrentThreadCpuTime() - t0) / 1e9);
    }
    System.out.printf("%d articles, %d tokens (bare), %d date mentions%n", articles.size(), tokens, mentions);
    System.out.printf("bare ArabicAnalyzer %.3f s CPU, dates %.3f s CPU, ratio %.2f×%n", bare, stage, stage / bare);
  }

  private static long bareAnalyzerPass(List<String> texts) {
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
      throw new UncheckedIOException(e);
    }
    return n;
  }
}
