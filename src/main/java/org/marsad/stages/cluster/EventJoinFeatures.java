package org.marsad.stages.cluster;

import java.util.List;

/**
 * The features of an article and a whole candidate event that say whether the article reports that event's
 * happening. The pair links ({@link EventLinkModel}) say how close it is to single members; the centroid says how
 * close it is to what the members say together. Weights are fitted on labelled data ({@code event-join-model.tsv}).
 * Nothing here grows with the event's size: the mean link over all members and ln(size) were tried and did not help
 * (fitted on one dev day they transferred worse to the other, a day with one huge event not being a day of small ones).
 */
final class EventJoinFeatures {
  static final List<String> NAMES = List.of(
      "max_link",             // strongest same-happening probability to one member
      "centroid_cosine",      // body against the members' summed bodies
      "lead_centroid_cosine", // title + lead against the members' summed leads
      "entity_coverage",      // share of the article's name weight the event names too
      "entity_support",       // ln(1 + name weight, each by the share of members naming it)
      // How far this event stands out among the article's candidate events: a reaction shares little with any one
      // event, yet far more with its own than with the rest. A margin does not move with how many articles a day
      // puts into one event, which shifts every absolute similarity's odds from one day to the next.
      "max_link_margin",
      "centroid_margin",
      "lead_centroid_margin");
  static final int SIZE = NAMES.size();

  private EventJoinFeatures() {}

  /** The absolute features of one candidate event (the margins are filled by {@link #margins}). */
  static void of(EventProfile p, double maxLink, EventCentroid c, double[] out) {
    out[0] = maxLink;
    out[1] = c.bodyCosine(p);
    out[2] = c.leadCosine(p);
    c.entityOverlap(p, out, 3);
  }

  private static final int[] MARGIN_OF = {0, 1, 2};
  private static final int FIRST_MARGIN = 5;

  /**
   * Fills the margins of the first {@code n} rows: each row's max link, centroid and lead-centroid cosine minus the
   * highest of the other rows (minus 0 when it is the only candidate).
   */
  static void margins(double[][] rows, int n) {
    for (int m = 0; m < MARGIN_OF.length; m++) {
      int f = MARGIN_OF[m];
      double best = 0, second = 0;
      int bestRow = -1;
      for (int k = 0; k < n; k++) {
        double v = rows[k][f];
        if (bestRow < 0 || v > best) {
          second = bestRow < 0 ? 0 : best;
          best = v;
          bestRow = k;
        } else if (v > second) {
          second = v;
        }
      }
      if (n == 1) second = 0;
      for (int k = 0; k < n; k++) rows[k][FIRST_MARGIN + m] = rows[k][f] - (k == bestRow ? second : best);
    }
  }
}
