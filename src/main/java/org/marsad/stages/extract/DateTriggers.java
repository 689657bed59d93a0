package org.marsad.stages.extract;

import java.util.Collection;
import java.util.List;
import org.marsad.text.ar.ArabicChars;

/**
 * The parts of a paragraph worth a full date pass: one char loop finds the chunks (runs between white space) that
 * hold a digit or a word every date expression is anchored on (a month, a weekday, اليوم، منذ، الماضي …), and
 * widens each to {@link #BEFORE} chunks before and {@link #AFTER} after, merging windows that touch. Most news
 * text holds no date, and tokenising it for nothing made the stage several times a bare analyser pass.
 *
 * <p>Words are compared by a 64-bit hash of a folded form (diacritics, tatweel and invisibles dropped; alef forms,
 * ى/ي and ة/ه merged) that is coarser than the normaliser, so a word the lexicons match is never missed; a rare hash
 * collision only widens the work. Up to two leading clitic letters (و ف ب ل ك) are tried off, and لل as ل + ال.
 * Presentation-form letters count as a trigger: they are rare and the fold does not expand them. Pure and
 * thread-safe.
 */
final class DateTriggers {
  /**
   * Chunks kept before a trigger: the longest lead-ins are قبل أكثر من ثلاثة (أعوام) and منذ نحو ثلاثة وعشرين (عاما);
   * a longer number in words before its unit is the one thing the prefilter can miss.
   */
  static final int BEFORE = 4;
  /** Chunks kept after the last trigger: an era mark (2020 م) or a clitic-split tail; every other part is a trigger. */
  static final int AFTER = 2;
  private static final long EMPTY = 0;

  /** What a word is to the scan: nothing, a trigger, a cue (منذ، قبل، بعد), or a trigger only shortly after a cue. */
  static final byte NONE = 0, ALWAYS = 1, CUE = 2, AFTER_CUE = 3;

  private final long[] table;
  private final byte[] tags;
  private final int mask;
  /** Bounds on a word's folded length, two clitics included. */
  private final int minLength, maxLength;

  DateTriggers(Collection<String> words) {
    this(words, List.of(), List.of());
  }

  /**
   * {@code words} always open a window; {@code afterCue} words (time units: عام، أيام) only within {@link #BEFORE}
   * chunks after one of the {@code cues} (منذ، قبل، بعد), since alone they are durations or ordinary words.
   */
  DateTriggers(Collection<String> words, Collection<String> cues, Collection<String> afterCue) {
    int count = words.size() + cues.size() + afterCue.size();
    int size = Integer.highestOneBit(Math.max(16, count * 4) - 1) << 1;
    table = new long[size];
    tags = new byte[size];
    mask = size - 1;
    int[] bounds = {Integer.MAX_VALUE, 0};
    addAll(words, ALWAYS, bounds);
    addAll(cues, CUE, bounds);
    addAll(afterCue, AFTER_CUE, bounds);
    minLength = bounds[0];
    maxLength = bounds[1] + 2;
  }

  private void addAll(Collection<String> words, byte tag, int[] bounds) {
    for (String w : words) {
      for (String part : w.split(" ")) {
        if (part.isEmpty()) continue;
        add(hash(part, 0, part.length()), tag);
        bounds[0] = Math.min(bounds[0], part.length());
        bounds[1] = Math.max(bounds[1], part.length());
      }
    }
  }

  /** Adds a word unless it is there already (the first tag wins: ALWAYS before the others). */
  private void add(long h, byte tag) {
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != EMPTY && table[i] != h) i = (i + 1) & mask;
    if (table[i] == EMPTY) {
      table[i] = h;
      tags[i] = tag;
    }
  }

  private byte tag(long h) {
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != EMPTY) {
      if (table[i] == h) return tags[i];
      i = (i + 1) & mask;
    }
    return NONE;
  }

  private static final byte OTHER = 0, SPACE = 1, LETTER = 2, INTERNAL = 3, TRIGGER = 4;
  private static final int TABLE_END = 0x0700;
  /** Class of each char below U+0700, and the folded form of each letter there: one array read per char. */
  private static final byte[] CLASS = new byte[TABLE_END];
  private static final char[] FOLD = new char[TABLE_END];

  static {
    for (char c = 0; c < TABLE_END; c++) {
      CLASS[c] = classOf(c);
      FOLD[c] = fold(c);
    }
  }

  private static byte classOf(char c) {
    if (isSpace(c)) return SPACE;
    if (ArabicChars.digitValue(c) >= 0 || (c >= 0xFB50 && c <= 0xFEFC)) return TRIGGER; // presentation forms: not folded
    if (ArabicChars.isLetter(c)) return LETTER;
    if (ArabicChars.isWordInternal(c)) return INTERNAL;
    return OTHER;
  }

  /**
   * Windows of {@code text[from, to)} to search, as pairs {@code [start0, end0, start1, end1 …]} in text order, or
   * an empty array. Window edges are white space, never inside a token ({@code الـ 82} stays whole).
   */
  int[] windows(String text, int from, int to) {
    int len = to - from;
    char[] buf = new char[len];
    text.getChars(from, to, buf, 0);
    int[] out = new int[8];
    int n = 0;
    // starts of the last BEFORE+1 chunks, as a ring
    int[] recent = new int[BEFORE + 1];
    char[] folded = new char[32];
    int chunks = 0;
    int windowEnd = -1; // the current window stays open until this chunk index
    int lastCue = Integer.MIN_VALUE / 2; // chunk index of the last منذ/قبل/بعد
    int pos = 0;
    while (pos < len) {
      while (pos < len && classOf(buf, pos) == SPACE) pos++;
      if (pos >= len) break;
      int start = pos;
      boolean trigger = false;
      while (true) {
        while (pos < len && !trigger) {
          char c = buf[pos];
          byte k = c < TABLE_END ? CLASS[c] : classOf(c);
          if (k == LETTER) {
            // the common case in a tight loop: letters (and diacritics, dropped) up to the end of the word
            int letters = 0;
            long h = SEED;
            do {
              if (k == LETTER) {
                char f = c < TABLE_END ? FOLD[c] : c;
                h = (h ^ f) * PRIME;
                if (letters < folded.length) folded[letters] = f;
                letters++;
              }
              if (++pos >= len) break;
              c = buf[pos];
              k = c < TABLE_END ? CLASS[c] : classOf(c);
            } while (k == LETTER || k == INTERNAL);
            byte tag = wordTag(folded, letters, h);
            if (tag == CUE) lastCue = chunks;
            trigger = tag == ALWAYS || (tag == AFTER_CUE && chunks - lastCue <= BEFORE);
          } else if (k == SPACE) {
            break;
          } else {
            trigger = k == TRIGGER;
            pos++;
          }
        }
        while (pos < len && classOf(buf, pos) != SPACE) pos++; // the rest of a trigger chunk
        // الـ 82: a chunk ending in tatweel belongs with the next one
        if (pos + 1 < len && buf[pos - 1] == ArabicChars.TATWEEL && classOf(buf, pos + 1) != SPACE) {
          pos++;
          continue;
        }
        break;
      }
      recent[chunks % recent.length] = start;
      if (trigger) {
        if (windowEnd >= chunks - BEFORE - 1 && n > 0) {
          windowEnd = chunks + AFTER;
        } else {
          int first = Math.max(0, chunks - BEFORE);
          if (n + 2 > out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
          out[n++] = from + recent[first % recent.length];
          out[n++] = from + pos;
          windowEnd = chunks + AFTER;
        }
      }
      if (n > 0 && chunks <= windowEnd) out[n - 1] = from + pos;
      chunks++;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static byte classOf(char[] buf, int i) {
    char c = buf[i];
    return c < TABLE_END ? CLASS[c] : classOf(c);
  }

  private static boolean isSpace(char c) {
    if (c <= ' ') return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B || (c >= 0x1C && c <= 0x1F);
    return c == '\u00A0' || c == '\u0085' || (c >= '\u1680' && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
  }

  /**
   * The tag of the folded word of {@code n} letters (hash {@code h}), or of the word without one or two leading
   * clitic letters (a 3+ letter word left).
   */
  private byte wordTag(char[] w, int n, long h) {
    if (n < minLength || n > maxLength || n > w.length) return NONE;
    byte t = tag(h == EMPTY ? 1 : h);
    if (t != NONE || !isClitic(w[0]) || n < 4) return t;
    t = tag(hash(w, 1, n));
    if (t != NONE) return t;
    if (w[0] == 'ل' && w[1] == 'ل') {
      t = tag(hashWithArticle(w, 2, n)); // للقرن = ل + القرن
      if (t != NONE) return t;
    }
    return n >= 5 && isClitic(w[1]) ? tag(hash(w, 2, n)) : NONE;
  }

  private static boolean isClitic(char c) {
    return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل' || c == 'ك';
  }

  private static final long SEED = 0xcbf29ce484222325L, PRIME = 0x100000001b3L;

  /** FNV-1a over the folded chars of {@code s[start, end)}; never {@link #EMPTY}. */
  static long hash(CharSequence s, int start, int end) {
    long h = SEED;
    for (int k = start; k < end; k++) {
      char c = fold(s.charAt(k));
      if (c != 0) h = (h ^ c) * PRIME;
    }
    return h == EMPTY ? 1 : h;
  }

  /** The hash of ال followed by {@code folded[start, end)}. */
  private static long hashWithArticle(char[] folded, int start, int end) {
    long h = (SEED ^ 'ا') * PRIME;
    h = (h ^ 'ل') * PRIME;
    for (int k = start; k < end; k++) h = (h ^ folded[k]) * PRIME;
    return h == EMPTY ? 1 : h;
  }

  private static long hash(char[] folded, int start, int end) {
    long h = SEED;
    for (int k = start; k < end; k++) h = (h ^ folded[k]) * PRIME;
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
