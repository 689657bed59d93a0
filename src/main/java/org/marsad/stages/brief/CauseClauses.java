package org.marsad.stages.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Span;
import org.marsad.text.ar.ArabicTokenizer;
import org.marsad.text.ar.Normalizer;
import org.marsad.text.ar.TokenType;

/**
 * Finds a clause that says why or how something happened: a cue ({@code cause-cues.tsv}: بسبب، لأن، بهدف، من أجل …
 * for why; عبر، من خلال، باستخدام … for how), matched at a word start after an optional و or ف, up to the end of
 * its clause (the next ، . ؛ : ! ? or line break, at most {@value #MAX_CLAUSE_WORDS} words). A cue with fewer than
 * {@value #MIN_CLAUSE_WORDS} words after it is no clause. عبّر عن ("expressed", also with its subject between: عبر الوزير عن) is not the means-word عبر. Pure.
 */
final class CauseClauses {
  static final String CUES = "cause-cues.tsv";
  static final int MAX_CLAUSE_WORDS = 20;
  static final int MIN_CLAUSE_WORDS = 2;
  static final int EXPRESSED_REACH = 4;

  enum Kind { WHY, HOW }

  /** A found clause: its kind and its range in the text searched. */
  record Found(Kind kind, Span span) {}

  /** A cue: its words, normalised. */
  private record Cue(String[] words, Kind kind) {}

  private static final Map<String, List<Cue>> BY_FIRST_WORD = load();
  private static final Normalizer NORMALIZER = Normalizer.standard();

  private CauseClauses() {}

  private static Map<String, List<Cue>> load() {
    Map<String, List<Cue>> m = new HashMap<>();
    for (String line : BriefLexicons.lines(CUES)) {
      String[] cols = line.split("\t");
      if (cols.length != 2) throw new IllegalStateException(CUES + ": expected cue<TAB>why|how, got: " + line);
      String[] words = Normalizer.standard().normalizeToString(cols[0].strip()).split(" +");
      Kind kind = Kind.valueOf(cols[1].strip().toUpperCase(java.util.Locale.ROOT));
      m.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Cue(words, kind));
    }
    return Map.copyOf(m);
  }

  /** Every clause of {@code buf[range)} opened by a cue, in text order. */
  static List<Found> find(char[] buf, Span range) {
    List<int[]> tokens = new ArrayList<>();
    List<String> forms = new ArrayList<>();
    ArabicTokenizer.Cursor c = new ArabicTokenizer.Cursor(buf, range.start(), range.length());
    while (c.next()) {
      tokens.add(new int[] {c.start, c.end, c.type == TokenType.PUNCT ? 1 : 0});
      forms.add(c.type == TokenType.ARABIC ? NORMALIZER.normalizeToString(new String(buf, c.start, c.end - c.start)) : "");
    }
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Cue cue = cueAt(forms, i);
      if (cue == null) continue;
      int first = i + cue.words().length;
      int last = first - 1;
      int words = 0;
      for (int k = first; k < tokens.size() && words < MAX_CLAUSE_WORDS; k++) {
        if (tokens.get(k)[2] == 1) {
          char p = buf[tokens.get(k)[0]];
          if (isClauseEnd(p)) break;
          // a closing mark the clause did not open ends a quote the cue stood in
          if ((p == '»' || p == '”') && !opensQuote(buf, tokens.get(i)[0], tokens.get(k)[0])) break;
          continue;
        }
        words++;
        last = k;
      }
      if (words < MIN_CLAUSE_WORDS) continue;
      int end = tokens.get(last)[1];
      // a quote opened inside the clause closes with it: بسبب "حملة معادية" keeps its closing mark
      if (last + 1 < tokens.size() && tokens.get(last + 1)[2] == 1 && isClosingQuote(buf[tokens.get(last + 1)[0]])
          && opensQuote(buf, tokens.get(i)[0], end)) {
        end = tokens.get(last + 1)[1];
      }
      out.add(new Found(cue.kind(), new Span(tokens.get(i)[0], end)));
      i = last;
    }
    return out;
  }

  private static Cue cueAt(List<String> forms, int i) {
    String w = forms.get(i);
    if (w.isEmpty()) return null;
    List<Cue> cues = BY_FIRST_WORD.get(w);
    if (cues == null && w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) cues = BY_FIRST_WORD.get(w.substring(1));
    if (cues == null) return null;
    for (Cue cue : cues) {
      boolean match = i + cue.words().length <= forms.size();
      for (int k = 1; match && k < cue.words().length; k++) match = cue.words()[k].equals(forms.get(i + k));
      if (!match) continue;
      if (cue.words().length == 1 && cue.words()[0].equals("عبر") && expressed(forms, i)) continue;
      return cue;
    }
    return null;
  }

  /** عبّر (الوزير) عن: "expressed", not the means-word عبر; its عن follows within {@value #EXPRESSED_REACH} words. */
  private static boolean expressed(List<String> forms, int i) {
    for (int k = i + 1; k < forms.size() && k <= i + EXPRESSED_REACH; k++) if (forms.get(k).equals("عن")) return true;
    return false;
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '»' || c == '”';
  }

  /** True when {@code buf[from, to)} leaves a quote open: an odd number of " or more « than », “ than ”. */
  private static boolean opensQuote(char[] buf, int from, int to) {
    int plain = 0, guillemets = 0, curly = 0;
    for (int k = from; k < to; k++) {
      switch (buf[k]) {
        case '"' -> plain++;
        case '«' -> guillemets++;
        case '»' -> guillemets--;
        case '“' -> curly++;
        case '”' -> curly--;
        default -> { }
      }
    }
    return plain % 2 == 1 || guillemets > 0 || curly > 0;
  }

  private static boolean isClauseEnd(char p) {
    return p == '،' || p == ',' || p == '.' || p == '؛' || p == ';' || p == ':' || p == '!' || p == '?' || p == '؟' || p == '\n';
  }
}
