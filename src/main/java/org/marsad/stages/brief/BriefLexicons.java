package org.marsad.stages.brief;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads this package's word lists: UTF-8, one entry a line, {@code #} starts a comment line, blank lines skipped. */
final class BriefLexicons {
  /** Every resource of this package, for the test that loads them all. */
  static final List<String> RESOURCES = List.of(ArabicTerms.FUNCTION_WORDS, CauseClauses.CUES);

  private BriefLexicons() {}

  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = BriefLexicons.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource org/marsad/stages/brief/" + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
