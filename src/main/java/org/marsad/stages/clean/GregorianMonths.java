package org.marsad.stages.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gregorian month names in every series (يناير، كانون الثاني، جانفي, English), from {@code months.tsv}. Kept small and
 * apart so that the text layer can take it over. Lookups are on {@link TextFold folded} spellings.
 */
public final class GregorianMonths {
  private static final Map<String, Integer> BY_NAME = new HashMap<>();
  private static final String ALTERNATION;

  static {
    List<String> names = new ArrayList<>();
    for (String[] row : Lexicon.rows("months.tsv")) {
      String name = TextFold.fold(row[1]);
      BY_NAME.put(name, Integer.parseInt(row[0].trim()));
      names.add(name);
    }
    names.sort(Comparator.comparingInt(String::length).reversed()); // longest first: "كانون الثاني" before "كانون"
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      if (sb.length() > 0) sb.append('|');
      sb.append(Pattern.quote(n));
    }
    ALTERNATION = sb.toString();
  }

  private GregorianMonths() {}

  /** Month number 1..12 of a folded month name, or 0 when it is not one. */
  public static int month(String name) {
    Integer m = BY_NAME.get(TextFold.fold(name));
    return m == null ? 0 : m;
  }

  /** Every folded spelling as a regex alternation, longest first. */
  static String alternation() {
    return ALTERNATION;
  }

  static int size() {
    return BY_NAME.size();
  }
}
