package org.marsad.stages.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ar.SpellingKey;

/**
 * Person names of a whole corpus, clustered so that one person has one identity across articles. Names are
 * compared as {@link SpellingKey} word sequences of {@link EntityResolver#personName} (no honorifics, عبد الرحمن =
 * عبدالرحمن):
 * <ol>
 *   <li>the same key is the same person;
 *   <li>a full name whose words run, in order and from the same first word, inside a longer name is that person
 *       (nasab chains: فيصل بن فرحان ⊂ فيصل بن فرحان بن عبدالله) when the longer names it fits are one person;
 *   <li>a family-name mention (one word, or opening with بن/آل/دي …) is the person whose full name ends with it;
 * </ol>
 * Rules 2 and 3, when several persons fit, take the one mentioned in the same article, else stay alone. A lone
 * given name (محمد) and a father's name (عبدالله in … بن عبدالله) link to nobody. Lookups go through hash maps
 * on first word, last word and suffixes, so the work grows with the mentions, not with their pairs. Not
 * thread-safe; one instance per corpus.
 */
final class PersonClusters {
  private static final Set<String> PARTICLES = keys(ExtractLexicons.words("name-particles.txt"));
  private static final Set<String> FATHER_MARKERS = keys(ExtractLexicons.words("father-markers.txt"));
  private static final Set<String> GIVEN_NAMES = keys(ExtractLexicons.words("ner/gazetteer-given-names.txt"));

  private final List<String[]> words = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private int[] parent;
  /** Names that several persons fit (rule 2 or 3): their candidate names, settled per article. */
  private final Map<Integer, Set<Integer>> open = new HashMap<>();

  private static Set<String> keys(Set<String> normalised) {
    Set<String> out = new HashSet<>();
    for (String w : normalised) out.add(SpellingKey.of(w));
    return Set.copyOf(out);
  }

  /** Registers a mention of {@code name} (a {@link EntityResolver#personName}); returns its name id. */
  int add(String name) {
    String key = SpellingKey.of(name);
    Integer id = index.get(key);
    if (id == null) {
      id = words.size();
      index.put(key, id);
      words.add(key.split(" "));
    }
    return id;
  }

  /** A family-name form: one word, or opening with a particle (بن فرحان، آل ثاني، دي مايو). */
  private boolean familyForm(int id) {
    String[] w = words.get(id);
    return w.length == 1 || PARTICLES.contains(w[0]);
  }

  /** Links the names once all mentions are added (rules 1 and 2, and the unambiguous cases of rule 3). */
  void link() {
    int n = words.size();
    parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    Map<String, List<Integer>> byFirstAndWord = new HashMap<>();
    Map<String, List<Integer>> bySuffix = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (familyForm(i)) continue;
      String[] w = words.get(i);
      Set<String> seen = new HashSet<>();
      for (int k = 1; k < w.length; k++) {
        if (seen.add(w[k])) byFirstAndWord.computeIfAbsent(w[0] + ' ' + w[k], x -> new ArrayList<>()).add(i);
        // a single last word after بن is a father's name, not the family name
        if (k == w.length - 1 && FATHER_MARKERS.contains(w[k - 1])) continue;
        bySuffix.computeIfAbsent(String.join(" ", Arrays.copyOfRange(w, k, w.length)), x -> new ArrayList<>()).add(i);
      }
    }
    Integer[] longestFirst = new Integer[n];
    for (int i = 0; i < n; i++) longestFirst[i] = i;
    Arrays.sort(longestFirst, (a, b) -> Integer.compare(words.get(b).length, words.get(a).length));
    for (int i : longestFirst) {
      String[] w = words.get(i);
      if (familyForm(i) || w.length < 2) continue;
      List<Integer> fits = new ArrayList<>();
      for (int c : byFirstAndWord.getOrDefault(w[0] + ' ' + w[w.length - 1], List.of())) {
        if (words.get(c).length > w.length && isSubsequence(w, words.get(c))) fits.add(c);
      }
      settle(i, fits);
    }
    for (int i = 0; i < n; i++) {
      if (!familyForm(i)) continue;
      String[] w = words.get(i);
      if (w.length == 1 && GIVEN_NAMES.contains(w[0])) continue;
      settle(i, bySuffix.getOrDefault(String.join(" ", w), List.of()));
    }
  }

  private void settle(int id, List<Integer> fits) {
    Set<Integer> persons = new LinkedHashSet<>();
    for (int c : fits) persons.add(find(c));
    if (persons.size() == 1) parent[find(id)] = persons.iterator().next();
    else if (persons.size() > 1) open.put(id, Set.copyOf(fits));
  }

  /**
   * The person (a root name id) of a mention of name {@code id} in an article whose other person names are
   * {@code namesInArticle}: an open name takes the one fitting person named in the article, else stays alone.
   */
  int person(int id, Set<Integer> namesInArticle) {
    Set<Integer> fits = open.get(id);
    if (fits == null) return find(id);
    Set<Integer> here = new HashSet<>();
    // walk the smaller side: a common family name may fit thousands of names, an article holds a few
    if (fits.size() <= namesInArticle.size()) {
      for (int c : fits) if (namesInArticle.contains(c)) here.add(find(c));
    } else {
      for (int c : namesInArticle) if (fits.contains(c)) here.add(find(c));
    }
    return here.size() == 1 ? here.iterator().next() : find(id);
  }

  /** Number of words of a name, for choosing a cluster's longest form. */
  int length(int id) {
    return words.get(id).length;
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** True when {@code inner} starts like {@code outer} and its words occur in {@code outer} in order. */
  static boolean isSubsequence(String[] inner, String[] outer) {
    if (inner.length == 0 || !inner[0].equals(outer[0])) return false;
    int j = 1;
    for (int k = 1; k < inner.length; k++) {
      while (j < outer.length && !outer[j].equals(inner[k])) j++;
      if (j == outer.length) return false;
      j++;
    }
    return true;
  }
}
