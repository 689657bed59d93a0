package org.marsad.stages.clean;

/**
 * Folds text for matching only (never for output): Arabic-Indic digits to ASCII, hamza forms of alef to bare alef,
 * alef maqsura to yeh, teh marbuta to heh, waw/yeh hamza to waw/yeh, harakat and tatweel removed, Latin lower-cased,
 * every run of white space, bidi marks and zero-width characters to one space, trimmed.
 */
final class TextFold {
  private TextFold() {}

  static String fold(CharSequence s) {
    return fold(s, 0, s.length());
  }

  static String fold(CharSequence s, int start, int end) {
    char[] out = new char[end - start];
    int n = 0;
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (isSpaceLike(c)) {
        pendingSpace = n > 0;
        continue;
      }
      char f = foldChar(c);
      if (f == 0) continue;
      if (pendingSpace) {
        out[n++] = ' ';
        pendingSpace = false;
      }
      out[n++] = f;
    }
    return new String(out, 0, n);
  }

  /** The folded form of one char, or 0 when the char is dropped (harakat, tatweel). */
  static char foldChar(char c) {
    if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') return 0;
    if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
    if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
    switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> { return 'ا'; }
      case 'ى' -> { return 'ي'; }
      case 'ة' -> { return 'ه'; }
      case 'ؤ' -> { return 'و'; }
      case 'ئ' -> { return 'ي'; }
      default -> { }
    }
    if (c >= 'A' && c <= 'Z') return (char) (c + 32);
    return c;
  }

  /** White space, no-break spaces, bidi marks, zero-width characters and the BOM. */
  static boolean isSpaceLike(char c) {
    if (c > ' ' && c < '\u00A0' || c >= '\u0600' && c <= '\u06FF') return false; // fast path: ASCII and Arabic
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u200B' || c == '\u200C'
        || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\u202A' || c == '\u202B' || c == '\u202C'
        || c == '\u202D' || c == '\u202E' || c == '\u2066' || c == '\u2067' || c == '\u2068' || c == '\u2069'
        || c == '\uFEFF' || c == '\u2028' || c == '\u2029' || Character.isSpaceChar(c);
  }

  static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3' || c >= '\u06FA' && c <= '\u06FF';
  }
}
