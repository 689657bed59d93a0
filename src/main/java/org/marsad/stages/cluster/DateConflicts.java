package org.marsad.stages.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Span;
import org.marsad.text.ar.Normalizer;
import org.marsad.text.ar.Sentences;
import org.marsad.text.ar.SpellingKey;

/**
 * Sources of one event that date the same happening on different days: two sentences from articles of different
 * outlets (or of unknown outlet) that name the same two or more people and give different days (e.g. one outlet says the ministers met on Sunday, another
 * "today, Monday"). People are matched by the spelling key of their last name, so "عبدالرحمن" and "عبد الرحمن"
 * spellings of one person still meet.
 */
public final class DateConflicts {
  /** Two people in common make it the same meeting; one is too weak (a minister appears in many sentences). */
  static final int MIN_SHARED_PEOPLE = 2;
  /**
   * Days further apart are different happenings, not a disagreement: outlets that disagree on a day are a day or
   * two apart ("الأحد" against "اليوم الإثنين"); on ANT every pair 3–7 days apart was two happenings.
   */
  static final int MAX_DAYS_APART = 2;
  /** Share of the shorter sentence's own words the other must have too (see {@link #wordOverlap}). */
  static final double MIN_WORD_OVERLAP = 0.25;

  private static final Normalizer NORMALIZER = Normalizer.standard();

  private DateConflicts() {}

  /** Conflicts among the articles of one event (each article's dates already resolved). */
  public static List<Event.Conflict> of(List<Article> articles) {
    List<Dated> dated = new ArrayList<>();
    for (Article a : articles) dated.addAll(datedSentences(a));
    Map<Set<String>, Map<String, Dated>> byPeople = new LinkedHashMap<>();
    for (int i = 0; i < dated.size(); i++) {
      for (int j = i + 1; j < dated.size(); j++) {
        Dated x = dated.get(i), y = dated.get(j);
        if (x.articleId().equals(y.articleId()) || x.day().equals(y.day())) continue;
        // one outlet's two days are usually two happenings it reports (an announcement, then the match): sources
        // disagree only across outlets
        if (x.outlet() != null && x.outlet().equals(y.outlet())) continue;
        if (Math.abs(x.day().toEpochDay() - y.day().toEpochDay()) > MAX_DAYS_APART) continue;
        Set<String> shared = new TreeSet<>(x.people());
        shared.retainAll(y.people());
        if (shared.size() < MIN_SHARED_PEOPLE) continue;
        // the same people doing something else on another day is not a disagreement: the sentences must tell of the
        // same happening, with words of their own in common besides the names and the days
        if (wordOverlap(x.words(), y.words()) < MIN_WORD_OVERLAP) continue;
        Map<String, Dated> claims = byPeople.computeIfAbsent(shared, k -> new LinkedHashMap<>());
        claims.putIfAbsent(x.articleId() + "\u0000" + x.day(), x);
        claims.putIfAbsent(y.articleId() + "\u0000" + y.day(), y);
      }
    }
    List<Event.Conflict> out = new ArrayList<>();
    for (var e : byPeople.entrySet()) {
      Map<LocalDate, List<Dated>> byDay = new java.util.TreeMap<>();
      for (Dated d : e.getValue().values()) byDay.computeIfAbsent(d.day(), k -> new ArrayList<>()).add(d);
      if (byDay.size() < 2) continue;
      List<Event.Claim> claims = new ArrayList<>();
      for (var day : byDay.entrySet()) {
        List<String> ids = day.getValue().stream().map(d -> d.articleId()).distinct().sorted().toList();
        claims.add(new Event.Claim(day.getKey().toString(), ids, day.getValue().get(0).sentence()));
      }
      out.add(new Event.Conflict("date: " + String.join("، ", e.getValue().values().iterator().next().names(e.getKey())), claims));
    }
    return out;
  }

  private static List<Dated> datedSentences(Article a) {
    List<Dated> out = new ArrayList<>();
    for (Span sentence : Sentences.split(a.text(), a.body())) {
      LocalDate day = null;
      for (DateMention d : a.dates()) {
        if (sentence.contains(d.span()) && d.value() != null && d.value().length() == 10) {
          try {
            day = LocalDate.parse(d.value());
          } catch (java.time.format.DateTimeParseException badValue) {
            continue; // a malformed value from a bad record says nothing about the day
          }
          break;
        }
      }
      if (day == null) continue;
      Map<String, String> people = new LinkedHashMap<>();
      for (Entity e : a.entities()) {
        if (e.type() == EntityType.PER && sentence.contains(e.span())) people.putIfAbsent(lastNameKey(e.text()), e.text());
      }
      if (people.size() < MIN_SHARED_PEOPLE) continue;
      out.add(new Dated(a.id(), outlet(a), day, people, sentence.of(a.text()).strip(), contentWords(a, sentence)));
    }
    return out;
  }

  /** "عبد الله" and "أبو بكر" are one name word however they are spaced. */
  private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile("(?<![\\p{L}])(عبد|ابو) +");

  static String lastNameKey(String name) {
    String n = COMPOUND.matcher(NORMALIZER.normalizeToString(name).strip()).replaceAll("$1");
    int space = n.lastIndexOf(' ');
    return SpellingKey.of(space < 0 ? n : n.substring(space + 1));
  }

  /** The sentence's words of three letters or more outside names and date mentions, article and و cut off. */
  private static Set<String> contentWords(Article a, Span sentence) {
    Set<String> out = new java.util.HashSet<>();
    for (TrendMeasures.Word w : TrendMeasures.words(a.text(), sentence)) {
      Span span = new Span(w.start(), w.end());
      boolean skip = false;
      for (Entity e : a.entities()) if (e.type() == EntityType.PER && e.span().overlaps(span)) skip = true;
      for (DateMention d : a.dates()) if (d.span().overlaps(span)) skip = true;
      if (skip) continue;
      String f = w.form();
      if (f.startsWith("وال") && f.length() > 5) f = f.substring(3);
      else if (f.startsWith("ال") && f.length() > 4) f = f.substring(2);
      else if (f.startsWith("و") && f.length() > 4) f = f.substring(1);
      if (f.length() >= 3 && !f.chars().allMatch(Character::isDigit)) out.add(f);
    }
    return out;
  }

  /** Shared words over the smaller set's size. */
  static double wordOverlap(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) return 0;
    Set<String> smaller = x.size() <= y.size() ? x : y;
    Set<String> larger = smaller == x ? y : x;
    int shared = 0;
    for (String w : smaller) if (larger.contains(w)) shared++;
    return shared / (double) smaller.size();
  }

  private static String outlet(Article a) {
    String o = a.meta().outlet();
    return o == null || o.isBlank() ? null : o.strip();
  }

  private record Dated(String articleId, String outlet, LocalDate day, Map<String, String> peopleByKey, String sentence,
      Set<String> words) {
    Set<String> people() {
      return peopleByKey.keySet();
    }

    List<String> names(Set<String> keys) {
      List<String> out = new ArrayList<>();
      for (String k : keys) out.add(peopleByKey.getOrDefault(k, k));
      return out;
    }
  }
}
