package org.marsad.stages.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;

/**
 * Turns the publication times that source formats carry into {@link org.marsad.model.Metadata#published()}'s
 * ISO form, minute precision ({@code 2018-04-12T12:19}) or a bare date.
 */
final class PublishedTime {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);
  /** RFC 822/1123 with or without the weekday, 1- or 2-digit day, zone as offset or name ("GMT"). */
  private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .optionalStart().appendPattern("EEE, ").optionalEnd()
      .appendPattern("d MMM yyyy HH:mm")
      .optionalStart().appendPattern(":ss").optionalEnd()
      .appendLiteral(' ')
      .optionalStart().appendOffset("+HHMM", "GMT").optionalEnd()
      .optionalStart().appendZoneText(java.time.format.TextStyle.SHORT).optionalEnd()
      .toFormatter(Locale.ENGLISH);

  private PublishedTime() {}

  /** An RFC-822 time ("Thu, 12 Apr 2018 16:19:43 +0400") as UTC minutes; null if it does not parse. */
  static String rfc822ToUtc(String s) {
    if (s == null) return null;
    try {
      ZonedDateTime t = ZonedDateTime.parse(s.trim(), RFC_822);
      return MINUTES.format(t.withZoneSameInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String utc(Date d) {
    return d == null ? null : MINUTES.format(LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC));
  }

  static String utc(Instant i) {
    return i == null ? null : MINUTES.format(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
  }

  /**
   * An ISO-8601 or RFC-822 time as the page wrote it: the local wall time, the offset dropped ("2021-06-28T17:30:00+03:00"
   * gives "2021-06-28T17:30"); a bare date stays a date. Null if it does not parse.
   */
  static String asWritten(String s) {
    if (s == null) return null;
    String t = s.trim();
    if (t.isEmpty()) return null;
    try {
      return MINUTES.format(OffsetDateTime.parse(t).truncatedTo(ChronoUnit.MINUTES));
    } catch (DateTimeParseException ignored) {
      // not an offset time; try the next form
    }
    try {
      return MINUTES.format(LocalDateTime.parse(t.replace(' ', 'T')));
    } catch (DateTimeParseException ignored) {
      // not a local time
    }
    try {
      return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t).toString();
    } catch (DateTimeParseException ignored) {
      // not a date
    }
    try {
      return MINUTES.format(ZonedDateTime.parse(t, RFC_822));
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }
}
