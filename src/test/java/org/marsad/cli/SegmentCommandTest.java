package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SegmentCommandTest {
  @Test
  void writesWordTabSegmentsAndKeepsBlankLines() {
    String in = "وبلينكن\nللشيخ\n\nفرنسا\nBiden\n٢٠٢١\nوالسعودية\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = new CommandLine(new SegmentCommand(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out)).execute();
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
        "وبلينكن\tو+بلينكن\nللشيخ\tل+ال+شيخ\n\nفرنسا\tفرنسا\nBiden\tBiden\n٢٠٢١\t٢٠٢١\nوالسعودية\tو+ال+سعودية\n");
  }
}
