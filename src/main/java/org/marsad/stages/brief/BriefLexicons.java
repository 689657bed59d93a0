package org.marsad.stages.brief;

import org.marsad.text.ar.Lexicons;
import java.util.List;

/** Reads this package's word lists: UTF-8, one entry a line, {@code #} starts a comment line, blank lines skipped. */
final class BriefLexicons {
  /** Every resource of this package, for the test that loads them all. */
  static final List<String> RESOURCES = List.of(ArabicTerms.FUNCTION_WORDS, CauseClauses.CUES);

  private BriefLexicons() {}

  static List<String> lines(String resource) {
    return Lexicons.lines(BriefLexicons.class, resource);
  }
}
