package org.marsad.stages.extract.ner;

/**
 * The tagger's own tiny Arabic normaliser and proclitic stripper. A stop-gap until the shared text layer
 * ({@code text/ar}) lands; it only has to be consistent between training and tagging.
 *
 * <p>Rules of {@link #normalize}:
 * <ul>
 *   <li>bidi and zero-width marks (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF) are dropped;
 *   <li>tatweel (U+0640) is dropped;
 *   <li>harakat and Quranic marks (U+064B–U+065F, U+0670, U+06D6–U+06ED) are dropped;
 *   <li>alef with hamza above/below, alef madda and alef wasla (أ إ آ ٱ) become bare alef ا;
 *   <li>alef maqsura ى becomes ي (NewsFANE and the web disagree on final ى/ي);
 *   <li>Persian yeh ی and keheh ک become ي and ك;
 *   <li>Arabic-Indic and Persian digits become ASCII digits;
 *   <li>Latin letters are lower-cased.
 * </ul>
 */
final class ArabicForms {
  /** Shortest stem a proclitic may leave behind: guards {@code بيت} against becoming {@code يت}. */
  static final int MIN_STEM = 3;

  private ArabicForms() {}

  static String normalize(String token) {
    int n = token.length();
    char[] out = null;
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      char r = map(c);
      if (r != c && out == null) {
        out = new char[n];
        token.getChars(0, i, out, 0);
        len = i;
      }
      if (out != null) {
        if (r != 0) out[len++] = r;
      }
    }
    return out == null ? token : new String(out, 0, len);
  }

  /** The replacement of one char, 0 to drop it, or {@code c} itself when it stays. */
  private static char map(char c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    if (c >= 0x064B && c <= 0x065F) return 0;
    switch (c) {
      case '\u0640', '\u0670', '\uFEFF' -> { return 0; }
      case '\u0623', '\u0625', '\u0622', '\u0671' -> { return '\u0627'; }
      case '\u0649', '\u06CC' -> { return '\u064A'; }
      case '\u06A9' -> { return '\u0643'; }
      default -> { }
    }
    if (c >= 0x06D6 && c <= 0x06ED) return 0;
    if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) return 0;
    if (c >= 0x0660 && c <= 0x0669) return (char) ('0' + (c - 0x0660));
    if (c >= 0x06F0 && c <= 0x06F9) return (char) ('0' + (c - 0x06F0));
    if (c > 0xFF && Character.isUpperCase(c)) return Character.toLowerCase(c);
    return c;
  }

  /**
   * The word without punctuation glued to its ends ({@code «بيروت»،} → {@code بيروت}), for corpora that do not split
   * it off; a token that is all punctuation stays as it is.
   */
  static String trimPunctuation(String norm) {
    int start = 0;
    int end = norm.length();
    while (start < end && !Character.isLetterOrDigit(norm.charAt(start))) start++;
    while (end > start && !Character.isLetterOrDigit(norm.charAt(end - 1))) end--;
    if (start == end) return norm;
    return start == 0 && end == norm.length() ? norm : norm.substring(start, end);
  }

  /** Strips a leading conjunction و or ف when at least {@link #MIN_STEM} letters remain. */
  static String stripConjunction(String norm) {
    if (norm.length() >= MIN_STEM + 1 && isConjunction(norm.charAt(0))) return norm.substring(1);
    return norm;
  }

  /**
   * Strips proclitics from a normalised word: optional و/ف, then optional ب/ل/ك, then optional ال
   * ({@code لل} counts as ل + ال), each only when at least {@link #MIN_STEM} letters remain.
   */
  static String stem(String norm) {
    int start = 0;
    int n = norm.length();
    if (n - start >= MIN_STEM + 1 && isConjunction(norm.charAt(start))) start++;
    if (n - start >= MIN_STEM + 1 && isPreposition(norm.charAt(start))) {
      // لل + stem is ل + ال + stem with the alef elided
      if (norm.charAt(start) == '\u0644' && n - start >= MIN_STEM + 2 && norm.charAt(start + 1) == '\u0644') {
        return norm.substring(start + 2);
      }
      start++;
    }
    if (n - start >= MIN_STEM + 2 && norm.charAt(start) == '\u0627' && norm.charAt(start + 1) == '\u0644') start += 2;
    return start == 0 ? norm : norm.substring(start);
  }

  /**
   * Forms a gazetteer may know this word under: the word, then without و/ف, then without ب/ل/ك too
   * ({@code للسعودية} → {@code السعودية}), then without ال. Duplicates are removed; the word comes first.
   */
  static String[] lookupForms(String norm) {
    String a = norm;
    String b = stripConjunction(a);
    String c = b;
    int n = b.length();
    if (n >= MIN_STEM + 1 && isPreposition(b.charAt(0))) {
      if (b.charAt(0) == '\u0644' && n >= MIN_STEM + 2 && b.charAt(1) == '\u0644') c = "\u0627" + b.substring(1);
      else c = b.substring(1);
    }
    String d = c.length() >= MIN_STEM + 2 && c.startsWith("\u0627\u0644") ? c.substring(2) : c;
    String[] all = {a, b, c, d};
    int k = 0;
    for (int i = 0; i < all.length; i++) {
      boolean dup = false;
      for (int j = 0; j < k; j++) dup |= all[j].equals(all[i]);
      if (!dup) all[k++] = all[i];
    }
    return k == all.length ? all : java.util.Arrays.copyOf(all, k);
  }

  static boolean isConjunction(char c) {
    return c == '\u0648' || c == '\u0641';
  }

  static boolean isPreposition(char c) {
    return c == '\u0628' || c == '\u0644' || c == '\u0643';
  }

  static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
  }
}
