package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {
  private static final String TEXT = "وصل وبلينكن الأحد 5 حزيران ومعه 436 مليون دولار.";

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cl = new CommandLine(new AnalyzeCommand(out));
    cl.setErr(new java.io.PrintWriter(new ByteArrayOutputStream()));
    int code = cl.execute(args);
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonShowsTokensSegmentsNumbersAndCalendar() throws Exception {
    JsonNode root = new ObjectMapper().readTree(run(TEXT, "--format", "json"));
    assertThat(root.path("tokens").get(1).path("segments").toString()).isEqualTo("[\"و\",\"بلينكن\"]");
    assertThat(root.path("tokens").get(2).path("normalized").asText()).isEqualTo("الاحد");
    JsonNode money = root.path("numbers").get(1);
    assertThat(money.path("value").asLong()).isEqualTo(436_000_000L);
    assertThat(money.path("currency").asText()).isEqualTo("USD");
    assertThat(root.path("calendar").findValuesAsText("kind")).containsExactly("WEEKDAY", "GREGORIAN_MONTH");
  }

  @Test
  void tableFromFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("t.txt");
    Files.writeString(f, TEXT);
    String table = run("--file", f.toString());
    assertThat(table).contains("وبلينكن\tوبلينكن\tو+بلينكن").contains("numbers:").contains("= 436000000 USD").contains("GREGORIAN_MONTH 6 (syriac)");
  }

  @Test
  void missingFileIsAClearErrorNotACrash(@TempDir Path dir) {
    CommandLine cl = new CommandLine(new AnalyzeCommand(new ByteArrayOutputStream()));
    assertThat(cl.execute("--file", dir.resolve("absent.txt").toString())).isEqualTo(1);
  }

  @Test
  void needsTextOrFile() {
    CommandLine cl = new CommandLine(new AnalyzeCommand(new ByteArrayOutputStream()));
    cl.setErr(new java.io.PrintWriter(new ByteArrayOutputStream()));
    assertThat(cl.execute()).isNotZero();
  }
}
