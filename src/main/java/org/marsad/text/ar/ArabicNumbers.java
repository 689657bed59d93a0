package org.marsad.text.ar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Span;

/**
 * Finds numbers in Arabic text: digits with separators (٤٣٦٬٥، 1,500، 3.5), number words in their gender and case
 * forms and compounds (ثلاث وثمانون، مئتان، أحد عشر), scale words alone or after a number (10 آلاف، 436 مليون),
 * ordinals (الأول، الثاني عشر), percentages (٪ %، بالمئة، في المائة) and currencies (دولار → USD).
 * Lexicons are resource TSVs. Pure and thread-safe.
 */
public final class ArabicNumbers {
  private record Scale(double multiplier, double alone) {}

  private static volatile ArabicNumbers standard;

  private final Map<String, Integer> words = new HashMap<>();
  private final Map<String, Scale> scales = new HashMap<>();
  private final Map<String, Integer> ordinals = new HashMap<>();
  /** Currency phrase → ISO code, or "" when the word alone does not tell. */
  private final Map<String, String> currencies = new HashMap<>();
  private final Set<String> percentWords = new HashSet<>();
  private final Normalizer normalizer = Normalizer.standard();

  private ArabicNumbers() {
    for (String[] r : Lexicons.rows("number-words.tsv")) words.put(r[0], Integer.parseInt(r[1]));
    for (String[] r : Lexicons.rows("number-scales.tsv")) {
      scales.put(r[0], new Scale(Double.parseDouble(r[1]), r.length > 2 ? Double.parseDouble(r[2]) : Double.NaN));
    }
    for (String[] r : Lexicons.rows("number-ordinals.tsv")) ordinals.put(r[0], Integer.parseInt(r[1]));
    for (String[] r : Lexicons.rows("currencies.tsv")) currencies.put(r[0], r[1].equals("-") ? "" : r[1]);
    percentWords.addAll(Lexicons.words("percent-words.txt"));
  }

  public static ArabicNumbers standard() {
    ArabicNumbers n = standard;
    if (n == null) {
      synchronized (ArabicNumbers.class) {
        if (standard == null) standard = new ArabicNumbers();
        n = standard;
      }
    }
    return n;
  }

  /** All number mentions in {@code text}, in text order, with spans into it. */
  public List<NumberMention> find(String text) {
    List<Token> tokens = ArabicTokenizer.tokenize(text);
    String[] norms = new String[tokens.size()];
    for (int i = 0; i < norms.length; i++) norms[i] = normalizer.normalizeToString(tokens.get(i).text(text));
    return find(tokens, norms);
  }

  /**
   * The same over text a caller has already cut with {@link ArabicTokenizer} and normalised with the standard
   * {@link Normalizer} ({@code norms[i]} for {@code tokens.get(i)}), so one pass serves several finders.
   */
  public List<NumberMention> find(List<Token> tokens, String[] norms) {
    List<NumberMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int[] end = new int[1];
      NumberMention m = digits(tokens, norms, i, end);
      if (m == null) m = numberWords(tokens, norms, i, end);
      if (m == null) m = ordinal(tokens, norms, i, end);
      if (m != null) {
        out.add(m);
        i = end[0];
      } else {
        i++;
      }
    }
    return out;
  }

  /** The value of the first number in {@code phrase}, or NaN. */
  public double valueOf(String phrase) {
    List<NumberMention> ms = find(phrase);
    return ms.isEmpty() ? Double.NaN : ms.get(0).value();
  }

  private NumberMention digits(List<Token> tokens, String[] norms, int i, int[] end) {
    Token t = tokens.get(i);
    String w = norms[i];
    int d = 0;
    if (t.type() == TokenType.MIXED) {
      // بـ436, الـ 82, و1,500: an Arabic clitic before the number
      while (d < w.length() && !(w.charAt(d) >= '0' && w.charAt(d) <= '9')) {
        if (!ArabicChars.isLetter(w.charAt(d)) && w.charAt(d) != ' ' && w.charAt(d) != '\u00A0') return null;
        d++;
      }
      if (d == 0 || d == w.length()) return null;
    } else if (t.type() != TokenType.NUMBER) {
      return null;
    }
    double value = parseDigits(w, d);
    if (Double.isNaN(value)) return null;
    int j = i + 1;
    if (j < norms.length) {
      Scale s = scales.get(norms[j]);
      if (s != null) {
        value *= s.multiplier;
        j++;
      }
    }
    return finish(tokens, norms, i, j, value, false, end);
  }

  /** Parses ASCII digits with separators from index d: '.' is decimal; ',' groups thousands when 3 digits follow, else decimal. */
  static double parseDigits(String w, int d) {
    StringBuilder sb = new StringBuilder(w.length());
    for (int k = d; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c >= '0' && c <= '9') sb.append(c);
      else if (c == ',') {
        int digitsAfter = 0;
        while (k + 1 + digitsAfter < w.length() && Character.isDigit(w.charAt(k + 1 + digitsAfter))) digitsAfter++;
        boolean moreGroups = k + 1 + digitsAfter < w.length() && w.charAt(k + 1 + digitsAfter) == ',';
        if (digitsAfter == 3 || moreGroups) continue;
        sb.append('.');
      } else if (c == '.') sb.append('.');
      else break;
    }
    try {
      return sb.isEmpty() ? Double.NaN : Double.parseDouble(sb.toString());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private NumberMention numberWords(List<Token> tokens, String[] norms, int i, int[] end) {
    double total = 0, current = 0;
    boolean any = false;
    int j = i;
    while (j < norms.length) {
      String w = norms[j];
      if (any && w.equals("و") && j + 1 < norms.length && isNumberWord(norms[j + 1])) {
        j++;
        continue;
      }
      if (any && w.length() > 2 && w.charAt(0) == 'و' && isNumberWord(w.substring(1))) w = w.substring(1);
      else if (!any && w.startsWith("ال") && w.length() > 3 && !isNumberWord(w) && isNumberWord(w.substring(2))) w = w.substring(2);
      else if (!any && w.length() > 3 && "وفبلك".indexOf(w.charAt(0)) >= 0 && !isNumberWord(w) && isNumberWord(w.substring(1))) w = w.substring(1);
      if ((w.equals("احد") || w.equals("احدي")) && j + 1 < norms.length && isTeen(norms[j + 1])) {
        current += 11;
        any = true;
        j += 2;
        continue;
      }
      Integer v = words.get(w);
      if (v != null) {
        if (isTeen(w) && current >= 1 && current <= 9) current += 10;
        else if (v == 100 && current >= 1 && current <= 9) current *= 100; // ثلاث مئة written apart
        else current += v;
        any = true;
        j++;
        continue;
      }
      Scale s = scales.get(w);
      if (s != null) {
        if (current == 0) {
          if (Double.isNaN(s.alone)) break;
          total += s.alone;
        } else {
          total += current * s.multiplier;
        }
        current = 0;
        any = true;
        j++;
        continue;
      }
      break;
    }
    if (!any) return null;
    return finish(tokens, norms, i, j, total + current, false, end);
  }

  private boolean isNumberWord(String w) {
    return words.containsKey(w) || scales.containsKey(w);
  }

  private static boolean isTeen(String w) {
    return w.equals("عشر") || w.equals("عشرة");
  }

  private NumberMention ordinal(List<Token> tokens, String[] norms, int i, int[] end) {
    String w = norms[i];
    if (w.startsWith("ال") && w.length() > 3) w = w.substring(2);
    Integer v = ordinals.get(w);
    if (v == null) return null;
    int j = i + 1;
    if (j < norms.length) {
      String next = norms[j].startsWith("ال") ? norms[j].substring(2) : norms[j];
      String tens = next.length() > 3 && next.startsWith("وال") ? next.substring(3) : null;
      Integer tensValue = tens == null ? null : words.get(tens);
      if (isTeen(next)) {
        v += 10;
        j++;
      } else if (v < 10 && tensValue != null && tensValue >= 20 && tensValue <= 90 && tensValue % 10 == 0) {
        // الحادي والعشرون، الثاني والثلاثين: unit ordinal + و + the tens as a cardinal
        v += tensValue;
        j++;
      } else if (w.startsWith("حادي")) {
        return null; // حادي only in compounds
      }
    } else if (w.startsWith("حادي")) {
      return null;
    }
    end[0] = j;
    return new NumberMention(span(tokens, i, j), v, null, null, true, false);
  }

  /** Adds a following currency or percent word and builds the mention over tokens [i, j). */
  private NumberMention finish(List<Token> tokens, String[] norms, int i, int j, double value, boolean ordinal, int[] end) {
    String unit = null, currency = null;
    boolean percent = false;
    if (j < norms.length) {
      if (norms[j].equals("%")) {
        percent = true;
        j++;
      } else if (j + 1 < norms.length && percentWords.contains(norms[j] + " " + norms[j + 1])) {
        percent = true;
        j += 2;
      } else if (percentWords.contains(norms[j])) {
        percent = true;
        j++;
      } else {
        String first = norms[j];
        String two = j + 1 < norms.length ? first + " " + norms[j + 1] : null;
        if (two != null && currencies.containsKey(two)) {
          unit = first;
          currency = currencies.get(two);
          j += 2;
        } else if (currencies.containsKey(first)) {
          unit = first;
          currency = currencies.get(first);
          j++;
        }
        if (currency != null && currency.isEmpty()) currency = null;
      }
    }
    end[0] = j;
    return new NumberMention(span(tokens, i, j), value, unit, currency, ordinal, percent);
  }

  private static Span span(List<Token> tokens, int i, int j) {
    return new Span(tokens.get(i).start(), tokens.get(j - 1).end());
  }
}
