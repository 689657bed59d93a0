package org.marsad.text.ar;

/** What a {@link Token} is. */
public enum TokenType {
  /** A word in Arabic script (may carry diacritics, tatweel, joiners). */
  ARABIC,
  /** A word in another script (Latin, Cyrillic …), letters only. */
  LATIN,
  /** Digits with optional separators: 1,500 · 3.5 · ٤٣٦٬٥. */
  NUMBER,
  HASHTAG,
  URL,
  EMAIL,
  MENTION,
  /** One punctuation or symbol char (or surrogate pair). */
  PUNCT,
  /** Letters and digits together: بـ436, الـ 82, F16, 3D. */
  MIXED
}
