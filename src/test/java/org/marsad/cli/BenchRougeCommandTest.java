package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import picocli.CommandLine;

/** {@code marsad bench rouge} on a small slice of ANT: one run, three systems, the article count. */
class BenchRougeCommandTest {
  private static final Pattern ROW = Pattern.compile("(?m)^(Lead-3|TextRank|marsad)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)$");

  @Test
  void printsRougeFOfEachSystemAndTheArticleCount() {
    Path slice = SharedData.require("data/ant-corpus-multisource-2018-04/France24/middleEast");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int code = new CommandLine(new BenchRougeCommand(out)).execute(slice.toString(), "--limit", "60");
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed).isZero();
    assertThat(printed).contains("articles: 60");
    Map<String, double[]> f = new HashMap<>();
    Matcher m = ROW.matcher(printed);
    while (m.find()) f.put(m.group(1), new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
    assertThat(f).as(printed).containsOnlyKeys("Lead-3", "TextRank", "marsad");
    for (double[] v : f.values()) for (double x : v) assertThat(x).isBetween(0.0, 100.0);
    // these abstracts open like the article: a lead-biased system must stay far ahead of position-blind TextRank
    assertThat(f.get("marsad")[0]).as(printed).isGreaterThan(f.get("TextRank")[0] + 10);
    assertThat(f.get("Lead-3")[0]).as(printed).isGreaterThan(f.get("TextRank")[0]);
  }

  @Test
  void aPathWithoutLeadsIsAnInputError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("a.txt"), "خبر بلا ملخص.\n\nفقرة ثانية من الخبر نفسه.");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = new CommandLine(new BenchRougeCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8))).execute(dir.toString());
    assertThat(code).isEqualTo(Main.SOME_INPUTS_FAILED);
  }
}
