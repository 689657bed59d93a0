package org.marsad.stages.extract.ner;

/**
 * Splits a person that swallowed the organisation named just before it ({@code البنك المركزي} + a name tagged as
 * one person): when a person entity starts with an organisation head word (an ORG trigger such as بنك، وزارة،
 * جامعة) followed by at least one definite word, the head and its definite words (المركزي، الخارجية) become the
 * organisation and the person starts at the first word without the article. Applied to the tagger's output.
 */
final class OrgPersonSplit {
  private static final int ORG = NerTags.TYPES.indexOf("ORG");
  private static final int PER = NerTags.TYPES.indexOf("PER");

  private final Lexicons lexicons;

  OrgPersonSplit(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  /** Rewrites {@code tags} (indices into {@link NerTags#NAMES}) in place; {@code norm} are the normalised words. */
  void apply(String[] norm, int[] tags) {
    int bPer = 1 + 2 * PER;
    int iPer = 2 + 2 * PER;
    for (int a = 0; a < tags.length; a++) {
      if (tags[a] != bPer) continue;
      int end = a + 1;
      while (end < tags.length && tags[end] == iPer) end++;
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

  private static boolean isDefinite(String norm) {
    String w = ArabicForms.stripConjunction(norm);
    return w.length() > 3 && (w.startsWith("\u0627\u0644") || w.startsWith("\u0644\u0644"));
  }
}
