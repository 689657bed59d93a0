package org.marsad.text.ar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.Span;

/**
 * Month names in all their series (Syriac/Levantine كانون الثاني، Egyptian/Gulf يناير/يونيه، Maghrebi جانفي/جويلية),
 * Hijri months, weekdays and relative time words, from {@code calendar.tsv}, normalised on load. Words that are
 * also ordinary words (آب، مارس، ماي، صفر) match only next to a number or after the word شهر. Pure and thread-safe.
 */
public final class CalendarLexicon {
  private static final int MAX_WORDS = 2;
  private static volatile CalendarLexicon standard;

  private final Map<String, CalendarEntry> entries = new HashMap<>();
  private final Set<String> firstWords = new HashSet<>();
  private final Normalizer normalizer = Normalizer.standard();

  private CalendarLexicon() {
    for (String[] r : Lexicons.rows("calendar.tsv")) {
      CalendarEntry e = new CalendarEntry(CalendarKind.valueOf(r[0]), Integer.parseInt(r[1]), r[2], r[3], r.length > 4 && r[4].equals("ambiguous"));
      entries.putIfAbsent(e.form(), e);
      int space = e.form().indexOf(' ');
      if (space > 0) firstWords.add(e.form().substring(0, space));
    }
  }

  public static CalendarLexicon standard() {
    CalendarLexicon c = standard;
    if (c == null) {
      synchronized (CalendarLexicon.class) {
        if (standard == null) standard = new CalendarLexicon();
        c = standard;
      }
    }
    return c;
  }

  /** The entry for one word or phrase as written (normalised here), ignoring the ambiguity guard. */
  public Optional<CalendarEntry> lookup(String phrase) {
    return Optional.ofNullable(entries.get(normalizer.normalizeToString(phrase).strip().replaceAll("\\s+", " ")));
  }

  /** Every entry, for tests and tools. */
  public List<CalendarEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** Calendar words in text, longest match first; a leading و ف ب ل clitic is allowed on one-word matches. */
  public List<CalendarMention> find(String text) {
    List<Token> tokens = ArabicTokenizer.tokenize(text);
    String[] norms = new String[tokens.size()];
    for (int i = 0; i < norms.length; i++) norms[i] = normalizer.normalizeToString(tokens.get(i).text(text));
    return find(tokens, norms);
  }

  /**
   * The same over text a caller has already cut with {@link ArabicTokenizer} and normalised with the standard
   * {@link Normalizer} ({@code norms[i]} for {@code tokens.get(i)}), so one pass serves several finders.
   */
  public List<CalendarMention> find(List<Token> tokens, String[] norms) {
    List<CalendarMention> out = new ArrayList<>();
    int i = 0;
    while (i < norms.length) {
      int matched = 0;
      CalendarEntry entry = null;
      // a two-word phrase is built only after a word that starts one (كانون الثاني)
      int longest = firstWords.contains(norms[i]) ? MAX_WORDS : 1;
      for (int n = Math.min(longest, norms.length - i); n >= 1 && entry == null; n--) {
        String phrase = n == 1 ? norms[i] : norms[i] + " " + norms[i + 1];
        entry = entries.get(phrase);
        if (entry == null && n == 1 && phrase.length() > 3 && "وفبل".indexOf(phrase.charAt(0)) >= 0) {
          entry = entries.get(phrase.substring(1));
        }
        if (entry != null) matched = n;
      }
      if (entry != null && entry.ambiguous() && !nextToNumber(tokens, i, i + matched) && !afterMonthWord(norms, i)) entry = null;
      if (entry != null) {
        out.add(new CalendarMention(new Span(tokens.get(i).start(), tokens.get(i + matched - 1).end()), entry));
        i += matched;
      } else {
        i++;
      }
    }
    return out;
  }

  /** شهر مارس، خلال شهر آب: the word "month" before it (with a clitic or the article) makes a month name a month. */
  private static boolean afterMonthWord(String[] norms, int i) {
    if (i == 0) return false;
    String w = norms[i - 1];
    return w.equals("شهر") || w.equals("الشهر") || (w.length() == 4 && w.endsWith("شهر") && "وفبل".indexOf(w.charAt(0)) >= 0);
  }

  private static boolean nextToNumber(List<Token> tokens, int from, int to) {
    return (from > 0 && tokens.get(from - 1).type() == TokenType.NUMBER) || (to < tokens.size() && tokens.get(to).type() == TokenType.NUMBER);
  }
}
