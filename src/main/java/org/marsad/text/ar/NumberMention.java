package org.marsad.text.ar;

import java.util.Objects;
import org.marsad.model.Span;

/**
 * A number found in text. {@code unit} is the normalised currency word as written (دولار) or null; {@code currency}
 * its ISO 4217 code when the words tell it, else null.
 */
public record NumberMention(Span span, double value, String unit, String currency, boolean ordinal, boolean percent) {
  public NumberMention {
    Objects.requireNonNull(span, "span");
  }
}
