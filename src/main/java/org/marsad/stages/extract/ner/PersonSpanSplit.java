package org.marsad.stages.extract.ner;

/**
 * Splits a person that swallowed the place or organisation named just before it. A person entity that starts with a
 * known country or city (gazetteer) followed by more words ({@code وزير خارجية هولندا} + a name) becomes that place
 * and the person after it. And a person that swallowed an organisation ({@code البنك المركزي} + a name tagged as
 * one person): when a person entity starts with an organisation head word (an ORG trigger such as بنك، وزارة،
 * جامعة) followed by at least one definite word, the head and its definite words (المركزي، الخارجية) become the
 * organisation and the person starts at the first word without the article. The same swallowing the other way
 * ({@code البنك المركزي} + a name tagged as one organisation): an organisation entity that starts with a head word
 * followed by definite words, then a known given name (gazetteer), is split at the name
 * into the organisation and the person, unless a title (الملك، الأمير) stands just before the name, as in a
 * university named after a king. Applied to the tagger's output.
 */
final class PersonSpanSplit {
  private static final int ORG = NerTags.TYPES.indexOf("ORG");
  private static final int PER = NerTags.TYPES.indexOf("PER");
  private static final int LOC = NerTags.TYPES.indexOf("LOC");

  private final Lexicons lexicons;

  PersonSpanSplit(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  /** Rewrites {@code tags} (indices into {@link NerTags#NAMES}) in place; {@code norm} are the normalised words. */
  void apply(String[] norm, int[] tags) {
    apply(norm, null, tags);
  }

  /** {@link #apply(String[], int[])} given the words' gazetteer marks ({@link Lexicons#mark}); null computes them. */
  void apply(String[] norm, int[] gazetteerMarks, int[] tags) {
    int bPer = 1 + 2 * PER;
    int iPer = 2 + 2 * PER;
    int[] gazetteer = gazetteerMarks;
    for (int a = 0; a < tags.length; a++) {
      if (tags[a] == 1 + 2 * ORG) {
        if (gazetteer == null) gazetteer = gazetteer(norm);
        a = splitOrganisation(norm, gazetteer, tags, a);
        continue;
      }
      if (tags[a] != bPer) continue;
      int end = a + 1;
      while (end < tags.length && tags[end] == iPer) end++;
      if (end - a < 2) continue;
      if (gazetteer == null) gazetteer = gazetteer(norm);
      if (gazetteer[a] == 1 + 2 * LOC) {
        int place = a + 1;
        while (place < end && gazetteer[place] == 2 + 2 * LOC) place++;
        if (place < end) {
          tags[a] = 1 + 2 * LOC;
          for (int k = a + 1; k < place; k++) tags[k] = 2 + 2 * LOC;
          tags[place] = bPer;
          a = end - 1;
          continue;
        }
      }
      if (end - a < 3 || lexicons.trigger(ArabicForms.lookupForms(norm[a])) != ORG) continue;
      int name = a + 1;
      while (name < end && isDefinite(norm[name])) name++;
      if (name == a + 1 || name == end) continue;
      tags[a] = 1 + 2 * ORG;
      for (int k = a + 1; k < name; k++) tags[k] = 2 + 2 * ORG;
      tags[name] = bPer;
      a = end - 1;
    }
  }

  /** Splits the organisation starting at {@code a} if a person follows its definite words; returns its last index. */
  private int splitOrganisation(String[] norm, int[] gazetteer, int[] tags, int a) {
    int end = a + 1;
    while (end < tags.length && tags[end] == 2 + 2 * ORG) end++;
    if (end - a < 3 || lexicons.trigger(ArabicForms.lookupForms(norm[a])) != ORG) return end - 1;
    int name = a + 1;
    while (name < end && isDefinite(norm[name])) name++;
    if (name == a + 1 || name == end || gazetteer[name] != 1 + 2 * PER) return end - 1;
    if (lexicons.trigger(ArabicForms.lookupForms(norm[name - 1])) == PER) return end - 1;
    tags[name] = 1 + 2 * PER;
    for (int k = name + 1; k < end; k++) tags[k] = 2 + 2 * PER;
    return end - 1;
  }

  private int[] gazetteer(String[] norm) {
    String[][] forms = new String[norm.length][];
    for (int i = 0; i < norm.length; i++) forms[i] = ArabicForms.lookupForms(norm[i]);
    return lexicons.mark(forms, norm);
  }

  private static boolean isDefinite(String norm) {
    String w = ArabicForms.stripConjunction(norm);
    return w.length() > 3 && (w.startsWith("\u0627\u0644") || w.startsWith("\u0644\u0644"));
  }
}
