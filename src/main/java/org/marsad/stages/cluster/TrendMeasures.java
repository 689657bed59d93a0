package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.Quantity;
import org.marsad.model.Span;
import org.marsad.text.ar.Normalizer;
import org.marsad.text.ar.Sentences;

/**
 * What a count measures, so that two counts are compared (as a conflict within an event, or as a trend across a
 * story's events) only when they measure the same thing. A measure is keyed by
 * <ul>
 *   <li>what is counted: the counted noun by its class ({@code measure-nouns.tsv}: أشخاص = شخص);
 *   <li>whose it is: the organisation it belongs to, when the count's noun is generic (عضو، دولة);
 *   <li>what happened to it: the predicate of the clause before the count ({@code measure-predicates.tsv}: killed
 *       vs injured are two measures of one noun).
 * </ul>
 * Members are one measure whatever the noun: عضو, دولة, بلد counted in a clause that says an organisation that has
 * members ({@code standing-organisations.txt}) comprises them, or that they take part in its meeting, are "أعضاء
 * (التحالف)". A clause that says so explicitly (يضم، انضمت، عضويته) outranks one about taking part (a plenary's
 * participants are usually its members, but not always), and a part (40 دولة من أعضائه، 207 من أصل 211) is never
 * the whole.
 */
final class TrendMeasures {
  private TrendMeasures() {}

  static final String MEMBERS = "أعضاء";
  private static final String MEMBERSHIP = "membership";
  private static final String PARTICIPATION = "participation";
  private static final String AT_LEAST = "at-least";
  private static final Map<String, String> NOUNS = StoryLexicons.map("measure-nouns.tsv");
  private static final Map<String, String> IMPLIED_PREDICATES = impliedPredicates();
  private static final Phrases PREDICATES = Phrases.of(StoryLexicons.map("measure-predicates.tsv"));
  private static final Phrases APPROXIMATIONS = Phrases.of(StoryLexicons.map("measure-approximations.tsv"));
  private static final Set<String> PARTS = StoryLexicons.words("measure-parts.txt");
  private static final Phrases RUNNING = Phrases.of(asMap(StoryLexicons.words("measure-running-cues.txt")));
  private static final Set<String> STANDING = StoryLexicons.words("standing-organisations.txt");
  private static final Set<String> MEMBER_NOUNS = Set.of(StoryLexicons.normalize("عضو"), StoryLexicons.normalize("دولة"));
  private static final String FROM = StoryLexicons.normalize("من");
  private static final Normalizer NORMALIZER = Normalizer.standard();
  /** Words after the count still read for its predicate (قتل 3 أشخاص وأصيب …: the predicate is before). */
  private static final int WORDS_AFTER = 3;
  /** Words before the count read for a bound or an estimate (أكثر من، نحو، على الأقل). */
  private static final int APPROX_WINDOW = 3;

  private static Map<String, String> asMap(Set<String> words) {
    Map<String, String> m = new java.util.HashMap<>();
    for (String w : words) m.put(w, w);
    return Map.copyOf(m);
  }

  private static Map<String, String> impliedPredicates() {
    Map<String, String> m = new java.util.HashMap<>();
    for (String[] r : StoryLexicons.rows("measure-nouns.tsv")) if (r.length > 2) m.putIfAbsent(r[0], r[2]);
    return Map.copyOf(m);
  }

  /** What a count measures; {@code whom} and {@code predicate} are empty when unknown. */
  record Measure(String counted, String whom, String predicate) {
    /** How the measure is shown: "أعضاء (التحالف)", "شخص · killed". */
    String label() {
      StringBuilder sb = new StringBuilder(counted);
      if (!whom.isEmpty()) sb.append(" (").append(whom).append(')');
      if (!predicate.isEmpty()) sb.append(" · ").append(predicate);
      return sb.toString();
    }

    /** Specific enough to follow over time: it says whose it is or what happened, not just a noun. */
    boolean specific() {
      return !whom.isEmpty() || !predicate.isEmpty();
    }
  }

  /** How a value is stated: exactly, as a lower bound, an upper bound, or an estimate. */
  enum Bound { EXACT, AT_LEAST, AT_MOST, ABOUT }

  /**
   * One article's claim about one measure.
   *
   * @param strength 2 for an explicit membership clause, else 1: a stronger claim of an article wins
   * @param running the clause says the count is a running total ({@code measure-running-cues.txt}: ارتفع، حصيلة، منذ)
   * @param text the count as the article writes it
   */
  record Claim(Measure measure, double value, Bound bound, int strength, boolean running, String articleId, String text,
      Span span) {
    /** Could both claims be true at once: equal, or one's bound or estimate fits the other's value. */
    boolean compatibleWith(Claim o) {
      return value == o.value || fits(this, o.value) || fits(o, value);
    }

    private static boolean fits(Claim c, double v) {
      return switch (c.bound) {
        case AT_LEAST -> v >= c.value;
        case AT_MOST -> v <= c.value;
        case ABOUT -> Math.abs(v - c.value) <= 0.1 * c.value;
        case EXACT -> false;
      };
    }
  }

  /**
   * The article's claims, one per measure: the strongest, the first among equals (a later count of the same measure
   * in one article is usually a sub-count, not a second claim). Only counts whose counted noun is known take part.
   */
  static List<Claim> claims(Article a) {
    List<Quantity> counted = new ArrayList<>();
    for (Quantity q : a.quantities()) {
      // a span past the text (a bad record) is skipped, never read
      if (q.of() != null && !q.of().isBlank() && !Double.isNaN(q.value()) && q.value() > 0 && q.span().end() <= a.text().length()) {
        counted.add(q);
      }
    }
    if (counted.isEmpty()) return List.of();
    counted.sort((x, y) -> x.span().compareTo(y.span()));
    List<Span> sentences = sentences(a);
    Map<Measure, Claim> best = new LinkedHashMap<>();
    int s = 0;
    Span sentence = null;
    List<Word> words = List.of();
    int previousEnd = -1;
    for (Quantity q : counted) {
      while (s < sentences.size() && sentences.get(s).end() <= q.span().start()) s++;
      Span here = s < sentences.size() && sentences.get(s).start() <= q.span().start() ? sentences.get(s) : null;
      if (here == null) here = new Span(q.span().start(), Math.min(a.text().length(), q.span().end()));
      if (!here.equals(sentence)) {
        sentence = here;
        words = words(a.text(), here);
        previousEnd = here.start();
      }
      Claim c = claim(a, q, words, previousEnd);
      previousEnd = q.span().end();
      if (c == null) continue;
      Claim old = best.get(c.measure());
      if (old == null || c.strength() > old.strength()) best.put(c.measure(), c);
    }
    return List.copyOf(best.values());
  }

  /** The article's sentences: of its body, or of its whole text when it was not cleaned (no body yet). */
  static List<Span> sentences(Article a) {
    return Sentences.split(a.text(), a.body().isEmpty() ? List.of(new Span(0, a.text().length())) : a.body());
  }

  /** The claim a count makes, read in its sentence; {@code clauseStart} is where its clause begins. */
  static Claim claim(Article a, Quantity q, List<Word> sentence, int clauseStart) {
    String of = q.of();
    int paren = of.indexOf(" (");
    String noun = paren < 0 ? of : of.substring(0, paren);
    String orgOfNoun = paren < 0 ? "" : of.substring(paren + 2, of.length() - (of.endsWith(")") ? 1 : 0));
    String head = StoryLexicons.normalize(noun.indexOf(' ') > 0 ? noun.substring(0, noun.indexOf(' ')) : noun);
    String bare = stripArticle(head);
    String counted = NOUNS.getOrDefault(bare, NOUNS.getOrDefault(head, bare));
    String implied = IMPLIED_PREDICATES.getOrDefault(bare, IMPLIED_PREDICATES.getOrDefault(head, ""));

    int first = 0;
    while (first < sentence.size() && sentence.get(first).end <= q.span().start()) first++;
    int after = first;
    while (after < sentence.size() && sentence.get(after).start < q.span().end()) after++;
    // "ثلاثة رجال أمن", "أربعة عناصر الأمن": the word right after the counted noun may say whom it counts
    if (after < sentence.size() && noun.indexOf(' ') < 0) {
      String pair = NOUNS.get(bare + " " + stripArticle(sentence.get(after).form));
      if (pair != null) counted = pair;
    }
    String predicate = "";
    // the count's own words first (لأعضاء التحالف الـ 82، 3 قتلى), then back to where its clause starts
    for (int k = after - 1; k >= 0 && sentence.get(k).start >= clauseStart && predicate.isEmpty(); k--) {
      predicate = lookup(PREDICATES, sentence, k);
    }
    for (int k = after; k < Math.min(sentence.size(), after + WORDS_AFTER) && predicate.isEmpty(); k++) {
      predicate = lookup(PREDICATES, sentence, k);
    }
    Bound bound = Bound.EXACT;
    for (int k = first - 1; k >= Math.max(0, first - APPROX_WINDOW) && bound == Bound.EXACT; k--) {
      String b = lookup(APPROXIMATIONS, sentence, k);
      if (!b.isEmpty()) bound = bound(b);
    }
    // "180 شخصا على الأقل": a lower bound may follow the count
    for (int k = after; k < Math.min(sentence.size(), after + WORDS_AFTER) && bound == Bound.EXACT; k++) {
      if (lookup(APPROXIMATIONS, sentence, k).equals(AT_LEAST)) bound = Bound.AT_LEAST;
    }
    // "من أعضائه" right after the count, or after one adjective (40 دولة رئيسية من أعضائه)
    boolean part = partFrom(sentence, after) || partFrom(sentence, after + 1);

    if (MEMBER_NOUNS.contains(counted) && (predicate.equals(MEMBERSHIP) || predicate.equals(PARTICIPATION))) {
      String org = standingOrganisation(sentence, first, orgOfNoun);
      if (org != null) {
        if (part) return null;
        int strength = predicate.equals(MEMBERSHIP) ? 2 : 1;
        return new Claim(new Measure(MEMBERS, org, ""), q.value(), bound, strength, true, a.id(), q.text(), q.span());
      }
    }
    if (part) return null;
    if (!implied.isEmpty()) predicate = implied;
    String whom = orgOfNoun.isEmpty() ? "" : StoryLexicons.normalize(orgOfNoun);
    String unit = q.unit() == null ? "" : " [" + q.unit() + "]";
    boolean running = false;
    for (int k = after - 1; k >= 0 && sentence.get(k).start >= clauseStart && !running; k--) {
      running = !lookup(RUNNING, sentence, k).isEmpty();
    }
    return new Claim(new Measure(counted + unit, whom, predicate), q.value(), bound, 1, running, a.id(), q.text(), q.span());
  }

  private static boolean partFrom(List<Word> sentence, int k) {
    return k + 1 < sentence.size() && sentence.get(k).form.equals(FROM) && PARTS.contains(sentence.get(k + 1).form);
  }

  private static Bound bound(String name) {
    return Bound.valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }

  /** The nearest organisation with members: the one QuantityStage read, else before the count, else after it. */
  private static String standingOrganisation(List<Word> sentence, int first, String orgOfNoun) {
    String given = StoryLexicons.normalize(orgOfNoun);
    if (STANDING.contains(given)) return given;
    for (int k = first - 1; k >= 0; k--) {
      String org = standing(sentence.get(k).form);
      if (org != null) return org;
    }
    for (int k = first; k < sentence.size(); k++) {
      String org = standing(sentence.get(k).form);
      if (org != null) return org;
    }
    return null;
  }

  private static String standing(String form) {
    for (String f : forms(form)) if (STANDING.contains(f)) return f;
    return null;
  }

  /**
   * A lexicon of phrases and the phrase lengths it holds (bit n set: some entry has n words), so that a lookup
   * builds only keys of a length that can be there (most entries are one word).
   */
  private record Phrases(Map<String, String> entries, int lengths) {
    static Phrases of(Map<String, String> entries) {
      int lengths = 0;
      for (String key : entries.keySet()) {
        int words = 1;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') words++;
        if (words < Integer.SIZE) lengths |= 1 << words;
      }
      return new Phrases(entries, lengths);
    }

    boolean has(int words) {
      return (lengths & (1 << words)) != 0;
    }
  }

  /** The value of the longest lexicon entry (up to three words) that ends at word {@code k}; "" when none. */
  private static String lookup(Phrases lexicon, List<Word> words, int k) {
    for (int n = Math.min(3, k + 1); n >= 1; n--) {
      // the key is words joined by single spaces: an entry of another length cannot be it
      if (!lexicon.has(n)) continue;
      int from = k - n + 1;
      StringBuilder rest = new StringBuilder();
      for (int i = from + 1; i <= k; i++) rest.append(' ').append(words.get(i).form);
      for (String f : forms(words.get(from).form)) {
        String v = lexicon.entries().get(rest.isEmpty() ? f : f + rest);
        if (v != null) return v;
      }
    }
    return "";
  }

  /** A word as written, without a glued conjunction (و، ف), and without a glued preposition after it (ب، ل، ك). */
  static List<String> forms(String w) {
    List<String> out = new ArrayList<>(3);
    out.add(w);
    String x = w;
    if (x.length() > 3 && (x.charAt(0) == 'و' || x.charAt(0) == 'ف')) {
      x = x.substring(1);
      out.add(x);
    }
    if (x.length() > 3 && (x.charAt(0) == 'ب' || x.charAt(0) == 'ل' || x.charAt(0) == 'ك')) {
      String y = x.substring(1);
      out.add(y);
      // لل = ل + ال (للتحالف)
      if (x.charAt(0) == 'ل' && y.startsWith("ل") && y.length() > 3) out.add("ا" + y);
    }
    return out;
  }

  private static String stripArticle(String w) {
    return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
  }

  /** One word of a sentence: its span in the original text and its normalised form. */
  record Word(int start, int end, String form) {}

  /** The words of a sentence: runs of letters, digits and marks, normalised. */
  static List<Word> words(String text, Span sentence) {
    List<Word> out = new ArrayList<>();
    int i = sentence.start(), end = sentence.end();
    while (i < end) {
      while (i < end && !isWordChar(text.charAt(i))) i++;
      int start = i;
      while (i < end && isWordChar(text.charAt(i))) i++;
      if (i > start) {
        String form = NORMALIZER.normalizeToString(text.substring(start, i));
        if (!form.isEmpty()) out.add(new Word(start, i, form));
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
