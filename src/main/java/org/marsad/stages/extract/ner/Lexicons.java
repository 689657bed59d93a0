package org.marsad.stages.extract.ner;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gazetteers and trigger words the tagger uses as features. Country names come from the JDK's CLDR data in Arabic;
 * cities, organisations, given names and triggers are resource files. Every entry is normalised when loaded.
 */
final class Lexicons {
  static final int NONE = -1;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PARENTHESISED = Pattern.compile("\\s*[(（][^)）]*[)）]");
  private static final int PER = NerTags.TYPES.indexOf("PER");
  private static final int ORG = NerTags.TYPES.indexOf("ORG");
  private static final int LOC = NerTags.TYPES.indexOf("LOC");

  /** A token trie node: phrases are sequences of normalised tokens. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    int type = NONE;
  }

  private final Node root = new Node();
  private final Map<String, Integer> triggers = new HashMap<>();
  private int phraseCount;

  private Lexicons() {}

  private static Lexicons instance;

  /** The shared lexicons (loaded once; immutable after loading). */
  static synchronized Lexicons get() {
    if (instance == null) instance = load();
    return instance;
  }

  private static Lexicons load() {
    Lexicons lx = new Lexicons();
    Locale arabic = Locale.forLanguageTag("ar");
    for (String cc : Locale.getISOCountries()) {
      String name = Locale.of("", cc).getDisplayCountry(arabic);
      if (name.isBlank() || name.equals(cc)) continue;
      lx.addPhrase(PARENTHESISED.matcher(name).replaceAll(""), LOC);
    }
    for (String s : Resources.lines("gazetteer-cities.txt")) lx.addPhrase(s, LOC);
    for (String s : Resources.lines("gazetteer-organisations.txt")) lx.addPhrase(s, ORG);
    for (String s : Resources.lines("gazetteer-given-names.txt")) lx.addPhrase(s, PER);
    for (String row : Resources.lines("triggers.tsv")) {
      String[] f = row.split("\t");
      int type = f.length == 2 ? NerTags.TYPES.indexOf(f[1].strip()) : NONE;
      if (type < 0) throw new IllegalStateException("bad trigger row: " + row);
      lx.triggers.putIfAbsent(ArabicForms.normalize(f[0].strip()), type);
    }
    return lx;
  }

  private void addPhrase(String phrase, int type) {
    String[] words = SPACES.split(phrase.strip());
    if (words.length == 0 || words[0].isEmpty()) return;
    Node n = root;
    for (String w : words) n = n.next.computeIfAbsent(ArabicForms.normalize(w), k -> new Node());
    if (n.type == NONE) {
      n.type = type;
      phraseCount++;
    }
  }

  int phraseCount() {
    return phraseCount;
  }

  int triggerCount() {
    return triggers.size();
  }

  /** Trigger type (index into {@link NerTags#TYPES}) of a word given its lookup forms, or {@link #NONE}. */
  int trigger(String[] lookupForms) {
    for (String f : lookupForms) {
      Integer t = triggers.get(f);
      if (t != null) return t;
    }
    return NONE;
  }

  /**
   * Marks gazetteer phrases, longest match first, left to right. The first word of a phrase may carry proclitics
   * (its lookup forms are tried); later words must match their normalised form.
   *
   * @return per token 0 (none) or 1 + 2·type (phrase start) or 2 + 2·type (inside a phrase)
   */
  int[] mark(String[][] lookupForms, String[] norm) {
    int n = norm.length;
    int[] codes = new int[n];
    int i = 0;
    while (i < n) {
      int bestEnd = -1;
      int bestType = NONE;
      for (String first : lookupForms[i]) {
        Node node = root.next.get(first);
        int j = i;
        while (node != null) {
          if (node.type != NONE && j + 1 > bestEnd) {
            bestEnd = j + 1;
            bestType = node.type;
          }
          if (++j >= n) break;
          node = node.next.get(norm[j]);
        }
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      codes[i] = 1 + 2 * bestType;
      for (int k = i + 1; k < bestEnd; k++) codes[k] = 2 + 2 * bestType;
      i = bestEnd;
    }
    return codes;
  }
}
