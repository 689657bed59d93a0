package org.marsad.ask;

import org.marsad.text.ar.Lexicons;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of ask (resources under {@code org/marsad/ask/}), each form analysed on load with the corpus's
 * analysis so that it matches whatever spelling a source uses.
 */
final class AskLexicon {
  static final List<String> RESOURCES = List.of("question-words.txt", "counted-nouns.tsv", "role-titles.txt", "place-cues.tsv");
  static final AskLexicon INSTANCE = new AskLexicon(TermAnalysis.INSTANCE);

  /** How a counted noun relates to a noun class: the very thing, or a noun that often counts it too. */
  enum Fit { SAME, RELATED }

  /** A class of counted nouns ("member"); {@code money} and {@code percent} are read by unit. */
  record NounClass(String name) {
    boolean money() { return name.equals("money"); }
    boolean percent() { return name.equals("percent"); }
  }

  private final Set<String> questionWords = new HashSet<>();
  private final Map<String, NounClass> classOfForm = new HashMap<>();
  private final Map<NounClass, Map<String, Fit>> formsOfClass = new HashMap<>();
  private final Set<String> roleTitles = new HashSet<>();
  private final Map<NounClass, Set<String>> saysClass = new java.util.LinkedHashMap<>();
  private final Map<NounClass, Set<String>> countsOther = new HashMap<>();
  private final Map<String, Boolean> placeCueIsIn = new HashMap<>();
  private final Set<String> placeKinds = new HashSet<>();
  private final Map<String, Integer> ordinalOfStem = new HashMap<>();

  private AskLexicon(TermAnalysis analysis) {
    for (String[] row : rows("question-words.txt")) questionWords.addAll(analysis.stems(row[0]));
    for (String[] row : rows("counted-nouns.tsv")) {
      NounClass c = new NounClass(row[0]);
      Map<String, Fit> forms = formsOfClass.computeIfAbsent(c, k -> new HashMap<>());
      for (String form : analysis.stems(row[1])) {
        forms.put(form, Fit.SAME);
        classOfForm.putIfAbsent(form, c); // the first class listing a form owns it
      }
      if (row.length > 2 && !row[2].equals("-")) for (String form : analysis.stems(row[2])) forms.putIfAbsent(form, Fit.RELATED);
      if (row.length > 3 && !row[3].equals("-")) saysClass.put(c, new HashSet<>(analysis.stems(row[3])));
      if (row.length > 4 && !row[4].equals("-")) countsOther.put(c, new HashSet<>(analysis.stems(row[4])));
    }
    for (String[] row : rows("role-titles.txt")) roleTitles.addAll(analysis.nameTerms(row[0]));
    // ordinals come from the text layer's number lexicon; "حادي" only opens compounds (الحادي عشر)
    for (String[] row : org.marsad.text.ar.Lexicons.rawRows("number-ordinals.tsv")) {
      if (row.length < 2 || row[0].startsWith("حادي")) continue;
      for (String t : analysis.stems(row[0])) ordinalOfStem.putIfAbsent(t, Integer.parseInt(row[1].strip()));
    }
    for (String[] row : rows("place-cues.tsv")) {
      for (String t : analysis.nameTerms(row[0])) {
        if (row[1].equals("kind")) placeKinds.add(t);
        else placeCueIsIn.put(t, row[1].equals("in"));
      }
    }
  }

  boolean isQuestionWord(String stem) {
    return questionWords.contains(stem);
  }

  /** The class a stemmed noun belongs to as "the very thing", or null. */
  NounClass classOf(String stem) {
    return classOfForm.get(stem);
  }

  /** How a stemmed form fits a class, or null when it does not. */
  Fit fit(NounClass c, String stem) {
    Map<String, Fit> forms = formsOfClass.get(c);
    return forms == null ? null : forms.get(stem);
  }

  /** Whether this stem in a sentence says its count is of the class (يضم for members). */
  boolean saysClass(NounClass c, String stem) {
    return saysClass.getOrDefault(c, Set.of()).contains(stem);
  }

  /** The class a verb or noun of the question says is counted (قتلوا: the dead), or null; the first listed wins. */
  NounClass classSaidBy(java.util.Collection<String> stems) {
    for (Map.Entry<NounClass, Set<String>> e : saysClass.entrySet()) {
      for (String t : stems) if (e.getValue().contains(t)) return e.getKey();
    }
    return null;
  }

  /** Whether this stem just before a number says it counts something else than the class (بحضور for members). */
  boolean countsOther(NounClass c, String stem) {
    return countsOther.getOrDefault(c, Set.of()).contains(stem);
  }

  boolean isRoleTitle(String nameTerm) {
    return roleTitles.contains(nameTerm);
  }

  /** TRUE: a place cue of where it happened; FALSE: of where from or to; null: no cue. */
  Boolean placeCue(String nameTerm) {
    return placeCueIsIn.get(nameTerm);
  }

  /** A word naming the sort of place (بلدة، مدينة): looked past when reading a place's cue. */
  boolean isPlaceKind(String nameTerm) {
    return placeKinds.contains(nameTerm);
  }

  /** The ordinals (1 for الأولى, 3 for الثالثة …) among these stemmed terms. */
  Set<Integer> ordinals(java.util.Collection<String> stems) {
    Set<Integer> out = new HashSet<>();
    for (String t : stems) {
      Integer o = ordinalOfStem.get(t);
      if (o != null) out.add(o);
    }
    return out;
  }

  private static List<String[]> rows(String resource) {
    return Lexicons.rawRows(AskLexicon.class, resource);
  }
}
