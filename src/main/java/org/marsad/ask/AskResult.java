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
   * @param value normalised: a count as ASCII digits (an amount adds its currency, a rate its %), a date as ISO, a
   *     name as written in a source, a clause for "what"
   * @param text the sentence that states it (from the best source)
   * @param holdsFor the month the value is reported for: the source's publication or inferred date; null if unknown
   * @param sources article ids, in order
   * @param outlets the outlet of each source, in the same order (null where a source names none)
   * @param role for a person: the role a source gives them ("محافظ الواحة"), else null
   */
  public record Answer(String value, String text, String holdsFor, List<String> sources, List<String> outlets, String role) {
    public Answer {
      sources = List.copyOf(sources);
      outlets = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(outlets)); // may hold nulls
      if (outlets.size() != sources.size()) throw new IllegalArgumentException("one outlet per source");
    }

    /** An answer whose sources name no outlet and that gives no role. */
    public Answer(String value, String text, String holdsFor, List<String> sources) {
      this(value, text, holdsFor, sources, java.util.Collections.nCopies(sources.size(), null), null);
    }
  }
}
