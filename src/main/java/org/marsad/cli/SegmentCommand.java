package org.marsad.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.marsad.text.ar.CliticSegmenter;
import picocli.CommandLine.Command;

/** {@code marsad segment}: one word per line on stdin, {@code word<TAB>seg+seg+…} on stdout (CONTRACT.md §3). */
@Command(name = "segment", mixinStandardHelpOptions = true,
    description = "Clitic segmentation: reads one word per line from stdin, writes word<TAB>seg+seg+... (blank lines kept).")
public final class SegmentCommand implements Callable<Integer> {
  private final InputStream in;
  private final OutputStream out;

  public SegmentCommand() {
    this(System.in, System.out);
  }

  /** For tests: explicit streams. */
  public SegmentCommand(InputStream in, OutputStream out) {
    this.in = in;
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    CliticSegmenter segmenter = CliticSegmenter.standard();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    int failed = 0;
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank()) {
        w.write(line);
        w.write('\n');
        continue;
      }
      String word = line.strip();
      String segs;
      try {
        segs = segmenter.segmentToString(word);
      } catch (RuntimeException e) {
        // one bad word must not stop the stream: echo it whole and say why on stderr
        failed++;
        System.err.println("segment: cannot segment '" + word + "': " + e);
        segs = word;
      }
      w.write(word);
      w.write('\t');
      w.write(segs);
      w.write('\n');
    }
    w.flush();
    return failed == 0 ? 0 : 1;
  }
}
