package org.marsad.text.ar;

import org.marsad.model.Span;

/** A token: a typed range of the original text. The text is read through the span. */
public record Token(Span span, TokenType type) {
  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public String text(CharSequence original) {
    return original.subSequence(span.start(), span.end()).toString();
  }
}
