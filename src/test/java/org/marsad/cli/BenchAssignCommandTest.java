package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchAssignCommandTest {
  @Test
  void printsTheCostAtEachSizeAndTheRatioLast(@TempDir Path work) {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new BenchAssignCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    int code = cl.execute("--sizes", "40,120", "--probes", "5", "--work-dir", work.toString(), "samples");
    assertThat(code).isEqualTo(Main.OK);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).anyMatch(l -> l.matches("stored\\s+40: mean [0-9.]+ ms, median [0-9.]+ ms, p99 [0-9.]+ ms, CPU mean [0-9.]+ ms"));
    assertThat(lines).anyMatch(l -> l.matches("stored\\s+120: mean .*"));
    assertThat(lines.get(lines.size() - 1)).matches("ratio 120/40: mean [0-9.]+, median [0-9.]+, CPU mean [0-9.]+");
  }

  @Test
  void sizesMustIncrease(@TempDir Path work) {
    CommandLine cl = new CommandLine(new BenchAssignCommand());
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(new StringWriter()));
    int code = cl.execute("--sizes", "100,50", "--probes", "2", "--work-dir", work.toString(), "samples");
    assertThat(code).isNotEqualTo(Main.OK);
  }

  @Test
  void noArticleIsAnInputFailure(@TempDir Path empty) throws Exception {
    Files.createDirectories(empty.resolve("none"));
    CommandLine cl = new CommandLine(new BenchAssignCommand());
    cl.setOut(new PrintWriter(new StringWriter()));
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute(empty.resolve("none").toString())).isEqualTo(Main.SOME_INPUTS_FAILED);
  }
}
