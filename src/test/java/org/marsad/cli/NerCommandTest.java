package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NerCommandTest {
  private InputStream stdin;
  private PrintStream stdout;

  @BeforeEach
  void keepStreams() {
    stdin = System.in;
    stdout = System.out;
  }

  @AfterEach
  void restoreStreams() {
    System.setIn(stdin);
    System.setOut(stdout);
  }

  private static String run(String input) {
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int code = new CommandLine(new NerCommand()).execute("--conll");
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<String> lines(String s) {
    return Arrays.asList(s.split("\n", -1));
  }

  @Test
  void keepsLineCountTokensAndBlankLines() {
    String input = "وصل\nالوزير\nإلى\nبيروت\n\nوقال\nالرئيس\n\n\nشكرا\n";
    List<String> in = lines(input);
    List<String> out = lines(run(input));
    assertThat(out).hasSameSizeAs(in);
    for (int i = 0; i < in.size(); i++) {
      if (in.get(i).isEmpty()) assertThat(out.get(i)).isEmpty();
      else assertThat(out.get(i)).startsWith(in.get(i) + "\t").matches(".+\t(O|[BI]-(PER|ORG|LOC|MISC))");
    }
    assertThat(out.get(3)).isEqualTo("بيروت\tB-LOC");
  }

  @Test
  void goldColumnIsNeverRead() {
    String plain = "زار\nالرئيس\nالقاهرة\nأمس\n";
    String allPer = "زار\tB-PER\nالرئيس\tI-PER\nالقاهرة\tI-PER\nأمس\tI-PER\n";
    String allO = "زار\tO\nالرئيس\tO\nالقاهرة\tO\nأمس\tO\n";
    String expected = run(plain);
    assertThat(run(allPer)).isEqualTo(expected);
    assertThat(run(allO)).isEqualTo(expected);
  }

  @Test
  void tabOnlyAndWhitespaceLinesAreSentenceBreaksPrintedEmpty() {
    String out = run("\uFEFFعمان\tB-LOC\r\n\t\r\nدمشق\tB-LOC\r\n  \r\nحلب\r\n");
    assertThat(lines(out)).hasSize(6);
    assertThat(lines(out).get(0)).startsWith("عمان\t");
    assertThat(lines(out).get(1)).isEmpty();
    assertThat(lines(out).get(3)).isEmpty();
    assertThat(lines(out).get(5)).isEmpty();
  }

  @Test
  void inputWithoutFinalNewlineStillTagsLastSentence() {
    String out = run("في\nالرياض");
    assertThat(out.split("\n")).hasSize(2);
    assertThat(out).endsWith("\n").contains("\nالرياض\t");
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    assertThat(run("")).isEmpty();
  }
}
