package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Span;

/**
 * Sources of one event that name different people to the same office: two articles (of different outlets) that give
 * the same country's foreign minister, say, two different names. Only offices one person holds at a time
 * ({@code single-holder-offices.txt}) and only roles with their country or body ("Qatar foreign minister", not a
 * bare "foreign minister") take part; a holder marked as former or late ({@code former-markers.txt}) is not a
 * rival claim. People are told apart by the spelling key of their last name (as {@link DateConflicts} does), so one
 * person spelled two ways is one holder.
 */
public final class RoleConflicts {
  private static final Set<String> OFFICES = lowerCase(StoryLexicons.words("single-holder-offices.txt"));
  private static final Set<String> FORMER = StoryLexicons.words("former-markers.txt");
  /** How far around a name a "former" marker is looked for, in characters. */
  private static final int FORMER_WINDOW = 40;

  private RoleConflicts() {}

  /** Conflicts among the articles of one event. */
  public static List<Event.Conflict> of(List<Article> articles) {
    // role → person key → holder
    Map<String, Map<String, Holder>> byRole = new TreeMap<>();
    for (Article a : articles) {
      if (a == null) continue;
      List<Span> sentences = null;
      for (Entity e : a.entities()) {
        if (e.type() != EntityType.PER || e.role() == null || e.span().end() > a.text().length()) continue;
        String role = e.role().strip();
        if (!singleHolderWithCountry(role) || former(a, e.span())) continue;
        String name = e.canonical() != null ? e.canonical() : e.text();
        String person = DateConflicts.lastNameKey(name);
        if (person.isEmpty()) continue;
        if (sentences == null) sentences = TrendMeasures.sentences(a);
        Holder h = byRole.computeIfAbsent(role, k -> new LinkedHashMap<>()).computeIfAbsent(person, k -> new Holder(name));
        if (h.outletOf.putIfAbsent(a.id(), QuantityConflicts.outlet(a)) == null && h.text == null) {
          h.text = sentenceOf(a, sentences, e.span());
        }
      }
    }
    List<Event.Conflict> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Holder>> r : byRole.entrySet()) {
      List<Holder> holders = dropSelfContradicting(mergeSamePerson(new ArrayList<>(r.getValue().values())));
      holders.removeIf(h -> !fullName(h.name));
      if (holders.size() < 2 || !twoOutletsDisagree(holders)) continue;
      List<Event.Claim> claims = new ArrayList<>();
      for (Holder h : holders) claims.add(new Event.Claim(h.name, h.outletOf.keySet().stream().sorted().toList(), h.text));
      out.add(new Event.Conflict("role: " + r.getKey(), claims));
    }
    return out;
  }

  /**
   * One person named in full by one source and in part by another ("تميم" and "تميم بن حمد آل ثاني") has two last
   * names: the holder whose name words all occur in another's name is that other.
   */
  private static List<Holder> mergeSamePerson(List<Holder> holders) {
    holders.sort((x, y) -> Integer.compare(nameWords(y.name).size(), nameWords(x.name).size()));
    // longest names first, so a partial name joins the full one
    List<Holder> out = new ArrayList<>();
    for (Holder h : holders) {
      Holder into = null;
      for (Holder o : out) if (namedIn(h.name, o.name) || sameTransliteration(h.name, o.name)) into = o;
      if (into == null) {
        out.add(h);
      } else {
        h.outletOf.forEach(into.outletOf::putIfAbsent);
      }
    }
    return out;
  }

  /**
   * A rival claim names someone in full: two words or more, not all of them definite (a tagger's "والزعيم الكوري
   * الشمالي" is a description, and a lone "بيتا" is too little to stand against a full name).
   */
  static boolean fullName(String name) {
    String[] words = StoryLexicons.normalize(name.replace('#', ' ')).split(" ");
    if (words.length < 2) return false;
    for (String w : words) if (!(w.startsWith("ال") || w.startsWith("وال"))) return true;
    return false;
  }

  /** Every word of {@code part} is a word of {@code whole}, up to spelling (بوتن/بوتين، غوتيريس/غوتيريش). */
  static boolean namedIn(String part, String whole) {
    // a name split or joined by a tagger or a typist (أر دوغان) is the same letters
    if (String.join("", nameWords(part)).equals(String.join("", nameWords(whole)))) return true;
    List<String> wholeWords = nameWords(whole);
    for (String p : nameWords(part)) {
      boolean found = false;
      for (String w : wholeWords) found |= sameNameWord(p, w);
      if (!found) return false;
    }
    return true;
  }

  /**
   * One East Asian name transliterated two ways, word by word: the same short first word, then words that are the
   * same up to spelling or short syllables with the same first letter ("مون جيه-إن", "مون جي-إن", "مون جاي-إن").
   */
  static boolean sameTransliteration(String x, String y) {
    List<String> a = nameWords(x), b = nameWords(y);
    // only names led by a short word (مون، كيم، شي): Arabic names differ by one letter too often (الزين، الدين)
    if (a.size() != b.size() || a.size() < 2 || !a.get(0).equals(b.get(0)) || a.get(0).length() > SYLLABLE_LETTERS) return false;
    for (int i = 1; i < a.size(); i++) {
      String p = a.get(i), q = b.get(i);
      boolean syllables = p.length() <= SYLLABLE_LETTERS && q.length() <= SYLLABLE_LETTERS && p.charAt(0) == q.charAt(0);
      if (!syllables && !sameNameWord(p, q)) return false;
    }
    return true;
  }

  /** A name word this short is a transliterated syllable (جي، جيه، إن), spelled every which way. */
  private static final int SYLLABLE_LETTERS = 3;

  private static List<String> nameWords(String name) {
    List<String> out = new ArrayList<>();
    for (String w : StoryLexicons.normalize(name.replace('#', ' ')).split(" ")) {
      if (!w.isEmpty()) out.add(org.marsad.text.ar.SpellingKey.of(w));
    }
    return out;
  }

  /** Spelling keys that are equal, equal without long vowels, or (four letters or more) one letter apart. */
  static boolean sameNameWord(String a, String b) {
    if (a.equals(b)) return true;
    if (withoutLongVowels(a).equals(withoutLongVowels(b))) return true;
    return Math.min(a.length(), b.length()) >= 4 && withinOneEdit(a, b);
  }

  private static String withoutLongVowels(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (i == 0 || (c != 'ا' && c != 'و' && c != 'ي')) sb.append(c);
    }
    return sb.toString();
  }

  private static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) return false;
    int i = 0, j = 0, edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) return false;
      if (a.length() > b.length()) i++;
      else if (b.length() > a.length()) j++;
      else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }

  /**
   * An article that gives one office to two people (a lawyer "of the president" read as the president) cannot be
   * trusted on that office: it is left out of it.
   */
  private static List<Holder> dropSelfContradicting(List<Holder> holders) {
    Map<String, Integer> holdersPerArticle = new java.util.HashMap<>();
    for (Holder h : holders) for (String id : h.outletOf.keySet()) holdersPerArticle.merge(id, 1, Integer::sum);
    List<Holder> out = new ArrayList<>();
    for (Holder h : holders) {
      h.outletOf.keySet().removeIf(id -> holdersPerArticle.get(id) > 1);
      if (!h.outletOf.isEmpty()) out.add(h);
    }
    return out;
  }

  /** Some outlet names one holder where another outlet names another. */
  private static boolean twoOutletsDisagree(List<Holder> holders) {
    for (int i = 0; i < holders.size(); i++) {
      for (int j = i + 1; j < holders.size(); j++) {
        Set<String> union = new LinkedHashSet<>(holders.get(i).outletOf.values());
        union.addAll(holders.get(j).outletOf.values());
        if (union.size() >= 2) return true;
      }
    }
    return false;
  }

  /** "Qatar foreign minister": a single-holder office with something before it naming whose office it is. */
  static boolean singleHolderWithCountry(String role) {
    String r = role.toLowerCase(Locale.ROOT);
    for (String office : OFFICES) {
      if (r.length() > office.length() + 1 && r.endsWith(office) && r.charAt(r.length() - office.length() - 1) == ' ') {
        String whose = r.substring(0, r.length() - office.length() - 1);
        // "vice president", "deputy prime minister" hold a different office than the one they end with
        return !whose.endsWith("vice") && !whose.endsWith("deputy") && !whose.endsWith("former");
      }
    }
    return false;
  }

  private static boolean former(Article a, Span name) {
    int from = Math.max(0, name.start() - FORMER_WINDOW), to = Math.min(a.text().length(), name.end() + FORMER_WINDOW);
    for (TrendMeasures.Word w : TrendMeasures.words(a.text(), new Span(from, to))) {
      if (FORMER.contains(w.form())) return true;
    }
    return false;
  }

  private static String sentenceOf(Article a, List<Span> sentences, Span span) {
    for (Span s : sentences) if (s.contains(span)) return s.of(a.text()).strip();
    return span.of(a.text());
  }

  private static Set<String> lowerCase(Set<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) out.add(w.toLowerCase(Locale.ROOT));
    return Set.copyOf(out);
  }

  private static final class Holder {
    final String name;
    /** The articles naming this holder, each with its outlet. */
    final Map<String, String> outletOf = new LinkedHashMap<>();
    String text;

    Holder(String name) {
      this.name = name;
    }
  }
}
