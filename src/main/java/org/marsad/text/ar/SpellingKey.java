package org.marsad.text.ar;

import java.util.HashMap;
import java.util.Map;

/**
 * A key under which outlets' spellings of one transliterated name or common word meet: ترمب/ترامب,
 * أميركي/أمريكي, كيماوي/كيمياوي/كيميائي, جارنو/غارنو, بيدرسون/بيدرسن. Built per word:
 * <ol>
 *   <li>normalise for matching (diacritics, alef variants, final yeh, ة → ه);
 *   <li>hamza carriers ئ ؤ become ي و, a bare ء goes; Persian letters پ چ ڤ گ become ب ج ف ج;
 *   <li>غ becomes ج: both write the foreign g (غارنو، جارنو); ق is left alone, because قاسم and جاسم are two names;
 *   <li>long vowels ا و ي inside words of five or more letters go (ترامب → ترمب); short words keep them, as do
 *       Arabic names listed in {@code spelling-variants.tsv}, whose vowels tell them apart (سعيد ≠ سعد, سليمان ≠ سلمان);
 *   <li>a doubled letter is written once.
 * </ol>
 * Multi-word input gets one key per word joined by a space. Pure and thread-safe.
 */
public final class SpellingKey {
  static final int MIN_LENGTH_TO_DROP_VOWELS = 5;
  private static final Normalizer MATCHING = new Normalizer(NormalizerConfig.MATCHING);
  private static final Map<String, String> FIXED = loadFixed();

  private SpellingKey() {}

  private static Map<String, String> loadFixed() {
    Map<String, String> m = new HashMap<>();
    for (String[] row : Lexicons.rawRows("spelling-variants.tsv")) {
      String w = MATCHING.normalizeToString(row[0]);
      m.put(w, row[1].equals("=") ? w : MATCHING.normalizeToString(row[1]));
    }
    return m;
  }

  /** The key of a word or phrase. */
  public static String of(String text) {
    String n = MATCHING.normalizeToString(text).strip();
    if (n.indexOf(' ') < 0) return wordKey(n);
    StringBuilder sb = new StringBuilder(n.length());
    for (String w : n.split("\\s+")) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(wordKey(w));
    }
    return sb.toString();
  }

  private static String wordKey(String w) {
    String fixed = FIXED.get(w);
    if (fixed != null) return foldLetters(fixed, false);
    boolean dropVowels = w.length() >= MIN_LENGTH_TO_DROP_VOWELS && ArabicChars.isArabicWord(w);
    return foldLetters(w, dropVowels);
  }

  private static String foldLetters(String w, boolean dropVowels) {
    StringBuilder sb = new StringBuilder(w.length());
    int last = w.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = w.charAt(i);
      switch (c) {
        case 'ئ', 'ى' -> c = 'ي';
        case 'ؤ' -> c = 'و';
        case 'ء' -> c = 0;
        case 'پ' -> c = 'ب';
        case 'چ', 'گ', 'غ' -> c = 'ج';
        case 'ڤ' -> c = 'ف';
        default -> {}
      }
      if (c == 0) continue;
      if (dropVowels && i > 0 && i < last && (c == 'ا' || c == 'و' || c == 'ي')) continue;
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) continue;
      sb.append(c);
    }
    return sb.toString();
  }
}
