package org.marsad.stages.cluster;

import org.marsad.text.ar.Lexicons;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ar.Normalizer;

/**
 * Word lists of stories, trends and conflicts: resources of this package, one entry a line, {@code #} comments,
 * tab-separated columns, every Arabic cell normalised on load (so a list may be written with hamza and diacritics).
 */
final class StoryLexicons {
  private StoryLexicons() {}

  /** Every resource read through this class, for the test that loads them all. */
  static final List<String> RESOURCES = List.of(
      "measure-nouns.tsv", "measure-predicates.tsv", "measure-approximations.tsv", "measure-parts.txt",
      "standing-organisations.txt", "single-holder-offices.txt", "former-markers.txt", "measure-running-cues.txt");

  private static final Normalizer NORMALIZER = Normalizer.standard();

  static String normalize(String s) {
    return NORMALIZER.normalizeToString(s).strip().replaceAll("\\s+", " ");
  }

  static List<String[]> rows(String resource) {
    List<String[]> rows = Lexicons.rawRows(StoryLexicons.class, resource);
    for (String[] cols : rows) for (int i = 0; i < cols.length; i++) cols[i] = normalize(cols[i]);
    return rows;
  }

  static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (String[] r : rows(resource)) out.add(r[0]);
    return Set.copyOf(out);
  }

  /** First column → second column; the first row for a key wins. */
  static Map<String, String> map(String resource) {
    Map<String, String> out = new HashMap<>();
    for (String[] r : rows(resource)) {
      if (r.length < 2) throw new IllegalStateException(resource + ": row without a second column: " + r[0]);
      out.putIfAbsent(r[0], r[1]);
    }
    return Map.copyOf(out);
  }
}
