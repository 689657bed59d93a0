package org.marsad.stages.extract;

import org.marsad.text.ar.Lexicons;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ar.Normalizer;

/**
 * Reads this package's word lists: UTF-8, {@code #} starts a comment, TSV columns split on tabs, every column
 * normalised with the standard {@link Normalizer} (ASCII passes through unchanged).
 */
final class ExtractLexicons {
  private ExtractLexicons() {}

  /** Every resource of this package, for the test that loads them all. */
  static final List<String> RESOURCES = List.of(
      "time-units.tsv", "measure-units.tsv", "identifier-cues.txt", "counted-stop.txt", "generic-counted.txt",
      "organisation-heads.txt", "date-words.tsv", "speech-verbs.txt", "role-triggers.tsv", "organisation-aliases.tsv",
      "demonyms.tsv", "country-titles.tsv", "written-names.tsv", "decades.tsv", "reference-words.tsv", "value-cues.txt",
      "kaf-words.txt", "foreign-name-particles.txt");

  static List<String[]> rows(String resource) {
    Normalizer n = Normalizer.standard();
    return rows(resource, cell -> n.normalizeToString(cell).replaceAll("\\s+", " "));
  }

  /** Rows with each cell prepared by {@code cell} instead of the standard normalisation (for forms it would erase). */
  static List<String[]> rows(String resource, java.util.function.UnaryOperator<String> cell) {
    List<String[]> rows = Lexicons.rawRows(ExtractLexicons.class, resource);
    for (String[] cols : rows) for (int i = 0; i < cols.length; i++) cols[i] = cell.apply(cols[i]);
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
    for (String[] r : rows(resource)) out.putIfAbsent(r[0], r.length > 1 ? r[1] : "");
    return Map.copyOf(out);
  }
}
