package org.marsad.text.ar;

import org.marsad.model.Span;

/** A normalised text with its map back to the original. Use {@link #text} for matching, {@link #original} for display. */
public record NormalizedText(String original, String text, OffsetMap map) {
  /** The original span of normalised range {@code [start, end)}. */
  public Span toOriginal(int start, int end) {
    return new Span(map.toOriginal(start), map.toOriginal(end));
  }
}
