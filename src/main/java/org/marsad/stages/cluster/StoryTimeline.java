package org.marsad.stages.cluster;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Event;
import org.marsad.model.Span;
import org.marsad.model.Story;

/**
 * A story's timeline: its events, and the past happenings its articles mention (the coalition formed in 2014; the
 * first ministerial in Jeddah on 11 Sep 2014), each with the article that mentions it.
 *
 * <p>A past happening is a resolved date (a year, a month, a day or a range of years) that ends more than
 * {@link #PAST_MARGIN_DAYS} days before the article's own day (published, else inferred, else its event's, else the
 * story's earliest known day): a date that close is the news itself or its run-up, not history. A number that the
 * quantities stage reads as a count of something is not taken for a year. Its {@code what} is
 * the clause around the date, at most {@link #MAX_WHAT_WORDS} words. Mentions of one date by several articles that
 * share words are one entry (the first source is kept); at most {@link #MAX_PAST_ENTRIES} per story, those most
 * articles mention first, then the most precise.
 */
final class StoryTimeline {
  static final int PAST_MARGIN_DAYS = 90;
  static final int MAX_PAST_ENTRIES = 8;
  static final int MAX_WHAT_WORDS = 12;
  private static final int WORDS_BEFORE = 8;
  /** Two mentions of one date are one happening when their clauses share this many words (of 3+ letters). */
  private static final int MIN_SHARED_WORDS = 2;

  private StoryTimeline() {}

  /**
   * Events in timeline order: by their date; an undated event by the latest date its articles mention (it cannot be
   * earlier than what it reports as past), else last; ties by id.
   */
  static List<Event> order(List<Event> events, Map<String, Article> byId) {
    List<Event> out = new ArrayList<>(events);
    out.sort(Comparator.comparing((Event e) -> sortKey(e, byId), Comparator.nullsLast(Comparator.<String>naturalOrder()))
        .thenComparing(Event::id));
    return out;
  }

  private static String sortKey(Event e, Map<String, Article> byId) {
    if (e.when() != null) return e.when();
    String latest = null;
    for (String id : e.articleIds()) {
      Article a = byId.get(id);
      if (a == null) continue;
      for (DateMention d : a.dates()) {
        LocalDate end = lastDay(d.value());
        if (end != null && (latest == null || end.toString().compareTo(latest) > 0)) latest = end.toString();
      }
    }
    return latest;
  }

  /** The timeline of events already in {@link #order}: one entry per event and the past happenings, in date order. */
  static List<Story.TimelineEntry> of(List<Event> ordered, Map<String, Article> byId) {
    List<Keyed> all = new ArrayList<>();
    for (Event e : ordered) {
      all.add(new Keyed(sortKey(e, byId), 1, new Story.TimelineEntry(e.when(), headline(e), e.articleIds().get(0))));
    }
    for (Story.TimelineEntry p : pastHappenings(ordered, byId)) all.add(new Keyed(startKey(p.when()), 0, p));
    // stable: events keep their order among equal keys; a past happening goes before an event of the same key
    all.sort(Comparator.comparing(Keyed::key, Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparingInt(Keyed::rank));
    return all.stream().map(Keyed::entry).toList();
  }

  /** A timeline line names its event like a headline: the title (else the one-line what), cut to a few words. */
  static String headline(Event e) {
    String line = e.title() != null && !e.title().isBlank() ? e.title() : e.what();
    if (line == null) return null;
    String[] words = line.strip().split("\\s+");
    return words.length <= MAX_WHAT_WORDS ? line.strip() : String.join(" ", java.util.Arrays.copyOf(words, MAX_WHAT_WORDS)) + "…";
  }

  /** A range sorts by its first year (2014/2017 with 2014), a date by itself. */
  private static String startKey(String value) {
    return value.length() == 9 && value.charAt(4) == '/' ? value.substring(0, 4) : value;
  }

  private record Keyed(String key, int rank, Story.TimelineEntry entry) {}

  /** The past happenings the story's articles mention, deduplicated and capped, in date order. */
  static List<Story.TimelineEntry> pastHappenings(List<Event> ordered, Map<String, Article> byId) {
    LocalDate storyStart = null;
    for (Event e : ordered) {
      LocalDate d = day(e.when());
      if (d != null && (storyStart == null || d.isBefore(storyStart))) storyStart = d;
    }
    List<Mention> mentions = new ArrayList<>();
    int order = 0;
    for (Event e : ordered) {
      for (String id : e.articleIds()) {
        Article a = byId.get(id);
        if (a == null) continue;
        LocalDate ref = QuantityConflicts.day(a);
        if (ref == null) ref = day(e.when());
        if (ref == null) ref = storyStart;
        if (ref == null) continue;
        List<Span> sentences = null;
        for (DateMention d : a.dates()) {
          LocalDate end = lastDay(d.value());
          if (end == null || d.span().end() > a.text().length()) continue;
          if (!end.isBefore(ref.minusDays(PAST_MARGIN_DAYS)) || readAsACount(a, d.span())) continue;
          if (sentences == null) sentences = TrendMeasures.sentences(a);
          Span clause = clause(a.text(), sentences, d.span());
          String what = what(a.text(), clause, d.span());
          Mention m = new Mention(d.value(), what, a.id(), contentWords(a.text(), clause, d.span()), order++);
          Mention same = null;
          for (Mention o : mentions) if (o.value.equals(m.value) && shared(o.words, m.words) >= MIN_SHARED_WORDS) same = o;
          if (same == null) mentions.add(m);
          else if (!same.sources.contains(a.id())) same.sources.add(a.id());
        }
      }
    }
    mentions.sort(Comparator.comparingInt((Mention m) -> -m.sources.size())
        .thenComparingInt(m -> -precision(m.value)).thenComparingInt(m -> m.order));
    List<Story.TimelineEntry> out = new ArrayList<>();
    for (Mention m : mentions.subList(0, Math.min(MAX_PAST_ENTRIES, mentions.size()))) {
      out.add(new Story.TimelineEntry(m.value, m.what, m.sources.get(0)));
    }
    out.sort(Comparator.comparing((Story.TimelineEntry e) -> startKey(e.when())));
    return out;
  }

  /** "نشر 2000 إلى 4000 عنصر", "1100/1330 كيلومترا": a number the quantities stage reads as a count is not a year. */
  private static boolean readAsACount(Article a, Span date) {
    for (org.marsad.model.Quantity q : a.quantities()) {
      if (q.span().overlaps(date) && (q.of() != null || q.unit() != null)) return true;
    }
    return false;
  }

  private static final class Mention {
    final String value;
    final String what;
    final List<String> sources = new ArrayList<>(2);
    final Set<String> words;
    final int order;

    Mention(String value, String what, String source, Set<String> words, int order) {
      this.value = value;
      this.what = what;
      this.sources.add(source);
      this.words = words;
      this.order = order;
    }
  }

  /** The last day a date value covers: the day itself, a month's or a year's last day, a range's last year's. */
  static LocalDate lastDay(String value) {
    if (value == null) return null;
    try {
      if (value.length() == 10) return LocalDate.parse(value);
      if (value.length() == 7) return YearMonth.parse(value).atEndOfMonth();
      if (value.length() == 4) return LocalDate.of(Integer.parseInt(value), 12, 31);
      if (value.length() == 9 && value.charAt(4) == '/') return LocalDate.of(Integer.parseInt(value.substring(5)), 12, 31);
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static int precision(String value) {
    return value.length() == 10 ? 3 : value.length() == 7 ? 2 : value.length() == 4 ? 1 : 0;
  }

  private static LocalDate day(String when) {
    if (when == null || when.length() < 10) return null;
    try {
      return LocalDate.parse(when.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The clause holding the date: its sentence, cut at commas, semicolons and colons. */
  static Span clause(String text, List<Span> sentences, Span date) {
    Span sentence = new Span(date.start(), date.end());
    for (Span s : sentences) {
      if (s.contains(date)) {
        sentence = s;
        break;
      }
    }
    int from = date.start(), to = date.end();
    while (from > sentence.start() && !isClauseBreak(text.charAt(from - 1))) from--;
    while (to < sentence.end() && !isClauseBreak(text.charAt(to))) to++;
    return new Span(from, to);
  }

  private static boolean isClauseBreak(char c) {
    return c == '،' || c == ',' || c == '؛' || c == ';' || c == ':' || c == '.' || c == '\n';
  }

  /** At most {@link #MAX_WHAT_WORDS} words of the clause around the date, as the article writes them. */
  static String what(String text, Span clause, Span date) {
    List<TrendMeasures.Word> words = TrendMeasures.words(text, clause);
    if (words.isEmpty()) return date.of(text);
    int first = 0;
    while (first < words.size() && words.get(first).end() <= date.start()) first++;
    int last = first;
    while (last + 1 < words.size() && words.get(last + 1).start() < date.end()) last++;
    int from = Math.max(0, first - WORDS_BEFORE);
    int to = Math.min(words.size() - 1, from + MAX_WHAT_WORDS - 1);
    if (to < last) to = last;
    return text.substring(words.get(from).start(), words.get(to).end()).strip();
  }

  private static Set<String> contentWords(String text, Span clause, Span date) {
    Set<String> out = new HashSet<>();
    for (TrendMeasures.Word w : TrendMeasures.words(text, clause)) {
      if (w.form().length() >= 3 && !date.overlaps(new Span(w.start(), w.end()))) out.add(w.form());
    }
    return out;
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String w : a) if (b.contains(w)) n++;
    return n;
  }
}
