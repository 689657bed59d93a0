package org.marsad.stages.extract.ner;

import java.util.HashSet;
import java.util.Set;

/**
 * Drops a person entity that runs over a word no name holds: a particle, a preposition standing alone, a pronoun or
 * a preposition with its pronoun ({@code person-function-words.txt}). A linear tagger sometimes tags a whole
 * clause as a person ("لعدم إبلاغهما بها"). Such a word at an edge of the span comes off ("عليه زوكربيرغ"); inside
 * it, the span is rarely a name with a stray word, so it goes whole. A span with "أو" or a lone "و" inside is two
 * persons joined, and is split there.
 * Applied to the tagger's output after {@link PersonSpanSplit}.
 */
final class PersonFunctionWords {
  static final String RESOURCE = "person-function-words.txt";
  private static final int B_PER = 1 + 2 * NerTags.TYPES.indexOf("PER");
  private static final int I_PER = 2 + 2 * NerTags.TYPES.indexOf("PER");

  /** "بيل غيتس أو ستيف جوبس": two persons joined, not a clause. */
  private static final Set<String> JOINERS = Set.of(ArabicForms.normalize("أو"), ArabicForms.normalize("و"));

  private final Set<String> words;

  PersonFunctionWords() {
    Set<String> s = new HashSet<>();
    for (String line : Resources.lines(RESOURCE)) s.add(ArabicForms.normalize(line));
    this.words = Set.copyOf(s);
  }

  private boolean isFunctionWord(String normalised) {
    return normalised != null && words.contains(normalised);
  }

  /** Rewrites {@code tags} in place; {@code norm} are the words normalised as {@link ArabicForms#normalize} does. */
  void apply(String[] norm, int[] tags) {
    for (int a = 0; a < tags.length; a++) {
      if (tags[a] != B_PER) continue;
      int end = a + 1;
      while (end < tags.length && tags[end] == I_PER) end++;
      int spanEnd = end;
      // at an edge the word is a neighbour the tagger ran into ("عليه زوكربيرغ", "محمد فؤاد فيها"): it comes off
      int from = a, to = end;
      while (from < to && isFunctionWord(norm[from])) tags[from++] = 0;
      while (to > from && isFunctionWord(norm[to - 1])) tags[--to] = 0;
      if (from < to) tags[from] = B_PER;
      boolean inside = false;
      for (int k = from; k < to && !inside; k++) inside = isFunctionWord(norm[k]);
      if (inside) {
        for (int k = from; k < to; k++) tags[k] = 0;
      } else {
        a = from;
        end = to;
        // a joiner inside splits the span: the words after it are a person of their own
        for (int k = a + 1; k < end - 1; k++) {
          if (norm[k] != null && JOINERS.contains(norm[k])) {
            tags[k] = 0;
            tags[k + 1] = B_PER;
          }
        }
      }
      a = spanEnd - 1;
    }
  }
}
