package org.marsad.stages.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date (and time) from a short date line: numeric day-month-year or year-month-day, ISO, Arabic
 * and English month names in every series, an optional clock time, and relative times ("منذ 3 ساعات", "قبل يومين",
 * "2 days ago") resolved against a reference date. Works on {@link TextFold folded} text.
 */
final class PublicationDates {
  /** A date found in a line: ISO value ({@code yyyy-MM-dd} or {@code yyyy-MM-dd'T'HH:mm}) and where it starts. */
  record Found(String iso, LocalDate date, int start, int end, boolean relative) {}

  private static final String M = "(" + GregorianMonths.alternation() + ")";
  private static final String D = "(?<![0-9])";
  private static final String ND = "(?![0-9])";
  private static final Pattern ISO = Pattern.compile(D + "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ]+(\\d{1,2}):(\\d{2}))?" + ND);
  private static final Pattern NUM_DMY = Pattern.compile(D + "(\\d{1,2}) ?([-/.]) ?(\\d{1,2}) ?\\2 ?(\\d{4})" + ND);
  private static final Pattern NUM_YMD = Pattern.compile(D + "(\\d{4}) ?([/.]) ?(\\d{1,2}) ?\\2 ?(\\d{1,2})" + ND);
  private static final Pattern NAME_DMY = Pattern.compile(
      D + "(\\d{1,2}) ?(?:من )?(?:شهر )?" + M + "(?: ?[/(-] ?" + M + " ?\\)?)? ?[,،]? ?(?:عام |سنه )?(\\d{4})" + ND);
  private static final Pattern NAME_MDY =
      Pattern.compile("(?<![\\p{L}])" + M + "\\.? (\\d{1,2})(?:st|nd|rd|th)? ?,? ?(\\d{4})" + ND);
  private static final Pattern TIME = Pattern.compile(
      D + "(\\d{1,2}):(\\d{2})(?::\\d{2})?(?: ?(am|pm|a\\.m\\.|p\\.m\\.|صباحا|مساء|مساءا|ص|م)(?![\\p{L}]))?");
  private static final Pattern RELATIVE_AR = Pattern.compile(
      "(?:منذ|قبل) (?:(\\d{1,3}) )?(دقيقه|دقيقتين|دقايق|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع)(?![\\p{L}])");
  private static final Pattern RELATIVE_EN = Pattern.compile("(\\d{1,3}) (minute|hour|day|week)s? ago");
  private static final Map<String, Integer> WEEKDAYS = new HashMap<>();

  static {
    for (String[] row : Lexicon.rows("weekdays.tsv")) WEEKDAYS.put(TextFold.fold(row[1]), Integer.parseInt(row[0].trim()));
  }

  private PublicationDates() {}

  /** ISO weekday 1..7 of a folded weekday word (with or without the article), else 0. */
  static int weekday(String foldedWord) {
    Integer w = WEEKDAYS.get(foldedWord);
    return w == null ? 0 : w;
  }

  /** The first absolute date in the folded line, with a time when the line gives one; null when none. */
  static Found findAbsolute(String f) {
    if (!hasDigit(f)) return null;
    Found best = null;
    Matcher m = ISO.matcher(f);
    if (m.find()) best = keep(best, make(f, m.start(), m.end(), int_(m, 1), int_(m, 2), int_(m, 3)));
    m = NUM_DMY.matcher(f);
    if (m.find()) {
      int a = int_(m, 1), b = int_(m, 3);
      // Arab sites write day-month-year; only a first field above 12 or a second one above 12 settles the order
      int day = a, month = b;
      if (a <= 12 && b > 12) { day = b; month = a; }
      best = keep(best, make(f, m.start(), m.end(), int_(m, 4), month, day));
    }
    m = NUM_YMD.matcher(f);
    if (m.find()) best = keep(best, make(f, m.start(), m.end(), int_(m, 1), int_(m, 3), int_(m, 4)));
    m = NAME_DMY.matcher(f);
    if (m.find()) best = keep(best, make(f, m.start(), m.end(), int_(m, 4), GregorianMonths.month(m.group(2)), int_(m, 1)));
    m = NAME_MDY.matcher(f);
    if (m.find()) best = keep(best, make(f, m.start(), m.end(), int_(m, 3), GregorianMonths.month(m.group(1)), int_(m, 2)));
    if (best == null) return null;
    String time = time(f);
    return time == null ? best : new Found(best.iso() + "T" + time, best.date(), best.start(), best.end(), false);
  }

  /** A relative time ("منذ 3 ساعات") resolved to a date against {@code ref}; null when none or no reference. */
  static Found findRelative(String f, LocalDate ref) {
    if (ref == null) return null;
    Matcher m = RELATIVE_AR.matcher(f);
    if (m.find()) {
      String unit = m.group(2);
      int n = m.group(1) != null ? Integer.parseInt(m.group(1)) : unit.endsWith("ين") ? 2 : 1;
      int days = unit.startsWith("يوم") || unit.equals("ايام") ? n : unit.startsWith("اسبوع") || unit.equals("اسابيع") ? 7 * n : 0;
      LocalDate d = ref.minusDays(days);
      return new Found(d.toString(), d, m.start(), m.end(), true);
    }
    m = RELATIVE_EN.matcher(f);
    if (m.find()) {
      int n = Integer.parseInt(m.group(1));
      String unit = m.group(2);
      int days = unit.equals("day") ? n : unit.equals("week") ? 7 * n : 0;
      LocalDate d = ref.minusDays(days);
      return new Found(d.toString(), d, m.start(), m.end(), true);
    }
    return null;
  }

  /** The first valid clock time in the folded text as {@code HH:mm}, or null. */
  static String time(String f) {
    Matcher m = TIME.matcher(f);
    while (m.find()) {
      int h = int_(m, 1), min = int_(m, 2);
      String ampm = m.group(3);
      if (ampm != null) {
        boolean pm = ampm.startsWith("p") || ampm.startsWith("م");
        if (pm && h < 12) h += 12;
        if (!pm && h == 12) h = 0;
      }
      if (h <= 23 && min <= 59) return String.format("%02d:%02d", h, min);
    }
    return null;
  }

  private static Found keep(Found best, Found candidate) {
    if (candidate == null) return best;
    return best == null || candidate.start() < best.start() ? candidate : best;
  }

  private static Found make(String f, int start, int end, int year, int month, int day) {
    if (year < 1900 || year > 2100 || month < 1) return null; // Hijri years (1436) and non-dates
    try {
      LocalDate d = LocalDate.of(year, month, day);
      return new Found(d.toString(), d, start, end, false);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int int_(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  private static boolean hasDigit(String f) {
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c >= '0' && c <= '9') return true;
    }
    return false;
  }
}
