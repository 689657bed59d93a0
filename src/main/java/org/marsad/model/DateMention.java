package org.marsad.model;

import java.util.Objects;

/**
 * A temporal expression. {@code value} is ISO {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, a range
 * {@code YYYY/YYYY}, or null when it cannot be resolved (a bare weekday without a reference date);
 * {@code weekday} keeps a named weekday (ISO 1..7) even when the date stays unresolved, else 0.
 */
public record DateMention(Span span, String text, String value, int weekday) {
  public DateMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (weekday < 0 || weekday > 7) throw new IllegalArgumentException("weekday " + weekday);
  }
}
