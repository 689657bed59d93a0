package org.marsad.model;

import java.util.Objects;

/** A named entity mention. {@code canonical} and {@code role} may be null when unknown. */
public record Entity(EntityType type, Span span, String text, String canonical, String role) {
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
