package org.marsad.text.ar;

import java.util.Arrays;

/**
 * Normalises Arabic text for matching with named, individually switchable {@link NormalizationRule}s:
 * <ul>
 *   <li>{@code DIACRITICS}: remove tashkeel, tanween, superscript alef, Quranic marks;
 *   <li>{@code TATWEEL}: remove tatweel;
 *   <li>{@code ALEF_VARIANTS}: إ أ آ ٱ → ا;
 *   <li>{@code FINAL_YEH}: ى → ي at the end of a word only;
 *   <li>{@code TEH_MARBUTA}: ة → ه (matching only, off by default);
 *   <li>{@code DIGITS}: Arabic-Indic and Persian digits → ASCII, ٫ → . and ٬ → ,;
 *   <li>{@code PRESENTATION_FORMS}: U+FB50–U+FDFF, U+FE70–U+FEFC → base letters by NFKC (lam-alef → two chars;
 *       multi-word ligatures such as ﷺ stay as they are);
 *   <li>{@code INVISIBLES}: remove zero-width and bidi controls;
 *   <li>{@code PUNCTUATION}: ، ؛ ؟ « » ٪ → , ; ? " " %.
 * </ul>
 * Pure and thread-safe; the {@link Output} buffers are the caller's. Offsets of the result map back to the
 * original through an {@link OffsetMap}. Display always shows the original.
 */
public final class Normalizer {
  private static final int PF_FIRST = 0xFB50, PF_LAST = 0xFEFC;
  /** NFKC expansions of the Arabic presentation forms, computed once; null where NFKC gives nothing Arabic. */
  private static final char[][] PRESENTATION = buildPresentationTable();

  private static final Normalizer STANDARD = new Normalizer(NormalizerConfig.DEFAULT);

  private final boolean diacritics, tatweel, alef, finalYeh, tehMarbuta, digits, presentation, invisibles, punctuation;
  private final NormalizerConfig config;

  public Normalizer(NormalizerConfig config) {
    this.config = config;
    diacritics = config.has(NormalizationRule.DIACRITICS);
    tatweel = config.has(NormalizationRule.TATWEEL);
    alef = config.has(NormalizationRule.ALEF_VARIANTS);
    finalYeh = config.has(NormalizationRule.FINAL_YEH);
    tehMarbuta = config.has(NormalizationRule.TEH_MARBUTA);
    digits = config.has(NormalizationRule.DIGITS);
    presentation = config.has(NormalizationRule.PRESENTATION_FORMS);
    invisibles = config.has(NormalizationRule.INVISIBLES);
    punctuation = config.has(NormalizationRule.PUNCTUATION);
  }

  /** The default rules (all but teh marbuta). */
  public static Normalizer standard() {
    return STANDARD;
  }

  public NormalizerConfig config() {
    return config;
  }

  /** A reusable output buffer: normalised chars and, if tracking, the original index of each. Not thread-safe. */
  public static final class Output {
    char[] chars = new char[32];
    int[] origins = new int[32];
    int length;
    final boolean trackOrigins;

    public Output(boolean trackOrigins) {
      this.trackOrigins = trackOrigins;
    }

    public char[] chars() {
      return chars;
    }

    public int length() {
      return length;
    }

    /** Original index (relative to the {@code off} passed to normalize) of normalised char j. */
    public int origin(int j) {
      return origins[j];
    }

    public String asString() {
      return new String(chars, 0, length);
    }

    void add(char c, int origin) {
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, length * 2);
        if (trackOrigins) origins = Arrays.copyOf(origins, length * 2);
      }
      chars[length] = c;
      if (trackOrigins) origins[length] = origin;
      length++;
    }
  }

  /** Normalises {@code src[off, off+len)} into {@code out} (cleared first); origins are relative to {@code off}. */
  public void normalize(char[] src, int off, int len, Output out) {
    out.length = 0;
    int end = off + len;
    for (int i = off; i < end; i++) {
      char c = src[i];
      if (presentation && c >= PF_FIRST && c <= PF_LAST) {
        char[] exp = PRESENTATION[c - PF_FIRST];
        if (exp != null) {
          for (int k = 0; k < exp.length; k++) {
            char e = exp[k];
            boolean wordEnd = k + 1 < exp.length ? !ArabicChars.isLetter(exp[k + 1]) : isWordEnd(src, i + 1, end);
            apply(e, i - off, wordEnd, out);
          }
          continue;
        }
      }
      apply(c, i - off, c == '\u0649' && isWordEnd(src, i + 1, end), out);
    }
  }

  private void apply(char c, int origin, boolean wordEnd, Output out) {
    if (c < 0x00AB) {
      out.add(c, origin);
      return;
    }
    if (diacritics && ArabicChars.isDiacritic(c)) return;
    if (tatweel && c == ArabicChars.TATWEEL) return;
    if (invisibles && ArabicChars.isInvisible(c)) return;
    switch (c) {
      case '\u0622', '\u0623', '\u0625', '\u0671' -> out.add(alef ? '\u0627' : c, origin);
      case '\u0649' -> out.add(finalYeh && wordEnd ? '\u064A' : c, origin);
      case '\u0629' -> out.add(tehMarbuta ? '\u0647' : c, origin);
      case '\u066B' -> out.add(digits ? '.' : c, origin);
      case '\u066C' -> out.add(digits ? ',' : c, origin);
      case '\u060C' -> out.add(punctuation ? ',' : c, origin);
      case '\u061B' -> out.add(punctuation ? ';' : c, origin);
      case '\u061F' -> out.add(punctuation ? '?' : c, origin);
      case '\u00AB', '\u00BB' -> out.add(punctuation ? '"' : c, origin);
      case '\u066A' -> out.add(punctuation ? '%' : c, origin);
      default -> {
        if (digits && ArabicChars.isArabicDigit(c)) out.add((char) ('0' + ArabicChars.digitValue(c)), origin);
        else out.add(c, origin);
      }
    }
  }

  /** True when no Arabic letter follows position i once removable marks are skipped. */
  private boolean isWordEnd(char[] src, int i, int end) {
    while (i < end) {
      char c = src[i];
      if ((diacritics && ArabicChars.isDiacritic(c)) || (tatweel && c == ArabicChars.TATWEEL) || (invisibles && ArabicChars.isInvisible(c))) {
        i++;
        continue;
      }
      return !ArabicChars.isLetter(c);
    }
    return true;
  }

  /** Normalises a string and keeps the map back to it. Unchanged input comes back as itself with an identity map. */
  public NormalizedText normalize(String text) {
    if (!needsWork(text)) return new NormalizedText(text, text, OffsetMap.identity());
    char[] src = text.toCharArray();
    Output out = new Output(true);
    normalize(src, 0, src.length, out);
    return new NormalizedText(text, out.asString(), OffsetMap.fromOrigins(out.origins, out.length, src.length));
  }

  /** Normalises a string without keeping offsets. */
  public String normalizeToString(CharSequence text) {
    String s = text.toString();
    if (!needsWork(s)) return s;
    char[] src = s.toCharArray();
    Output out = new Output(false);
    normalize(src, 0, src.length, out);
    return out.asString();
  }

  /** False when no rule can change {@code buf[off, off+len)}: plain Arabic letters, ASCII, spaces. */
  public static boolean needsWork(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c < 0x00AB) continue;
      if (c < 0x0621 || c > 0x064A) return true;
      if (c == 0x0622 || c == 0x0623 || c == 0x0625 || c == 0x0629 || c == 0x0640 || c == 0x0649) return true;
    }
    return false;
  }

  private static boolean needsWork(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x00AB) continue;
      if (c < 0x0621 || c > 0x064A) return true;
      if (c == 0x0622 || c == 0x0623 || c == 0x0625 || c == 0x0629 || c == 0x0640 || c == 0x0649) return true;
    }
    return false;
  }

  private static char[][] buildPresentationTable() {
    char[][] table = new char[PF_LAST - PF_FIRST + 1][];
    for (int c = PF_FIRST; c <= PF_LAST; c++) {
      if (c >= 0xFE00 && c < 0xFE70) continue; // variation selectors, CJK and small forms: not Arabic
      String nfkc = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFKC);
      if (nfkc.length() == 1 && nfkc.charAt(0) == c) continue;
      boolean arabic = false;
      for (int k = 0; k < nfkc.length(); k++) {
        char e = nfkc.charAt(k);
        if (e >= 0x0600 && e <= 0x06FF) arabic = true;
      }
      if (!arabic) continue;
      // multi-word ligatures (ﷺ, ﷻ) stay one symbol: expanding them would put several words on one original char
      if (nfkc.strip().indexOf(' ') >= 0) continue;
      // isolated harakat forms (U+FE70…) decompose to space + mark; the space is not text
      String stripped = nfkc.stripLeading();
      table[c - PF_FIRST] = stripped.toCharArray();
    }
    return table;
  }
}
