package org.marsad.text.ar;

/**
 * One calendar word: kind, value (month 1–12, ISO weekday, or day offset), label (series such as syriac, egyptian,
 * maghrebi, hijri; or the relative word's meaning such as YESTERDAY), and the normalised form.
 */
public record CalendarEntry(CalendarKind kind, int value, String label, String form, boolean ambiguous) {}
