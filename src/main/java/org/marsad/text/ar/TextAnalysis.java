package org.marsad.text.ar;

import java.util.ArrayList;
import java.util.List;

/** Everything the Arabic text layer sees in one text: tokens with normalised forms and segments, numbers, calendar words. */
public record TextAnalysis(String text, List<AnalysedToken> tokens, List<NumberMention> numbers, List<CalendarMention> calendar) {
  /** A token with its normalised form and its clitic segments (one segment when whole). */
  public record AnalysedToken(Token token, String normalized, List<Segment> segments) {}

  public TextAnalysis {
    tokens = List.copyOf(tokens);
    numbers = List.copyOf(numbers);
    calendar = List.copyOf(calendar);
  }

  public static TextAnalysis of(String text) {
    Normalizer normalizer = Normalizer.standard();
    CliticSegmenter segmenter = CliticSegmenter.standard();
    List<AnalysedToken> tokens = new ArrayList<>();
    for (Token t : ArabicTokenizer.tokenize(text)) {
      String normalized = normalizer.normalizeToString(t.text(text));
      List<Segment> segs = t.type() == TokenType.ARABIC ? segmenter.segment(text, t.start(), t.end()) : List.of();
      tokens.add(new AnalysedToken(t, normalized, segs));
    }
    return new TextAnalysis(text, tokens, ArabicNumbers.standard().find(text), CalendarLexicon.standard().find(text));
  }
}
