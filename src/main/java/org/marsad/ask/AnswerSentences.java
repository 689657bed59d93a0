package org.marsad.ask;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;

/**
 * Cuts paragraphs into the sentences answers quote, at . ! ? ؟ ؛ and line breaks, as spans into the article's text.
 * A dot between digits is a decimal point ("2.5 مليار"), not the end of a sentence.
 */
final class AnswerSentences {
  private AnswerSentences() {}

  static List<Span> split(String text, List<Span> paragraphs) {
    List<Span> out = new ArrayList<>();
    for (Span p : paragraphs) {
      int start = p.start();
      for (int i = p.start(); i < p.end(); i++) {
        char c = text.charAt(i);
        boolean end = c == '!' || c == '?' || c == '؟' || c == '\n'
            || (c == '.' && !(i > p.start() && i + 1 < p.end() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))));
        if (end) {
          add(out, text, start, i + 1);
          start = i + 1;
        }
      }
      add(out, text, start, p.end());
    }
    return out;
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end - start > 1) out.add(new Span(start, end));
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669');
  }
}
