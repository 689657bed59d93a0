package org.marsad.stages.cluster;

import java.util.List;

/**
 * The features of two articles that say whether they report one happening. Every feature is general (no word list,
 * no tuned threshold); their weights are fitted on labelled pairs ({@link EventLinkModel}).
 */
final class PairFeatures {
  /** Names of the features, in the order of {@link #of}. */
  static final List<String> NAMES = List.of(
      "body_cosine",        // title + body TF-IDF
      "lead_cosine",        // title + first paragraph: where the happening is named
      "entity_overlap",     // IDF-weighted Jaccard of the names (persons, organisations, places)
      "shared_entities",    // ln(1 + IDF mass of shared names): two rare shared names say more than a ratio
      "same_happening_day", // both leads date the happening to the same day
      "day_gap",            // days between publications (capped), 0 when either is unknown
      "same_outlet",        // an outlet rarely reports one happening twice on one day; its boilerplate repeats
      "same_outlet_same_day",
      "near_duplicate");    // one text filed twice (an outlet's two sections): the outlet features must not learn from it
  static final int SIZE = NAMES.size();
  static final int MAX_DAY_GAP = 3;
  /** Body cosine from which two texts are one text with small edits. */
  static final double NEAR_DUPLICATE = 0.8;

  private PairFeatures() {}

  /** Writes the features of {@code a} and {@code b} into {@code out} (length {@link #SIZE}). */
  static void of(EventProfile a, EventProfile b, double[] out) {
    out[0] = a.body().dot(b.body());
    out[1] = a.lead().dot(b.lead());
    entityOverlap(a, b, out);
    boolean bothDated = a.dated() && b.dated();
    out[4] = bothDated && a.happeningDay() == b.happeningDay() ? 1 : 0;
    out[5] = bothDated ? Math.min(MAX_DAY_GAP, Math.abs(a.publishedDay() - b.publishedDay())) : 0;
    boolean sameOutlet = a.outlet() >= 0 && a.outlet() == b.outlet();
    out[6] = sameOutlet ? 1 : 0;
    out[7] = sameOutlet && bothDated && a.publishedDay() == b.publishedDay() ? 1 : 0;
    out[8] = out[0] >= NEAR_DUPLICATE ? 1 : 0;
  }

  /** Same outlet, same day, and not one text filed twice: what an outlet's second report of one happening rarely is. */
  static boolean outletClash(double[] f) {
    return f[7] == 1 && f[8] == 0;
  }

  private static void entityOverlap(EventProfile a, EventProfile b, double[] out) {
    int[] x = a.entities(), y = b.entities();
    float[] wx = a.entityWeights(), wy = b.entityWeights();
    double shared = 0, union = 0;
    int i = 0, j = 0;
    while (i < x.length || j < y.length) {
      if (j >= y.length || (i < x.length && x[i] < y[j])) union += wx[i++];
      else if (i >= x.length || y[j] < x[i]) union += wy[j++];
      else {
        double w = Math.max(wx[i++], wy[j++]); // the later profile knows more documents; either is close
        shared += w;
        union += w;
      }
    }
    out[2] = union == 0 ? 0 : shared / union;
    out[3] = Math.log1p(shared);
  }
}
