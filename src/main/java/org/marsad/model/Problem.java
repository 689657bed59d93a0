package org.marsad.model;

import java.util.Objects;

/** Something a stage could not do on one article; reported, never thrown (cf. jsoup's ParseErrorList). */
public record Problem(String stage, Span span, String message) {
  public Problem {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(message, "message");
  }
}
