package org.marsad.stages.cluster;

/**
 * What event detection keeps of one article: its weighted words, names, outlet and days. Vectors are unit length
 * with IDF from {@link TermStatistics} at the time the profile was made.
 *
 * @param outlet id of the outlet in {@link TermStatistics}, or -1 when unknown
 * @param publishedDay epoch day of publication, or {@link SimilarityGrouping#UNKNOWN_DAY}
 * @param happeningDay epoch day the lead paragraph dates the happening to ("أمس السبت"), else the published day
 * @param weekdayMask {@link SimilarityGrouping#weekdayMask} of the article
 * @param body title and body, the heaviest {@link EventProfiler#MAX_BODY_TERMS} terms
 * @param lead title and first paragraph
 * @param entities sorted ids of the names (persons, organisations, places) it mentions, by spelling key
 * @param entityWeights IDF of each entity, aligned with {@code entities}
 */
record EventProfile(String articleId, int outlet, long publishedDay, long happeningDay, int weekdayMask,
    SparseVector body, SparseVector lead, int[] entities, float[] entityWeights) {

  boolean dated() {
    return publishedDay != SimilarityGrouping.UNKNOWN_DAY;
  }
}
