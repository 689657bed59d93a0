package org.marsad.text.ar;

/** Character classes of Arabic script shared by the normaliser, tokenizer and segmenter. */
public final class ArabicChars {
  private ArabicChars() {}

  public static final char TATWEEL = '\u0640';

  /** A letter of Arabic script, including presentation-form letters. */
  public static boolean isLetter(char c) {
    if (c < 0x0620) return false;
    if (c <= 0x06FF) {
      return (c >= 0x0620 && c <= 0x063F) || (c >= 0x0641 && c <= 0x064A) || (c >= 0x066E && c <= 0x066F)
          || (c >= 0x0671 && c <= 0x06D3) || c == 0x06D5 || (c >= 0x06EE && c <= 0x06EF) || (c >= 0x06FA && c <= 0x06FC)
          || c == 0x06FF;
    }
    return (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08C9) || (c >= 0xFB50 && c <= 0xFDFF && c != 0xFD3E && c != 0xFD3F)
        || (c >= 0xFE70 && c <= 0xFEFC);
  }

  /** A diacritic: tashkeel, tanween, shadda, sukun, superscript alef, Quranic annotation marks. */
  public static boolean isDiacritic(char c) {
    if (c < 0x0610) return false;
    return (c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06DC)
        || (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 || c == 0x06E8 || (c >= 0x06EA && c <= 0x06ED)
        || (c >= 0x08D3 && c <= 0x08FF && c != 0x08E2);
  }

  /** Zero-width, bidi control and soft-hyphen characters: invisible, carry no text. */
  public static boolean isInvisible(char c) {
    return c == 0x00AD || c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
  }

  /** Chars that may sit inside an Arabic word without breaking it: diacritics, tatweel, ZWJ/ZWNJ and other invisibles. */
  public static boolean isWordInternal(char c) {
    return c == TATWEEL || isDiacritic(c) || isInvisible(c);
  }

  /** An Arabic-Indic (U+0660–0669) or Persian (U+06F0–06F9) digit. */
  public static boolean isArabicDigit(char c) {
    return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
  }

  /** The value 0–9 of an ASCII, Arabic-Indic or Persian digit, else -1. */
  public static int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
    if (c >= 0x06F0 && c <= 0x06F9) return c - 0x06F0;
    return -1;
  }

  /** True when every char of {@code s} is an Arabic letter, diacritic, tatweel or invisible, and one is a letter. */
  public static boolean isArabicWord(CharSequence s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isLetter(c)) letter = true;
      else if (!isWordInternal(c)) return false;
    }
    return letter;
  }
}
