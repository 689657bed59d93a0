package org.marsad.stages.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clean stage's word lists, folded when loaded: furniture phrases by kind ({@code furniture.tsv}), social network
 * names ({@code social.txt}), dateline places ({@code cities.txt}) and outlet aliases ({@code outlets.tsv}).
 */
final class FurnitureLexicon {
  static final FurnitureLexicon DEFAULT = load();

  final Set<String> wholeLines = new HashSet<>();
  final List<String> lineStarts = new ArrayList<>();
  /** Labels of the page's own short link: its host names the outlet. */
  final List<String> shortLinks = new ArrayList<>();
  final List<String> relatedHeaders = new ArrayList<>();
  /** Phrases (as folded token arrays) a widget glues before the text, social names included. */
  final List<String[]> prefixes = new ArrayList<>();
  /** {@link #prefixes} by their first token, so that a line start costs one lookup. */
  final Map<String, List<String[]>> prefixesByFirst = new HashMap<>();
  final List<String> tails = new ArrayList<>();
  final List<String> mastheads = new ArrayList<>();
  final List<String> updatedLabels = new ArrayList<>();
  final List<String> publishedLabels = new ArrayList<>();
  final Set<String> sectionWords = new HashSet<>();
  final Set<String> fillers = new HashSet<>();
  final Set<String> social = new HashSet<>();
  final Set<String> cities = new HashSet<>();
  /** Folded alias (name, abbreviation, domain) to canonical outlet name. */
  final Map<String, String> outlets = new HashMap<>();

  private FurnitureLexicon() {}

  private static FurnitureLexicon load() {
    FurnitureLexicon x = new FurnitureLexicon();
    for (String[] row : Lexicon.rows("furniture.tsv")) {
      String phrase = TextFold.fold(row[1]);
      switch (row[0].trim()) {
        case "line" -> x.wholeLines.add(phrase);
        case "starts" -> x.lineStarts.add(phrase);
        case "shortlink" -> x.shortLinks.add(phrase);
        case "related" -> x.relatedHeaders.add(phrase);
        case "prefix" -> x.prefixes.add(phrase.split(" "));
        case "tail" -> x.tails.add(phrase);
        case "masthead" -> x.mastheads.add(phrase);
        case "updated" -> x.updatedLabels.add(phrase);
        case "published" -> x.publishedLabels.add(phrase);
        case "section" -> x.sectionWords.add(phrase);
        case "filler" -> x.fillers.add(phrase);
        default -> throw new IllegalStateException("furniture.tsv: unknown kind " + row[0]);
      }
    }
    for (String[] row : Lexicon.rows("social.txt")) {
      String name = TextFold.fold(row[0]);
      x.social.add(name);
      x.prefixes.add(name.split(" "));
    }
    for (String[] p : x.prefixes) x.prefixesByFirst.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
    for (String[] row : Lexicon.rows("cities.txt")) x.cities.add(TextFold.fold(row[0]));
    for (String[] row : Lexicon.rows("outlets.tsv")) x.outlets.put(TextFold.fold(row[0]), row[1].trim());
    return x;
  }

  /** True when {@code folded} starts with {@code phrase} followed by end, a non-Arabic char or a space. */
  static boolean startsWithPhrase(String folded, String phrase) {
    if (!folded.startsWith(phrase)) return false;
    if (folded.length() == phrase.length()) return true;
    char next = folded.charAt(phrase.length());
    char last = phrase.charAt(phrase.length() - 1);
    // "الرابط المختصرhttp://…" matches; "تعليقاتهم" does not match "تعليقات"
    boolean arabicJoin = TextFold.isArabicLetter(last) && TextFold.isArabicLetter(next);
    boolean latinJoin = isLatinOrDigit(last) && isLatinOrDigit(next);
    return !arabicJoin && !latinJoin;
  }

  private static boolean isLatinOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  static String firstStart(String folded, List<String> phrases) {
    for (String p : phrases) if (startsWithPhrase(folded, p)) return p;
    return null;
  }

  /** Canonical outlet of a folded alias or a web host (with or without "www."), or null. */
  String outletOf(String foldedAlias) {
    String s = foldedAlias;
    if (s.startsWith("www.")) s = s.substring(4);
    String o = outlets.get(s);
    if (o == null && s.startsWith("m.")) o = outlets.get(s.substring(2));
    return o;
  }
}
