package org.marsad.pipeline;

import java.time.LocalDate;

/**
 * What every stage may read besides the article. Time is a parameter (java.time's Clock idea): relative
 * expressions such as "منذ 3 ساعات" resolve against {@code referenceDate} when the article has no date of its own.
 *
 * @param referenceDate the run's reference date (CLI {@code --ref-date}), or null for none
 */
public record StageContext(LocalDate referenceDate) {
  public static final StageContext NONE = new StageContext(null);
}
