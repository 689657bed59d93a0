package org.marsad.ask;

import java.util.List;

/**
 * The answer to a question, in the shape of shared/CONTRACT.md §4: one answer per value, each with its sources; where
 * sources disagree there are several answers for the same {@code holdsFor}. No answer: {@code message} is "لا أعرف"
 * and {@code nearest} lists the closest sources.
 */
public record AskResult(String question, String message, List<Answer> answers, List<String> nearest) {
  public static final String DONT_KNOW = "لا أعرف";

  public AskResult {
    answers = List.copyOf(answers);
    nearest = List.copyOf(nearest);
  }

  /**
   * @param value normalised: a count as ASCII digits, a date as ISO, a name as written in a source
   * @param text the sentence that states it (from the first source)
   * @param holdsFor the month (or date) the value is reported for: the source's publication or inferred date
   */
  public record Answer(String value, String text, String holdsFor, List<String> sources) {
    public Answer {
      sources = List.copyOf(sources);
    }
  }
}
