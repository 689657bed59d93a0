package org.marsad.text.ar;

import org.marsad.model.Span;

/** One clitic segment of a word: its range in the original text and its normalised form (ال for the ل of لل). */
public record Segment(Span span, String form, SegmentKind kind) {}
