package org.marsad.stages.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Problem;
import org.marsad.model.Span;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;
import org.marsad.pipeline.StageContext;
import org.marsad.text.ar.ArabicNumbers;
import org.marsad.text.ar.CalendarEntry;
import org.marsad.text.ar.CalendarKind;
import org.marsad.text.ar.CalendarLexicon;
import org.marsad.text.ar.CalendarMention;
import org.marsad.text.ar.NumberMention;
import org.marsad.text.ar.TokenType;

/**
 * TIMEX-style dates in the body, each with its ISO value:
 * <ul>
 *   <li>numeric dates {@code 28-06-2021}, {@code 2021/06/28};
 *   <li>day + month name (any series of {@link CalendarLexicon}, Hijri converted with {@link HijrahDate}) + year:
 *       {@code 4 حزيران 2020}; month + year {@code فبراير 2020} → 2020-02;
 *   <li>year ranges {@code 2014-2017} → 2014/2017; years after a year word or preposition {@code عام 2014};
 *   <li>relative days {@code اليوم}, {@code أمس}, {@code غدا}, optionally with a weekday; weekdays alone or with
 *       الماضي/المقبل; units {@code الأسبوع الماضي} (ISO week), {@code الشهر المقبل}, {@code العام الماضي};
 *       {@code منذ 3 سنوات}, {@code قبل يومين}, {@code منذ نحو عامين}; a month with الماضي/المقبل/الجاري or alone;
 *   <li>decades {@code الثمانينيات} → 1980/1989 and centuries {@code القرن العشرين}, {@code القرن الماضي} →
 *       1900/1999, written as year ranges (TimeML's 198 and 19);
 *   <li>references to the present, past or future without a calendar value ({@code الآن}, {@code حاليا},
 *       {@code مؤخرا}, {@code قريبا}; TimeML's PRESENT_REF …): found, with a null value.
 * </ul>
 * Only the parts of a paragraph around a digit or an anchor word are tokenised ({@link DateTriggers}); a test checks
 * that this finds exactly what a pass over every token finds.
 * Relative expressions resolve against the reference date: {@code meta.published}, else
 * {@code meta.publishedInferred}, else {@link StageContext#referenceDate()}. A weekday resolves to the latest such
 * day on or before it (news reports the past); without a reference date its value stays null and its weekday is
 * kept. Durations ({@code 3 سنوات}) are quantities, not dates.
 */
public final class DateStage implements Stage {
  /** Kinds of date-words.tsv as bits, so a token's kinds are looked up once. */
  private static final int YEAR_WORD = 1, YEAR_PREP = 1 << 1, UNIT_WEEK = 1 << 2, UNIT_MONTH = 1 << 3, UNIT_YEAR = 1 << 4,
      CURRENT = 1 << 5, THIS = 1 << 6, DAY_WORD = 1 << 7, AD = 1 << 8, AH = 1 << 9, CENTURY = 1 << 10,
      APPROX = 1 << 11, COMPARE = 1 << 12;
  private static final List<String> KIND_NAMES = List.of("YEAR_WORD", "YEAR_PREP", "UNIT_WEEK", "UNIT_MONTH", "UNIT_YEAR",
      "CURRENT", "THIS", "DAY_WORD", "AD", "AH", "CENTURY", "APPROX", "COMPARE");

  private static final ArabicNumbers NUMBERS = ArabicNumbers.standard();
  private static final CalendarLexicon CALENDAR = CalendarLexicon.standard();
  private static final Map<String, Integer> WORDS = dateWords();
  private static final Map<String, String[]> TIME_UNITS = timeUnits();
  /** الثمانينيات → 8. */
  private static final Map<String, Integer> DECADES = decades();
  /** الآن → PRESENT, مؤخرا → PAST, في الوقت الحاضر → PRESENT. */
  private static final Map<String, String> REFERENCE_WORDS = ExtractLexicons.map("reference-words.tsv");
  /** The same phrases split into words and grouped by their first word, longest first. */
  private static final Map<String, List<String[]>> REFERENCE_PHRASES = phrasesByFirstWord(REFERENCE_WORDS.keySet());
  private static final DateTriggers TRIGGERS = triggers();
  private static final int MIN_YEAR = 1000, MAX_YEAR = 2100;
  /** منذ 5000 عام is history, not a date to compute; bigger amounts would overflow. */
  private static final long MAX_AGO = 3000;
  private static final int MIN_HIJRI_YEAR = 1300, MAX_HIJRI_YEAR = 1600;
  /** An absolute date this close after a weekday (الخميس (4 حزيران 2020)) gives the weekday its date. */
  private static final int WEEKDAY_DATE_GAP = 4;

  private static Map<String, Integer> dateWords() {
    Map<String, Integer> m = new HashMap<>();
    for (String[] r : ExtractLexicons.rows("date-words.tsv")) {
      int bit = KIND_NAMES.indexOf(r[1]);
      if (bit < 0) throw new IllegalStateException("date-words.tsv: unknown kind " + r[1]);
      m.merge(r[0], 1 << bit, (a, b) -> a | b);
    }
    return Map.copyOf(m);
  }

  private static Map<String, Integer> decades() {
    Map<String, Integer> m = new HashMap<>();
    for (String[] r : ExtractLexicons.rows("decades.tsv")) m.put(r[0], Integer.parseInt(r[1]));
    return Map.copyOf(m);
  }

  private static Map<String, List<String[]>> phrasesByFirstWord(Set<String> phrases) {
    Map<String, List<String[]>> m = new HashMap<>();
    for (String phrase : phrases) m.computeIfAbsent(phrase.split(" ")[0], k -> new ArrayList<>()).add(phrase.split(" "));
    for (List<String[]> l : m.values()) l.sort((a, b) -> b.length - a.length);
    Map<String, List<String[]>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  private static Map<String, String[]> timeUnits() {
    Map<String, String[]> m = new HashMap<>();
    for (String[] r : ExtractLexicons.rows("time-units.tsv")) m.putIfAbsent(r[0], new String[] {r[1], r[2]});
    return Map.copyOf(m);
  }

  /** Words a date expression is anchored on; everything else in it is within a few chunks of one. */
  private static DateTriggers triggers() {
    List<String> words = new ArrayList<>();
    Set<String> single = new HashSet<>();
    for (CalendarEntry e : CALENDAR.entries()) if (e.form().indexOf(' ') < 0) single.add(e.form());
    for (CalendarEntry e : CALENDAR.entries()) {
      if (e.ambiguous()) continue; // آب، مارس: only by a number, which is a trigger
      // منذ، قبل، بعد count only with an amount or a unit after them, and the unit is a trigger
      if (e.kind() == CalendarKind.RELATIVE
          && (e.label().equals("SINCE") || e.label().equals("BEFORE") || e.label().equals("AFTER"))) continue;
      String[] parts = e.form().split(" ");
      // كانون الثاني: the window around كانون holds الثاني; أول أمس: أمس alone is already a trigger
      boolean covered = false;
      for (String part : parts) covered |= single.contains(part) && parts.length > 1;
      if (!covered) words.add(parts[0]);
    }
    for (Map.Entry<String, Integer> e : WORDS.entrySet()) {
      if ((e.getValue() & (UNIT_WEEK | UNIT_MONTH | UNIT_YEAR)) != 0) words.add(e.getKey());
    }
    // a time unit (عاما، أيام) is a date only after منذ/قبل/بعد; شهر also introduces a month name (شهر مارس)
    List<String> cues = new ArrayList<>(), afterCue = new ArrayList<>();
    for (CalendarEntry e : CALENDAR.entries()) {
      if (e.kind() == CalendarKind.RELATIVE && (e.label().equals("SINCE") || e.label().equals("BEFORE") || e.label().equals("AFTER"))) {
        cues.add(e.form());
      }
    }
    for (String unit : TIME_UNITS.keySet()) (unit.equals("شهر") ? words : afterCue).add(unit);
    words.addAll(DECADES.keySet());
    for (Map.Entry<String, Integer> e : WORDS.entrySet()) if ((e.getValue() & CENTURY) != 0) words.add(e.getKey());
    // في الوقت الحاضر: the last word, since the first (في) is everywhere
    for (String phrase : REFERENCE_WORDS.keySet()) words.add(phrase.substring(phrase.lastIndexOf(' ') + 1));
    return new DateTriggers(words, cues, afterCue);
  }

  @Override
  public String name() {
    return "dates";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.BODY, Layer.METADATA);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.DATES);
  }

  @Override
  public Article process(Article article, StageContext context) {
    return resolve(article, referenceDate(article, context));
  }

  /**
   * The article with its dates found again and relative ones resolved against {@code referenceDate} (null: leave
   * them unresolved). The hook for a date inferred later from the article's event.
   */
  public static Article resolve(Article article, LocalDate referenceDate) {
    List<DateMention> out = new ArrayList<>();
    Article result = article;
    for (Span paragraph : article.body()) {
      try {
        findInWindows(article.text(), paragraph, referenceDate, out);
      } catch (RuntimeException e) {
        result = result.withProblem(new Problem("dates", paragraph, "dates skipped: " + e));
      }
    }
    return result.withDates(out);
  }

  /** Dates of one text, for tools and tests: the whole text is one paragraph. */
  public static List<DateMention> find(String text, LocalDate referenceDate) {
    List<DateMention> out = new ArrayList<>();
    findInWindows(text, new Span(0, text.length()), referenceDate, out);
    return out;
  }

  /** The same as {@link #find} without the trigger prefilter: every token is tried. For the equivalence test. */
  static List<DateMention> findEverywhere(String text, LocalDate referenceDate) {
    List<DateMention> out = new ArrayList<>();
    find(new ParagraphTokens(text, new Span(0, text.length())), referenceDate, out);
    return out;
  }

  private static void findInWindows(String text, Span paragraph, LocalDate referenceDate, List<DateMention> out) {
    int[] windows = TRIGGERS.windows(text, paragraph.start(), paragraph.end());
    for (int k = 0; k < windows.length; k += 2) {
      find(new ParagraphTokens(text, new Span(windows[k], windows[k + 1])), referenceDate, out);
    }
  }

  /** {@code meta.published} (its date part), else {@code meta.publishedInferred}, else the run's reference date. */
  public static LocalDate referenceDate(Article article, StageContext context) {
    LocalDate d = parseDate(article.meta().published());
    if (d == null) d = parseDate(article.meta().publishedInferred());
    if (d == null && context != null) d = context.referenceDate();
    return d;
  }

  private static LocalDate parseDate(String iso) {
    if (iso == null || iso.length() < 10) return null;
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  // ---- matching ---------------------------------------------------------------------------------------------

  /** What is known about each token of a paragraph: its calendar entry and its number. */
  private static final class Marks {
    final ParagraphTokens p;
    final CalendarEntry[] calendar;
    final int[] calendarEnd;
    final NumberMention[] number;
    final int[] numberEnd;
    /** Bits of the date-words kinds of each token. */
    final int[] kinds;

    Marks(ParagraphTokens p) {
      this.p = p;
      int n = p.size();
      calendar = new CalendarEntry[n];
      calendarEnd = new int[n];
      number = new NumberMention[n];
      numberEnd = new int[n];
      kinds = new int[n];
      for (int i = 0; i < n; i++) kinds[i] = WORDS.getOrDefault(p.norm(i), 0);
      for (CalendarMention c : CALENDAR.find(p.tokens(), p.norms())) {
        int i = p.tokenStartingAt(c.span().start());
        int j = p.tokenEndingAt(c.span().end());
        if (i >= 0 && j >= i) {
          calendar[i] = c.entry();
          calendarEnd[i] = j + 1;
        }
      }
      for (NumberMention m : NUMBERS.find(p.tokens(), p.norms())) {
        int i = p.tokenStartingAt(m.span().start());
        int j = p.tokenEndingAt(m.span().end());
        if (i >= 0 && j >= i) {
          number[i] = m;
          numberEnd[i] = j + 1;
        }
      }
    }

    CalendarEntry cal(int i) {
      return i >= 0 && i < calendar.length ? calendar[i] : null;
    }

    boolean isKind(int i, CalendarKind kind) {
      CalendarEntry e = cal(i);
      return e != null && e.kind() == kind;
    }

    boolean isRelative(int i, String label) {
      CalendarEntry e = cal(i);
      return e != null && e.kind() == CalendarKind.RELATIVE && e.label().equals(label);
    }

    boolean isMonth(int i) {
      return isKind(i, CalendarKind.GREGORIAN_MONTH) || isKind(i, CalendarKind.HIJRI_MONTH);
    }

    /** Plain digits (no unit, no scale) as an int, or -1. */
    int digits(int i) {
      if (p.type(i) != TokenType.NUMBER) return -1;
      String w = p.norm(i);
      if (w.length() > 4) return -1;
      for (int k = 0; k < w.length(); k++) if (w.charAt(k) < '0' || w.charAt(k) > '9') return -1;
      return Integer.parseInt(w);
    }

    boolean is(int i, int kind) {
      return i >= 0 && i < kinds.length && (kinds[i] & kind) != 0;
    }
  }

  private static final class Found {
    int end;
    String value;
    int weekday;
    boolean needsDate;
  }

  private static void find(ParagraphTokens p, LocalDate ref, List<DateMention> out) {
    if (p.size() == 0) return;
    Marks m = new Marks(p);
    List<DateMention> local = new ArrayList<>();
    List<int[]> tokenRanges = new ArrayList<>();
    int i = 0;
    while (i < p.size()) {
      Found f = new Found();
      int start = match(m, i, ref, f);
      if (start >= 0) {
        Span span = p.span(start, f.end);
        local.add(new DateMention(span, span.of(p.text), f.value, f.weekday));
        tokenRanges.add(new int[] {start, f.end});
        i = f.end;
      } else {
        i++;
      }
    }
    // a weekday followed closely by a full date (الخميس (4 حزيران 2020)) takes that date when no reference gave one
    for (int k = 0; k + 1 < local.size(); k++) {
      DateMention d = local.get(k);
      DateMention next = local.get(k + 1);
      if (d.weekday() != 0 && d.value() == null && next.value() != null && next.value().length() == 10
          && tokenRanges.get(k + 1)[0] - tokenRanges.get(k)[1] <= WEEKDAY_DATE_GAP) {
        LocalDate date = LocalDate.parse(next.value());
        if (date.getDayOfWeek().getValue() == d.weekday()) local.set(k, new DateMention(d.span(), d.text(), next.value(), d.weekday()));
      }
    }
    out.addAll(local);
  }

  /** Tries every pattern at token i; returns i when one matched (the mention then ends at {@code f.end}), else -1. */
  private static int match(Marks m, int i, LocalDate ref, Found f) {
    if (numericDate(m, i, f)) return i;
    if (yearRange(m, i, f)) return i;
    if (dayMonthYear(m, i, ref, f)) return i;
    if (monthYear(m, i, ref, f)) return i;
    if (yearWithWord(m, i, f)) return i;
    if (bareYear(m, i, f)) return i;
    if (gluedCoordinatedYear(m, i, f)) return i;
    // شهر مارس: the word "month" belongs to the mention
    if (m.isMonth(i + 1) && m.p.bare(i).equals("شهر") && monthYear(m, i + 1, ref, f)) return i;
    if (relativeDay(m, i, ref, f)) return i;
    if (weekday(m, i, ref, f)) return i;
    if (relativeUnit(m, i, ref, f)) return i;
    if (agoOrLater(m, i, ref, f)) return i;
    if (decade(m, i, ref, f)) return i;
    if (century(m, i, ref, f)) return i;
    if (referenceWord(m, i, f)) return i;
    return -1;
  }

  /** 28-06-2021, 28/06/2021, 2021-06-28. */
  private static boolean numericDate(Marks m, int i, Found f) {
    ParagraphTokens p = m.p;
    int a = m.digits(i);
    if (a < 0 || !(p.glued(i) && p.glued(i + 1) && p.glued(i + 2) && p.glued(i + 3))) return false;
    char sep = p.norm(i + 1).charAt(0);
    if (!(sep == '-' || sep == '/' || sep == '.') || !p.isPunct(i + 3, sep)) return false;
    int b = m.digits(i + 2), c = m.digits(i + 4);
    if (b < 0 || c < 0) return false;
    LocalDate d;
    if (p.norm(i).length() == 4) d = date(a, b, c);
    else if (p.norm(i + 4).length() == 4) d = date(c, b, a);
    else return false;
    if (d == null) return false;
    f.end = i + 5;
    f.value = d.toString();
    return true;
  }

  private static LocalDate date(int y, int mo, int d) {
    if (y < MIN_YEAR || y > MAX_YEAR) return null;
    try {
      return LocalDate.of(y, mo, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isYear(int y) {
    return y >= MIN_YEAR && y <= MAX_YEAR;
  }

  /** 2014-2017, with a year word before it when there is one. */
  private static boolean yearRange(Marks m, int i, Found f) {
    ParagraphTokens p = m.p;
    int a = m.digits(i);
    if (a < 0 || p.norm(i).length() != 4 || !isYear(a) || !p.glued(i) || !p.glued(i + 1)) return false;
    if (!(p.isPunct(i + 1, '-') || p.isPunct(i + 1, '/') || p.isPunct(i + 1, '\u2013'))) return false;
    int b = m.digits(i + 2);
    if (b <= a || p.norm(i + 2).length() != 4 || !isYear(b)) return false;
    f.end = i + 3;
    f.value = a + "/" + b;
    return true;
  }

  /** 4 حزيران 2020, 11 سبتمبر 2014, 22 مارس الماضي, 5 رمضان 1442 هـ; the year may be missing. */
  private static boolean dayMonthYear(Marks m, int i, LocalDate ref, Found f) {
    int day = m.digits(i);
    NumberMention n = m.number[i];
    // الثامن من مايو: an ordinal day
    if (day < 0 && n != null && n.ordinal() && m.numberEnd[i] == i + 1) day = (int) n.value();
    if (day < 1 || day > 31) return false;
    int mo = i + 1;
    if (!m.isMonth(mo) && m.p.norm(mo).equals("من") && m.isMonth(mo + 1)) mo++;
    if (!m.isMonth(mo)) return false;
    CalendarEntry month = m.cal(mo);
    int after = secondMonthName(m, mo);
    boolean hijri = month.kind() == CalendarKind.HIJRI_MONTH;
    int year = m.digits(after);
    if (year > 0 && (hijri ? year >= MIN_HIJRI_YEAR && year <= MAX_HIJRI_YEAR : isYear(year))) {
      f.end = after + 1;
      if (m.is(f.end, AD) || m.is(f.end, AH)) f.end++;
      f.value = hijri ? hijriToIso(year, month.value(), day) : isoOrNull(date(year, month.value(), day));
      return true;
    }
    f.end = after;
    if (hijri || ref == null) {
      f.value = null;
      return true;
    }
    int y = ref.getYear();
    if (m.isRelative(after, "PAST")) {
      f.end = after + 1;
      LocalDate d = date(y, month.value(), day);
      if (d != null && !d.isBefore(ref)) d = date(y - 1, month.value(), day);
      f.value = isoOrNull(d);
    } else if (m.isRelative(after, "NEXT")) {
      f.end = after + 1;
      LocalDate d = date(y, month.value(), day);
      if (d != null && !d.isAfter(ref)) d = date(y + 1, month.value(), day);
      f.value = isoOrNull(d);
    } else {
      if (m.is(after, CURRENT)) f.end = after + 1;
      f.value = isoOrNull(date(y, month.value(), day));
    }
    return true;
  }

  /** End of the month name at {@code mo}, past a second name of the same month after a slash (يناير/كانون الثاني). */
  private static int secondMonthName(Marks m, int mo) {
    int after = m.calendarEnd[mo];
    if (m.p.isPunct(after, '/') && m.isMonth(after + 1) && m.cal(after + 1).value() == m.cal(mo).value()
        && m.cal(after + 1).kind() == m.cal(mo).kind()) {
      return m.calendarEnd[after + 1];
    }
    return after;
  }

  private static String isoOrNull(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String hijriToIso(int year, int month, int day) {
    try {
      return LocalDate.from(HijrahDate.of(year, month, day)).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** فبراير 2020 → 2020-02; نوفمبر الماضي; يونيو المقبل; سبتمبر (the reference year). */
  private static boolean monthYear(Marks m, int i, LocalDate ref, Found f) {
    if (!m.isMonth(i)) return false;
    CalendarEntry month = m.cal(i);
    int after = secondMonthName(m, i);
    boolean hijri = month.kind() == CalendarKind.HIJRI_MONTH;
    int year = m.digits(after);
    if (year > 0 && (hijri ? year >= MIN_HIJRI_YEAR && year <= MAX_HIJRI_YEAR : isYear(year))) {
      f.end = after + 1;
      if (m.is(f.end, AD) || m.is(f.end, AH)) f.end++;
      f.value = hijri ? hijriMonth(year, month.value()) : String.format("%04d-%02d", year, month.value());
      return true;
    }
    if (hijri) return false; // رمضان alone is the season more than a date
    f.end = after;
    if (ref == null) {
      f.value = null;
      if (m.isRelative(after, "PAST") || m.isRelative(after, "NEXT") || m.is(after, CURRENT)) f.end++;
      return true;
    }
    int y = ref.getYear(), mv = month.value();
    if (m.isRelative(after, "PAST")) {
      f.end++;
      if (mv >= ref.getMonthValue()) y--;
    } else if (m.isRelative(after, "NEXT")) {
      f.end++;
      if (mv <= ref.getMonthValue()) y++;
    } else if (m.is(after, CURRENT)) {
      f.end++;
    }
    f.value = String.format("%04d-%02d", y, mv);
    return true;
  }

  private static String hijriMonth(int year, int month) {
    String first = hijriToIso(year, month, 1);
    return first == null ? null : first.substring(0, 7);
  }

  /** عام 2014, العام 1910, لعام 2020. */
  private static boolean yearWithWord(Marks m, int i, Found f) {
    if (!m.is(i, YEAR_WORD)) return false;
    int year = m.digits(i + 1);
    if (year < 0 || m.p.norm(i + 1).length() != 4 || !isYear(year)) return false;
    Found range = new Found();
    if (yearRange(m, i + 1, range)) {
      f.end = range.end;
      f.value = range.value;
      return true;
    }
    f.end = i + 2;
    if (m.is(f.end, AD)) f.end++;
    f.value = String.valueOf(year);
    return true;
  }

  /** A four-digit year standing alone: after في/منذ/حتى …, or not followed by a word it could count. */
  private static boolean bareYear(Marks m, int i, Found f) {
    ParagraphTokens p = m.p;
    int year = m.digits(i);
    // 1910 و 1912، (1881): a year coordinated with a year, or alone in brackets, may be any year
    boolean coordinated = p.norm(i - 1).equals("و") && p.norm(i - 2).length() == 4 && isYear(m.digits(i - 2));
    boolean bracketed = p.isPunct(i - 1, '(') && p.isPunct(i + 1, ')');
    int min = coordinated || bracketed ? MIN_YEAR : 1900;
    if (year < min || year > MAX_YEAR || p.norm(i).length() != 4 || m.number[i] == null || m.numberEnd[i] != i + 1) return false;
    if (m.number[i].unit() != null || m.number[i].percent()) return false;
    if (p.glued(i - 1) && (p.isPunct(i - 1, '-') || p.isPunct(i - 1, '/') || p.isPunct(i - 1, ':'))) return false;
    if (p.glued(i) && (p.isPunct(i + 1, '-') || p.isPunct(i + 1, '/') || p.isPunct(i + 1, ':'))) return false;
    boolean cue = m.is(i - 1, YEAR_PREP) || m.is(i - 1, YEAR_WORD) || m.is(i + 1, AD) || coordinated || bracketed;
    boolean nothingCounted = !p.isArabic(i + 1) || p.norm(i + 1).startsWith("ال") || p.norm(i + 1).startsWith("و");
    if (!cue && !nothingCounted) return false;
    f.end = i + 1;
    if (m.is(f.end, AD)) f.end++;
    f.value = String.valueOf(year);
    return true;
  }

  /** 2002 و2003: a year glued to و right after a year. */
  private static boolean gluedCoordinatedYear(Marks m, int i, Found f) {
    ParagraphTokens p = m.p;
    if (p.type(i) != TokenType.MIXED || p.norm(i - 1).length() != 4 || !isYear(m.digits(i - 1))) return false;
    String w = p.norm(i);
    if (w.length() != 5 || w.charAt(0) != 'و') return false;
    for (int k = 1; k < 5; k++) if (w.charAt(k) < '0' || w.charAt(k) > '9') return false;
    int year = Integer.parseInt(w.substring(1));
    if (!isYear(year)) return false;
    f.end = i + 1;
    f.value = String.valueOf(year);
    return true;
  }

  /** اليوم، أمس، غدا، أول أمس, each optionally with a weekday: اليوم الإثنين, أمس الجمعة. */
  private static boolean relativeDay(Marks m, int i, LocalDate ref, Found f) {
    CalendarEntry e = m.cal(i);
    if (e == null || e.kind() != CalendarKind.RELATIVE) return false;
    String label = e.label();
    if (!(label.equals("TODAY") || label.equals("YESTERDAY") || label.equals("TOMORROW") || label.equals("DAY_BEFORE_YESTERDAY"))) return false;
    int after = m.calendarEnd[i];
    int wd = 0;
    if (m.isKind(after, CalendarKind.WEEKDAY)) {
      wd = m.cal(after).value();
      after = m.calendarEnd[after];
    } else if (label.equals("TODAY")) {
      // اليوم الأول، اليوم الوطني: "the day", not "today"
      String next = m.p.norm(after);
      if (next.startsWith("ال") && !next.equals("الي") && !next.equals("الى")) return false; // إلى is not an adjective
    }
    f.end = after;
    f.weekday = wd;
    if (ref == null) return true;
    LocalDate d = ref.plusDays(e.value());
    if (wd != 0 && d.getDayOfWeek().getValue() != wd) {
      DayOfWeek dow = DayOfWeek.of(wd);
      d = label.equals("TOMORROW") ? d.with(TemporalAdjusters.nextOrSame(dow)) : d.with(TemporalAdjusters.previousOrSame(dow));
    }
    f.value = d.toString();
    return true;
  }

  /** الأحد، يوم الأحد، الأحد الماضي، الأحد المقبل. */
  private static boolean weekday(Marks m, int i, LocalDate ref, Found f) {
    int w = i;
    if (m.is(i, DAY_WORD) && m.isKind(i + 1, CalendarKind.WEEKDAY)) w = i + 1;
    if (!m.isKind(w, CalendarKind.WEEKDAY)) return false;
    int wd = m.cal(w).value();
    int after = m.calendarEnd[w];
    NumberMention ordinal = after < m.number.length ? m.number[after] : null;
    if (ordinal != null && ordinal.ordinal()) return false; // الجمعة الثانية: the second Friday of a series
    boolean past = m.isRelative(after, "PAST"), next = m.isRelative(after, "NEXT");
    if (past || next) after++;
    f.end = after;
    f.weekday = wd;
    if (ref == null) return true;
    DayOfWeek dow = DayOfWeek.of(wd);
    LocalDate d = past ? ref.with(TemporalAdjusters.previous(dow))
        : next ? ref.with(TemporalAdjusters.next(dow)) : ref.with(TemporalAdjusters.previousOrSame(dow));
    f.value = d.toString();
    return true;
  }

  /** الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا العام. */
  private static boolean relativeUnit(Marks m, int i, LocalDate ref, Found f) {
    int u = m.is(i, THIS) ? i + 1 : i;
    String unit = m.is(u, UNIT_WEEK) ? "week" : m.is(u, UNIT_MONTH) ? "month" : m.is(u, UNIT_YEAR) ? "year" : null;
    if (unit == null) return false;
    int shift;
    if (u > i) shift = 0;
    else if (m.isRelative(u + 1, "PAST")) shift = -1;
    else if (m.isRelative(u + 1, "NEXT")) shift = 1;
    else if (m.is(u + 1, CURRENT)) shift = 0;
    else return false;
    f.end = u > i ? u + 1 : u + 2;
    if (ref == null) return true;
    switch (unit) {
      case "week" -> {
        // The contract has no week values: give the month (or year) that holds the whole week, true if coarse.
        LocalDate monday = ref.plusWeeks(shift).with(java.time.DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        if (monday.getMonth() == sunday.getMonth()) f.value = monday.toString().substring(0, 7);
        else if (monday.getYear() == sunday.getYear()) f.value = String.valueOf(monday.getYear());
        else f.value = null;
      }
      case "month" -> f.value = ref.plusMonths(shift).toString().substring(0, 7);
      default -> f.value = String.valueOf(ref.getYear() + shift);
    }
    return true;
  }

  /** منذ 3 سنوات، قبل يومين، بعد أسبوع: the reference date moved by an amount, at the unit's precision. */
  private static boolean agoOrLater(Marks m, int i, LocalDate ref, Found f) {
    boolean since = m.isRelative(i, "SINCE") || m.isRelative(i, "BEFORE");
    boolean after = m.isRelative(i, "AFTER");
    if (!since && !after) return false;
    int k = i + 1;
    // منذ نحو عامين، قبل أكثر من عام
    if (m.is(k, APPROX)) k++;
    else if (m.is(k, COMPARE) && m.p.norm(k + 1).equals("من")) k += 2;
    long amount;
    String[] unit;
    NumberMention n = k < m.number.length ? m.number[k] : null;
    if (n != null && !n.ordinal() && n.unit() == null && !n.percent()) {
      amount = (long) n.value();
      k = m.numberEnd[k];
      unit = TIME_UNITS.get(m.p.norm(k));
      if (unit == null || amount <= 0 || amount > MAX_AGO) return false;
    } else {
      unit = TIME_UNITS.get(m.p.norm(k));
      if (unit == null) return false;
      amount = Long.parseLong(unit[1]);
      if (amount == 0) return false; // منذ سنوات: vague
    }
    // منذ عام 2014: a year, matched by yearWithWord at the next token
    if (m.digits(k + 1) >= MIN_YEAR && m.p.norm(k + 1).length() == 4) return false;
    f.end = k + 1;
    if (ref == null) return true;
    long signed = after ? amount : -amount;
    switch (unit[0]) {
      case "years" -> f.value = String.valueOf(ref.plusYears(signed).getYear());
      case "decades" -> f.value = String.valueOf(ref.plusYears(10 * signed).getYear());
      case "months" -> f.value = ref.plusMonths(signed).toString().substring(0, 7);
      case "weeks" -> f.value = ref.plusWeeks(signed).toString();
      case "days" -> f.value = ref.plusDays(signed).toString();
      default -> f.value = ref.toString();
    }
    return true;
  }

  /**
   * الثمانينيات → 1980/1989. The century is the one the text names after it (الستينيات من القرن التاسع عشر), else the
   * latest that does not put the decade after the reference date's decade (العشرينيات: the 1920s in 2015, the 2020s
   * in 2026), else the twentieth.
   */
  private static boolean decade(Marks m, int i, LocalDate ref, Found f) {
    String w = m.p.norm(i);
    if (w.length() < 6 || !w.endsWith("ات")) return false; // most tokens: no lookup, no substring
    Integer tens = DECADES.get(w);
    if (tens == null) tens = DECADES.get(m.p.bare(i));
    if (tens == null) return false;
    f.end = i + 1;
    int hundreds = 1900;
    Found century = new Found();
    if (m.p.norm(i + 1).equals("من") && century(m, i + 2, ref, century) && century.value != null) {
      hundreds = Integer.parseInt(century.value.substring(0, 4));
    } else if (ref != null && 2000 + 10 * tens <= ref.getYear() - ref.getYear() % 10) {
      hundreds = 2000;
    }
    int first = hundreds + 10 * tens;
    f.value = first + "/" + (first + 9);
    return true;
  }

  /**
   * القرن العشرين، القرن التاسع عشر، القرن الحادي والعشرين، القرن الـ19 → the hundred years as a range (1900/1999,
   * as TimeML's "19"); القرن الماضي and القرن الحالي count from the reference date.
   */
  private static boolean century(Marks m, int i, LocalDate ref, Found f) {
    // بالقرن، للقرن: the century word may carry a preposition
    if (!m.is(i, CENTURY) && !(m.p.norm(i).endsWith("قرن") && (WORDS.getOrDefault(m.p.bare(i), 0) & CENTURY) != 0)) return false;
    int k = i + 1;
    int n;
    NumberMention number = k < m.number.length ? m.number[k] : null;
    if (number != null && number.unit() == null && !number.percent() && number.value() == Math.rint(number.value())) {
      n = (int) number.value();
      k = m.numberEnd[k];
      if (n < 1 || n > 21) return false;
    } else if (m.isRelative(k, "PAST") || m.is(k, CURRENT)) {
      f.end = k + 1;
      if (ref == null) return true;
      n = (ref.getYear() - 1) / 100 + 1 + (m.isRelative(k, "PAST") ? -1 : 0);
      k++;
    } else {
      return false;
    }
    f.end = k;
    int first = (n - 1) * 100;
    f.value = String.format("%04d/%04d", first, first + 99);
    return true;
  }

  /** الآن، حاليا، في الوقت الحاضر، مؤخرا، قريبا: the present, past or future with no calendar value (null). */
  private static boolean referenceWord(Marks m, int i, Found f) {
    List<String[]> phrases = REFERENCE_PHRASES.get(m.p.norm(i));
    if (phrases == null) return false;
    for (String[] words : phrases) {
      int n = 1;
      while (n < words.length && m.p.norm(i + n).equals(words[n])) n++;
      if (n == words.length) {
        f.end = i + n;
        f.value = null;
        return true;
      }
    }
    return false;
  }
}
