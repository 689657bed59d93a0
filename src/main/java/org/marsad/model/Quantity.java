package org.marsad.model;

import java.util.Objects;

/** A number with what it counts. {@code unit} and {@code of} may be null. */
public record Quantity(Span span, String text, double value, String unit, String of) {
  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
