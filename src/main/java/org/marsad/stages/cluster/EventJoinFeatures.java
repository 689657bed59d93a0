package org.marsad.stages.cluster;

import java.util.List;

/**
 * The features of an article and a whole candidate event that say whether the article reports that event's
 * happening. The pair links ({@link EventLinkModel}) say how close it is to single members; the centroid says how
 * close it is to what the members say together. Weights are fitted on labelled data ({@code event-join-model.tsv}).
 * Nothing here grows with the event's size: the mean link over all members and ln(size) were tried and fitted on one
 * day transfer worse to the other (a day with one huge event is not a day of small ones).
 */
final class EventJoinFeatures {
  static final List<String> NAMES = List.of(
      "max_link",             // strongest same-happening probability to one member
      "centroid_cosine",      // body against the members' summed bodies
      "lead_centroid_cosine", // title + lead against the members' summed leads
      "entity_coverage",      // share of the article's name weight the event names too
      "entity_support");      // ln(1 + name weight, each by the share of members naming it)
  static final int SIZE = NAMES.size();

  private EventJoinFeatures() {}

  static void of(EventProfile p, double maxLink, EventCentroid c, double[] out) {
    out[0] = maxLink;
    out[1] = c.bodyCosine(p);
    out[2] = c.leadCosine(p);
    c.entityOverlap(p, out, 3);
  }
}
