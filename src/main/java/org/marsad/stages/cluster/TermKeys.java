package org.marsad.stages.cluster;

import org.marsad.text.ar.SpellingKey;

/**
 * The key under which event grouping counts an analysed (stemmed) term: its {@link SpellingKey}, so that outlets'
 * spellings of one word meet (ترامب / ترمب, أميركي / أمريكي), less a last long vowel or yeh the stemmer left, which
 * is where the spellings of a relative adjective still differ after stemming (كيماو / كيميائ, both كم). Pure.
 */
final class TermKeys {
  /** A key keeps at least this many letters: shorter stems lose nothing. */
  static final int MIN_KEY = 2;

  private TermKeys() {}

  /** The key of a stemmed term, or the term itself when its key would be empty. */
  static String of(String stem) {
    String key = SpellingKey.of(stem);
    if (key.isBlank()) return stem;
    char last = key.charAt(key.length() - 1);
    if (key.length() > MIN_KEY && stem.length() > 4 && (last == 'ا' || last == 'و' || last == 'ي')) key = key.substring(0, key.length() - 1);
    return key;
  }
}
