package org.marsad.ask;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a question asks for and which words it is about. The kind comes from the Arabic interrogative ("كم" → a count,
 * "متى" → a date, "من" → a person, "أين" → a place); the words are the question's analysed content terms.
 *
 * @param terms analysed (stemmed, normalised) content terms, interrogatives and their helpers removed
 */
public record Question(String text, Kind kind, Set<String> terms) {
  public enum Kind { COUNT, DATE, PERSON, PLACE, OTHER }

  private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}])(?:كم|بكم|ما عدد|ما حجم|ما قيمة|ما مقدار|ما نسبة)(?![\\p{L}])");
  private static final Pattern DATE = Pattern.compile("(?<![\\p{L}])(?:متى|في أي يوم|في أي تاريخ|في أي عام|في أي شهر)(?![\\p{L}])");
  private static final Pattern PERSON = Pattern.compile("^\\s*(?:من|مَن)(?![\\p{L}])");
  private static final Pattern PLACE = Pattern.compile("(?<![\\p{L}])(?:أين|اين|في أي مدينة|في أي بلد)(?![\\p{L}])");

  public Question {
    terms = Set.copyOf(terms);
  }

  static Kind kindOf(String question) {
    if (COUNT.matcher(question).find()) return Kind.COUNT;
    if (DATE.matcher(question).find()) return Kind.DATE;
    if (PLACE.matcher(question).find()) return Kind.PLACE;
    if (PERSON.matcher(question).find()) return Kind.PERSON;
    return Kind.OTHER;
  }
}
