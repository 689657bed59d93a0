package org.marsad.stages.extract.ner;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gazetteers and trigger words the tagger uses as features. Country names come from the JDK's CLDR data in Arabic,
 * city names also from ICU's time-zone exemplar cities and continents and world regions from ICU's region names;
 * cities, organisations, given names and triggers are resource files. Demonyms (فنلندي، السعودية، الكينيين) are
 * derived from the one-word country names. Every entry is normalised when loaded.
 */
final class Lexicons {
  static final int NONE = -1;
  /**
   * Gazetteer type of ICU's exemplar cities, apart from LOC: as plain LOC they cost 0.6 F1 on NewsFANE dev (some are
   * also common words or person names), with their own mark they are neutral there and widen coverage elsewhere.
   */
  static final int ICU_CITY = NerTags.TYPES.size();
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
  /** Country names without ال and their ending (فنلندا → فنلند, كينيا → كين): what a demonym adds ي to. */
  private final Set<String> demonymBases = new HashSet<>();
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
      String plain = PARENTHESISED.matcher(name).replaceAll("");
      lx.addPhrase(plain, LOC);
      lx.addDemonymBase(plain);
    }
    for (String s : Resources.lines("gazetteer-cities.txt")) lx.addPhrase(s, LOC);
    for (String s : Resources.lines("gazetteer-organisations.txt")) lx.addPhrase(s, ORG);
    for (String s : Resources.lines("gazetteer-given-names.txt")) lx.addPhrase(s, PER);
    // after the hand-typed lists, so their types win where both name a phrase
    lx.addIcuPlaces();
    for (String row : Resources.lines("triggers.tsv")) {
      String[] f = row.split("\t");
      int type = f.length == 2 ? NerTags.TYPES.indexOf(f[1].strip()) : NONE;
      if (type < 0) throw new IllegalStateException("bad trigger row: " + row);
      lx.triggers.putIfAbsent(ArabicForms.normalize(f[0].strip()), type);
    }
    return lx;
  }

  /** ICU's (CLDR) region codes of continents and world regions, named in Arabic by ICU; EU and UN are organisations. */
  private static final String[] REGIONS = {"002", "003", "005", "009", "011", "013", "014", "015", "017", "018", "019",
      "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151", "154",
      "155", "202", "419"};
  private static final String[] ORGANISATION_REGIONS = {"EU", "UN"};
  /** A one-word exemplar city this short is too often a common word (ترك، نوم، سول). */
  private static final int MIN_ONE_WORD_CITY = 4;

  private void addIcuPlaces() {
    ULocale arabic = new ULocale("ar");
    TimeZoneNames zones = TimeZoneNames.getInstance(arabic);
    for (String zone : com.ibm.icu.util.TimeZone.getAvailableIDs(com.ibm.icu.util.TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
        null, null)) {
      String city = zones.getExemplarLocationName(zone);
      if (city == null) continue;
      city = PARENTHESISED.matcher(city).replaceAll("");
      int comma = city.indexOf('\u060C'); // "بيولا، داكوتا الشمالية": the city is before the comma
      if (comma >= 0) city = city.substring(0, comma);
      city = city.strip();
      if (city.indexOf(' ') < 0 && ArabicForms.normalize(city).length() < MIN_ONE_WORD_CITY) continue;
      addPhrase(city, ICU_CITY);
    }
    for (String code : REGIONS) addPhrase(ULocale.getDisplayCountry("und_" + code, arabic), LOC);
    for (String code : ORGANISATION_REGIONS) addPhrase(ULocale.getDisplayCountry("und_" + code, arabic), ORG);
  }

  private void addDemonymBase(String country) {
    String w = ArabicForms.normalize(country.strip());
    if (w.indexOf(' ') >= 0) return;
    if (w.startsWith("\u0627\u0644") && w.length() > 4) w = w.substring(2);
    if (w.endsWith("\u064A\u0627") || w.endsWith("\u064A\u0629")) w = w.substring(0, w.length() - 2);
    else if (w.endsWith("\u0627") || w.endsWith("\u0629")) w = w.substring(0, w.length() - 1);
    if (w.length() >= 3) demonymBases.add(w);
  }

  /** Not a demonym; a singular (فنلندي); a feminine (فنلندية); a plural (الفنلنديون، فنلنديين، فنلنديات). */
  static final int NOT_DEMONYM = 0;
  static final int DEMONYM = 1;
  static final int DEMONYM_FEMININE = 2;
  static final int DEMONYM_PLURAL = 3;

  /** Is the word (given its lookup forms, the last one bare of clitics and ال) a demonym of a country? */
  int demonym(String[] lookupForms) {
    String w = lookupForms[lookupForms.length - 1];
    int n = w.length();
    int cut;
    int kind;
    if (w.endsWith("\u064A\u064A\u0646") || w.endsWith("\u064A\u0648\u0646") || w.endsWith("\u064A\u0627\u062A")) {
      cut = 3;
      kind = DEMONYM_PLURAL;
    } else if (w.endsWith("\u064A\u0629")) {
      cut = 2;
      kind = DEMONYM_FEMININE;
    } else if (w.endsWith("\u064A")) {
      cut = 1;
      kind = DEMONYM;
    } else {
      return NOT_DEMONYM;
    }
    return n - cut >= 3 && demonymBases.contains(w.substring(0, n - cut)) ? kind : NOT_DEMONYM;
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
   * @return per token 0 (none) or 1 + 2·type (phrase start) or 2 + 2·type (inside a phrase); type is an index into
   *     {@link NerTags#TYPES} or {@link #ICU_CITY}
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
