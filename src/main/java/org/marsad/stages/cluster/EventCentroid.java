package org.marsad.stages.cluster;

/**
 * What an event's members say together: the sums of their unit body and lead vectors and how many members name each
 * entity. An article is compared with the whole event this way, not only with the one member it is closest to: a
 * reaction or a follow-up shares a few words with each of many members, and the sum shows which words the event is
 * about. Sums keep their heaviest terms only, so an event of any size costs the same. Immutable.
 *
 * @param members how many articles the sums are over
 * @param body sum of the members' body vectors (not normalised), its {@link #BODY_TERMS} heaviest terms
 * @param lead sum of the members' lead vectors, its {@link #LEAD_TERMS} heaviest terms
 * @param entities per entity id, how many members name it, the {@link #ENTITIES} most named
 */
record EventCentroid(int members, SparseVector body, SparseVector lead, SparseVector entities) {
  static final int BODY_TERMS = 128, LEAD_TERMS = 64, ENTITIES = 64;

  static EventCentroid of(EventProfile p) {
    float[] ones = new float[p.entities().length];
    java.util.Arrays.fill(ones, 1f);
    return new EventCentroid(1, p.body(), p.lead(), new SparseVector(p.entities(), ones).heaviest(ENTITIES));
  }

  EventCentroid plus(EventProfile p) {
    return plus(of(p));
  }

  EventCentroid plus(EventCentroid o) {
    return new EventCentroid(members + o.members, body.plus(o.body).heaviest(BODY_TERMS),
        lead.plus(o.lead).heaviest(LEAD_TERMS), entities.plus(o.entities).heaviest(ENTITIES));
  }

  /** Cosine of an article's body with the members' summed bodies. */
  double bodyCosine(EventProfile p) {
    double n = body.norm();
    return n == 0 ? 0 : p.body().dot(body) / n;
  }

  double leadCosine(EventProfile p) {
    double n = lead.norm();
    return n == 0 ? 0 : p.lead().dot(lead) / n;
  }

  /**
   * Writes into {@code out[at]} the share of the article's name weight (IDF) that the event names too, and into
   * {@code out[at + 1]} ln(1 + that weight, each name counted by the share of members naming it): rare names the
   * whole event keeps naming say most.
   */
  void entityOverlap(EventProfile p, double[] out, int at) {
    int[] x = p.entities(), y = entities.terms;
    float[] wx = p.entityWeights(), cy = entities.weights;
    double all = 0, shared = 0, support = 0;
    int j = 0;
    for (int i = 0; i < x.length; i++) {
      all += wx[i];
      while (j < y.length && y[j] < x[i]) j++;
      if (j < y.length && y[j] == x[i]) {
        shared += wx[i];
        support += wx[i] * Math.min(1.0, cy[j] / members);
      }
    }
    out[at] = all == 0 ? 0 : shared / all;
    out[at + 1] = Math.log1p(support);
  }
}
