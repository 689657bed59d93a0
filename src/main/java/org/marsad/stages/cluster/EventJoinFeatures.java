package org.marsad.stages.cluster;

import java.util.List;

/**
 * The features of an article and a whole candidate event that say whether the article reports that event's
 * happening. The pair links ({@link EventLinkModel}) say how close it is to single members; the centroid says how
 * close it is to what the members say together. Weights are fitted on labelled data ({@code event-join-model.tsv}).
 */
final class EventJoinFeatures {
  static final List<String> NAMES = List.of(
      "max_link",             // strongest same-happening probability to one member
      "mean_link",            // mean over all members (members not retrieved count 0): one close member is not enough
      "centroid_cosine",      // body against the members' summed bodies
      "lead_centroid_cosine", // title + lead against the members' summed leads
      "entity_coverage",      // share of the article's name weight the event names too
      "entity_support",       // ln(1 + name weight, each by the share of members naming it)
      "log_size");            // ln(members): a big event pulls in loosely related articles unless it pays for it
  static final int SIZE = NAMES.size();

  private EventJoinFeatures() {}

  static void of(EventProfile p, double maxLink, double meanLink, EventCentroid c, int members, double[] out) {
    out[0] = maxLink;
    out[1] = meanLink;
    out[2] = c.bodyCosine(p);
    out[3] = c.leadCosine(p);
    c.entityOverlap(p, out, 4);
    out[6] = Math.log(Math.max(1, members));
  }
}
