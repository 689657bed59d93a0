package org.marsad.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Scores a predicted partition of items against a gold partition, both given as item id → cluster key.
 *
 * <p>The items scored are the gold's. An item the prediction does not mention counts as a cluster of its own;
 * items only the prediction mentions are ignored. Cluster keys of the two partitions need not match.
 */
public final class ClusterScores {
  private ClusterScores() {}

  /** Precision, recall and their harmonic mean (0 when both are 0). */
  public record Score(double precision, double recall, double f1) {
    static Score of(double precision, double recall) {
      double sum = precision + recall;
      return new Score(precision, recall, sum == 0 ? 0 : 2 * precision * recall / sum);
    }
  }

  /**
   * B-cubed (Bagga and Baldwin): per item, the share of its predicted cluster that shares its gold cluster
   * (precision) and the share of its gold cluster that shares its predicted cluster (recall), averaged over items.
   * An empty gold scores 1/1/1.
   */
  public static Score bCubed(Map<String, String> predicted, Map<String, String> gold) {
    Counts c = Counts.of(predicted, gold);
    if (c.items == 0) return Score.of(1, 1);
    // Summing n_pg^2 / |p| over cells equals summing, per item, |p ∩ g| / |p|.
    double precision = 0;
    double recall = 0;
    for (Map.Entry<Cell, Integer> e : c.cells.entrySet()) {
      double n = e.getValue();
      precision += n * n / c.predictedSizes.get(e.getKey().predicted);
      recall += n * n / c.goldSizes.get(e.getKey().gold);
    }
    return Score.of(precision / c.items, recall / c.items);
  }

  /**
   * Pairwise: over unordered pairs of items, precision = pairs together in both / pairs together in the prediction,
   * recall = pairs together in both / pairs together in the gold. With no predicted pair precision is 1 (nothing
   * wrongly joined); with no gold pair recall is 1 (nothing missed).
   */
  public static Score pairwise(Map<String, String> predicted, Map<String, String> gold) {
    Counts c = Counts.of(predicted, gold);
    long together = 0;
    for (int n : c.cells.values()) together += pairs(n);
    long predictedPairs = 0;
    for (int n : c.predictedSizes.values()) predictedPairs += pairs(n);
    long goldPairs = 0;
    for (int n : c.goldSizes.values()) goldPairs += pairs(n);
    double precision = predictedPairs == 0 ? 1 : (double) together / predictedPairs;
    double recall = goldPairs == 0 ? 1 : (double) together / goldPairs;
    return Score.of(precision, recall);
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  private record Cell(String predicted, String gold) {}

  /** The contingency table of the two partitions over the gold's items. */
  private record Counts(int items, Map<Cell, Integer> cells, Map<String, Integer> predictedSizes,
      Map<String, Integer> goldSizes) {
    static Counts of(Map<String, String> predicted, Map<String, String> gold) {
      Map<Cell, Integer> cells = new HashMap<>();
      Map<String, Integer> predictedSizes = new HashMap<>();
      Map<String, Integer> goldSizes = new HashMap<>();
      for (Map.Entry<String, String> e : gold.entrySet()) {
        String p = predicted.get(e.getKey());
        // The prefix keeps an unmentioned item's own cluster apart from any key the prediction uses.
        String predictedKey = p == null ? "\u0000alone:" + e.getKey() : "=" + p;
        cells.merge(new Cell(predictedKey, e.getValue()), 1, Integer::sum);
        predictedSizes.merge(predictedKey, 1, Integer::sum);
        goldSizes.merge(e.getValue(), 1, Integer::sum);
      }
      return new Counts(gold.size(), cells, predictedSizes, goldSizes);
    }
  }
}
