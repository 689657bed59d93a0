package org.marsad.stages.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.Article;
import org.marsad.model.Span;

/**
 * The weekday an article calls "today" ("اليوم الإثنين", "اليوم، الثلاثاء") in its lead paragraph. Undated
 * scraped articles often give nothing else about when the reported happening took place, and same-day reports of one
 * happening name the same weekday.
 */
public final class ReportingDay {
  private static final Pattern TODAY_WEEKDAY = Pattern.compile("(?<![\\p{L}])اليوم[ ,،]*(\\p{L}+)");
  /** Only the lead speaks of the reporting day; later paragraphs quote speeches and background. */
  private static final int LEAD_PARAGRAPHS = 2;

  private ReportingDay() {}

  /** ISO weekday 1..7 named as "today" in the first body paragraphs, else 0. */
  public static int todayWeekday(Article article) {
    int seen = 0;
    for (Span p : article.body()) {
      if (seen++ >= LEAD_PARAGRAPHS) break;
      int w = todayWeekday(TextFold.fold(article.text(), p.start(), p.end()));
      if (w != 0) return w;
    }
    return 0;
  }

  /** ISO weekday named right after "اليوم" in folded text, else 0. */
  static int todayWeekday(String folded) {
    Matcher m = TODAY_WEEKDAY.matcher(folded);
    while (m.find()) {
      int w = PublicationDates.weekday(m.group(1));
      if (w != 0) return w;
    }
    return 0;
  }
}
