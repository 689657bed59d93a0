package org.marsad.text.ar;

/** The individually switchable rules of {@link Normalizer}. Each is one line of its Javadoc and one test. */
public enum NormalizationRule {
  /** Tashkeel, tanween, shadda, sukun, superscript alef (U+0670) and Quranic annotation marks are removed. */
  DIACRITICS,
  /** Tatweel (kashida, U+0640) is removed. */
  TATWEEL,
  /** Hamza and madda alef variants إ أ آ ٱ become bare alef ا. */
  ALEF_VARIANTS,
  /** Alef maqsura ى at the end of a word becomes yeh ي (Egyptian orthography writes القطرى for القطري). */
  FINAL_YEH,
  /** Teh marbuta ة becomes heh ه; for matching only, off by default. */
  TEH_MARBUTA,
  /** Arabic-Indic and Persian digits become ASCII; Arabic decimal and thousands separators become . and ,. */
  DIGITS,
  /** Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) become base letters (NFKC); lam-alef expands to two. */
  PRESENTATION_FORMS,
  /** Zero-width and bidi control characters (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF, U+061C, U+00AD) are removed. */
  INVISIBLES,
  /** Arabic punctuation ، ؛ ؟ « » ٪ becomes , ; ? " " %. */
  PUNCTUATION
}
