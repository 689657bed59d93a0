package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the speed check over 1,000 SaudiNewsNet bodies when the data is there; prints the figures. */
class TextBenchTest {
  @Test
  void speedNextToLuceneArabicAnalyzer() throws Exception {
    Path dir = Path.of(System.getProperty("marsad.shared", "../shared"), "data/saudinewsnet/dataset");
    assumeTrue(Files.isDirectory(dir));
    List<String> bodies = TextBench.readSaudiNewsNet(dir, 1000);
    assertThat(bodies).hasSize(1000);
    TextBench.Result r = TextBench.run(bodies);
    r.lines().forEach(System.out::println);
    assertThat(r.marsad().tokens()).isPositive();
    // a loose floor: the machine is shared, the figure that matters is the printed ratio
    assertThat(r.pure().tokensPerSecond()).isGreaterThan(50_000);
    assertThat(r.tokenizer().tokensPerSecond()).isGreaterThan(r.pure().tokensPerSecond());
  }
}
