package org.marsad.stages.cluster;

/**
 * Link and merge thresholds that depend on the batch size. IDF is taken over the batch, and in a small batch
 * every word is rare, so ordinary words weigh as much as names and all cosines shrink; in a large batch only
 * event words stay rare. Between {@code small.batchSize} and {@code large.batchSize} articles the values move
 * linearly in log(batch size).
 */
public record Thresholds(At small, At large) {
  /** The thresholds at one batch size. */
  public record At(int batchSize, double link, double merge) {
    public At {
      if (batchSize < 1) throw new IllegalArgumentException("batch size " + batchSize);
    }
  }

  public Thresholds {
    if (large.batchSize() < small.batchSize()) throw new IllegalArgumentException("large batch smaller than small batch");
  }

  /** The same thresholds at every batch size. */
  public static Thresholds fixed(double link, double merge) {
    At at = new At(1, link, merge);
    return new Thresholds(at, at);
  }

  /** The thresholds for a batch of {@code n} items. */
  At at(int n) {
    if (n <= small.batchSize() || small.batchSize() == large.batchSize()) return small;
    if (n >= large.batchSize()) return large;
    double f = Math.log((double) n / small.batchSize()) / Math.log((double) large.batchSize() / small.batchSize());
    return new At(n, small.link() + f * (large.link() - small.link()), small.merge() + f * (large.merge() - small.merge()));
  }
}
