package org.marsad.model;

import java.util.Objects;

/** A number with what it counts. {@code unit} and {@code of} may be null. */
public record Quantity(Span span, String text, double value, String unit, String of) {
  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  /** How a value is written wherever marsad shows one: a count as an integer (135.0 → "135"), else as is (2.5). */
  public static String valueText(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
