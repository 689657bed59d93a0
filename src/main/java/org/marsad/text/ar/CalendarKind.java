package org.marsad.text.ar;

/** What a calendar word names. */
public enum CalendarKind {
  GREGORIAN_MONTH,
  HIJRI_MONTH,
  /** ISO numbering: Monday = 1 … Sunday = 7. */
  WEEKDAY,
  /** اليوم، أمس، غداً، الماضي، المقبل، منذ، قبل …: label says which, value is a day offset where it has one. */
  RELATIVE
}
