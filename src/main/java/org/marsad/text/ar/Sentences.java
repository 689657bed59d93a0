package org.marsad.text.ar;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;

/**
 * Cuts paragraphs into sentences at . ! ? ؟ and line breaks, as spans into the same text. Deliberately plain: news
 * sentences end with those marks; abbreviations with dots are rare in Arabic copy.
 */
public final class Sentences {
  private Sentences() {}

  /** Sentences of each paragraph, in order; each at least two characters long. */
  public static List<Span> split(String text, List<Span> paragraphs) {
    List<Span> out = new ArrayList<>();
    for (Span p : paragraphs) {
      int start = p.start();
      for (int i = p.start(); i < p.end(); i++) {
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n') {
          if (i + 1 - start > 1) out.add(new Span(start, i + 1));
          start = i + 1;
        }
      }
      if (p.end() - start > 1) out.add(new Span(start, p.end()));
    }
    return out;
  }
}
