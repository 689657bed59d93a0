package org.marsad.model;

import java.util.Objects;

/** Reported speech; {@code span} covers the quoted text. {@code speaker} may be null. */
public record Quote(Span span, String text, String speaker) {
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
