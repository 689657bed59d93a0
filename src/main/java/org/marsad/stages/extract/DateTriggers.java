package org.marsad.stages.extract;

import java.util.Collection;
import org.marsad.text.ar.ArabicChars;

/**
 * The parts of a paragraph worth a full date pass: one char loop finds the chunks (runs between white space) that
 * hold a digit or a word every date expression is anchored on (a month, a weekday, اليوم، منذ، الماضي …), and
 * widens each to {@link #BEFORE} chunks before and {@link #AFTER} after, merging windows that touch. Most news
 * text holds no date, and tokenising it for nothing made the stage several times a bare analyser pass.
 *
 * <p>Words are compared by a 64-bit hash of a folded form (diacritics, tatweel and invisibles dropped; alef forms,
 * ى/ي and ة/ه merged) that is coarser than the normaliser, so a word the lexicons match is never missed; a rare hash
 * collision only widens the work. Up to two leading clitic letters (و ف ب ل ك) are tried off. Presentation-form
 * letters count as a trigger: they are rare and the fold does not expand them. Pure and thread-safe.
 */
final class DateTriggers {
  /** Chunks kept before a trigger: the longest lead-in (الثامن من مايو، يوم الأحد، عام 2014) is two. */
  static final int BEFORE = 3;
  /** Chunks kept after one: منذ ثلاثمائة وخمسة وعشرين عاما is five. */
  static final int AFTER = 6;
  private static final long EMPTY = 0;

  private final long[] table;
  private final int mask;

  DateTriggers(Collection<String> words) {
    int size = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
    table = new long[size];
    mask = size - 1;
    for (String w : words) {
      for (String part : w.split(" ")) {
        if (!part.isEmpty()) add(hash(part, 0, part.length()));
      }
    }
  }

  private void add(long h) {
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != EMPTY && table[i] != h) i = (i + 1) & mask;
    table[i] = h;
  }

  private boolean contains(long h) {
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != EMPTY) {
      if (table[i] == h) return true;
      i = (i + 1) & mask;
    }
    return false;
  }

  /**
   * Windows of {@code text[from, to)} to search, as pairs {@code [start0, end0, start1, end1 …]} in text order, or
   * an empty array. Window edges are white space, never inside a token ({@code الـ 82} stays whole).
   */
  int[] windows(String text, int from, int to) {
    int[] out = new int[8];
    int n = 0;
    // starts of the last BEFORE+1 chunks, as a ring
    int[] recent = new int[BEFORE + 1];
    int chunks = 0;
    int windowEnd = -1; // the current window stays open until this chunk index
    int pos = from;
    while (pos < to) {
      while (pos < to && isSpace(text.charAt(pos))) pos++;
      if (pos >= to) break;
      int start = pos;
      while (pos < to && !isSpace(text.charAt(pos))) pos++;
      // الـ 82: a chunk ending in tatweel belongs with the next one
      while (pos < to && text.charAt(pos - 1) == ArabicChars.TATWEEL && pos + 1 < to && !isSpace(text.charAt(pos + 1))) {
        pos++;
        while (pos < to && !isSpace(text.charAt(pos))) pos++;
      }
      recent[chunks % recent.length] = start;
      if (hasTrigger(text, start, pos)) {
        if (windowEnd >= chunks - BEFORE - 1 && n > 0) {
          windowEnd = chunks + AFTER;
        } else {
          int first = Math.max(0, chunks - BEFORE);
          int windowStart = chunks - first >= recent.length ? start : recent[first % recent.length];
          if (n + 2 > out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
          out[n++] = windowStart;
          out[n++] = pos;
          windowEnd = chunks + AFTER;
        }
      }
      if (n > 0 && chunks <= windowEnd) out[n - 1] = pos;
      chunks++;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00A0' || (c > 0x7F && Character.isWhitespace(c));
  }

  /** A digit, a presentation-form letter, or an Arabic letter run that is (after clitics) a trigger word. */
  private boolean hasTrigger(String text, int start, int end) {
    int k = start;
    while (k < end) {
      char c = text.charAt(k);
      if (ArabicChars.digitValue(c) >= 0 || (c >= 0xFB50 && c <= 0xFEFC)) return true;
      if (!ArabicChars.isLetter(c)) {
        k++;
        continue;
      }
      int w = k;
      while (k < end && (ArabicChars.isLetter(text.charAt(k)) || ArabicChars.isWordInternal(text.charAt(k)))) {
        char d = text.charAt(k);
        if (d >= 0xFB50 && d <= 0xFEFC) return true;
        k++;
      }
      if (isTriggerWord(text, w, k)) return true;
    }
    return false;
  }

  private boolean isTriggerWord(String text, int start, int end) {
    if (contains(hash(text, start, end))) return true;
    for (int p = start; p < start + 2 && end - p > 3 && isClitic(text.charAt(p)); p++) {
      if (contains(hash(text, p + 1, end))) return true;
    }
    return false;
  }

  private static boolean isClitic(char c) {
    return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل' || c == 'ك';
  }

  /** FNV-1a over the folded chars of {@code s[start, end)}; never {@link #EMPTY}. */
  static long hash(CharSequence s, int start, int end) {
    long h = 0xcbf29ce484222325L;
    for (int k = start; k < end; k++) {
      char c = fold(s.charAt(k));
      if (c == 0) continue;
      h ^= c;
      h *= 0x100000001b3L;
    }
    return h == EMPTY ? 1 : h;
  }

  /** The char as the hash sees it, or 0 to skip it. */
  static char fold(char c) {
    if (c < 0x0621) return c;
    if (c == ArabicChars.TATWEEL || ArabicChars.isDiacritic(c) || ArabicChars.isInvisible(c)) return 0;
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ى' -> 'ي';
      case 'ة' -> 'ه';
      default -> c;
    };
  }
}
