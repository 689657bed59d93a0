package org.marsad.stages.cluster;

/**
 * How much each view of an article counts in the similarity that groups events. Each view is a TF-IDF vector over the
 * batch; an article's vector joins the views it has, each scaled by the square root of its weight, and is then made
 * unit length, so the cosine of two articles is the weighted sum of the views' cosines.
 *
 * @param body title and whole body (or whole raw text)
 * @param lead title and first paragraph: where the happening is named; background and genre words come later
 * @param entities the resolved names (canonical when known) of persons, organisations and places: same-event articles
 *     share few words (reactions, follow-ups) but name the same actors
 */
public record Weights(double body, double lead, double entities) {
  /** Only the body view. */
  public static final Weights BODY_ONLY = new Weights(1, 0, 0);

  public Weights {
    if (body < 0 || lead < 0 || entities < 0 || body + lead + entities <= 0) {
      throw new IllegalArgumentException("weights must be ≥ 0 and not all 0: " + body + ", " + lead + ", " + entities);
    }
  }
}
