package org.marsad.text.ar;

import org.marsad.model.Span;

/** A calendar word found in text. */
public record CalendarMention(Span span, CalendarEntry entry) {}
