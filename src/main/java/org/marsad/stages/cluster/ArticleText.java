package org.marsad.stages.cluster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.marsad.model.Article;

/** What grouping reads from an article: its text for similarity, its publication day, its lead sentence. */
final class ArticleText {
  /** Longest lead sentence kept; longer ones are cut at a word boundary. */
  static final int MAX_LEAD = 400;
  /** In raw text (no cleaned body), the lead is the first line with at least this many words. */
  private static final int MIN_RAW_LEAD_WORDS = 15;

  private ArticleText() {}

  /** Title and body: the cleaned body when there is one, else the whole text. */
  static String forSimilarity(Article a) {
    String title = a.meta().title();
    String body = bodyOrText(a);
    return title == null ? body : title + "\n" + body;
  }

  static String bodyOrText(Article a) {
    String body = a.bodyText();
    return body.isEmpty() ? a.text() : body;
  }

  /** {@code meta.published} as {@code yyyy-MM-dd}, or null when absent or not a date. */
  static String publishedDate(Article a) {
    String p = a.meta().published();
    if (p == null || p.length() < 10) return null;
    String day = p.substring(0, 10);
    try {
      LocalDate.parse(day);
      return day;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static long epochDay(String isoDate) {
    return isoDate == null ? SimilarityGrouping.UNKNOWN_DAY : LocalDate.parse(isoDate).toEpochDay();
  }

  /**
   * The first sentence of the first body paragraph. Without a cleaned body, the first line of at least
   * {@value #MIN_RAW_LEAD_WORDS} words that ends a sentence stands in for it (in raw text, short lines are menus and
   * bylines, and titles end without a full stop).
   * Null when the article has no text.
   */
  static String leadSentence(Article a) {
    String body = a.bodyText();
    String paragraph = body.isEmpty() ? firstLongLine(a.text()) : firstLine(body);
    if (paragraph == null) return null;
    return firstSentence(paragraph);
  }

  private static String firstLine(String s) {
    int start = 0;
    while (start < s.length()) {
      int end = s.indexOf('\n', start);
      if (end < 0) end = s.length();
      String line = s.substring(start, end).strip();
      if (!line.isEmpty()) return line;
      start = end + 1;
    }
    return null;
  }

  /** First line that looks like a paragraph: long and ending a sentence; else the first long line; else the first. */
  private static String firstLongLine(String s) {
    String first = null;
    String firstLong = null;
    int start = 0;
    while (start < s.length()) {
      int end = s.indexOf('\n', start);
      if (end < 0) end = s.length();
      String line = s.substring(start, end).strip();
      if (!line.isEmpty()) {
        if (first == null) first = line;
        if (words(line) >= MIN_RAW_LEAD_WORDS) {
          if (endsSentence(line)) return line;
          if (firstLong == null) firstLong = line;
        }
      }
      start = end + 1;
    }
    return firstLong != null ? firstLong : first;
  }

  /** Titles rarely end with a full stop; paragraphs do (possibly before a closing quote or bracket). */
  private static boolean endsSentence(String line) {
    int i = line.length() - 1;
    while (i > 0 && "\"'»)]”".indexOf(line.charAt(i)) >= 0) i--;
    char c = line.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '؟';
  }

  private static int words(String line) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < line.length(); i++) {
      boolean ws = Character.isWhitespace(line.charAt(i));
      if (!ws && !in) n++;
      in = !ws;
    }
    return n;
  }

  /** Up to the first . ! ? ؟ that is followed by a space or the end (so 2.5 and 18.25 do not end a sentence). */
  static String firstSentence(String paragraph) {
    int n = paragraph.length();
    for (int i = 0; i < n; i++) {
      char c = paragraph.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '؟') && (i + 1 == n || Character.isWhitespace(paragraph.charAt(i + 1)))) {
        return cut(paragraph.substring(0, i + 1).strip());
      }
    }
    return cut(paragraph);
  }

  private static String cut(String s) {
    if (s.length() <= MAX_LEAD) return s;
    int space = s.lastIndexOf(' ', MAX_LEAD);
    return s.substring(0, space > MAX_LEAD / 2 ? space : MAX_LEAD) + "…";
  }
}
