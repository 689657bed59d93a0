package org.marsad.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.stages.brief.SentencePool;

/**
 * TextRank sentence ranking (Mihalcea &amp; Tarau 2004), the baseline the ANT paper reports: sentences are nodes,
 * an edge weighs the words two sentences share divided by {@code log|Si| + log|Sj|} (|S| in words), and PageRank
 * (damping 0.85) ranks the nodes. Words here are the pool's content terms, the same the marsad summariser reads, so
 * the two differ only in how they rank and select. Pure.
 */
public final class TextRank {
  static final double DAMPING = 0.85;
  static final int MAX_ITERATIONS = 100;
  static final double TOLERANCE = 1e-6;

  private TextRank() {}

  /** Pool indices from best to worst. */
  public static List<Integer> rank(SentencePool pool) {
    double[] score = pageRank(weights(pool));
    List<Integer> order = new ArrayList<>(pool.size());
    for (int i = 0; i < pool.size(); i++) order.add(i);
    // ties keep text order: earlier first
    order.sort((a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
    return order;
  }

  static double[][] weights(SentencePool pool) {
    int n = pool.size();
    List<Set<String>> words = new ArrayList<>(n);
    for (int i = 0; i < n; i++) words.add(new HashSet<>(pool.candidate(i).terms()));
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int shared = 0;
        Set<String> a = words.get(i), b = words.get(j);
        for (String t : a.size() <= b.size() ? a : b) if ((a.size() <= b.size() ? b : a).contains(t)) shared++;
        double denominator = Math.log(pool.candidate(i).words()) + Math.log(pool.candidate(j).words());
        double v = shared == 0 || denominator <= 0 ? 0 : shared / denominator;
        w[i][j] = v;
        w[j][i] = v;
      }
    }
    return w;
  }

  /** Weighted PageRank: {@code S(i) = (1−d) + d·Σ_j w(j,i) / Σ_k w(j,k) · S(j)}. */
  static double[] pageRank(double[][] w) {
    int n = w.length;
    double[] out = new double[n];
    for (int j = 0; j < n; j++) for (int k = 0; k < n; k++) out[j] += w[j][k];
    double[] s = new double[n];
    java.util.Arrays.fill(s, 1.0);
    double[] next = new double[n];
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double change = 0;
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) if (w[j][i] > 0) sum += w[j][i] / out[j] * s[j];
        next[i] = (1 - DAMPING) + DAMPING * sum;
        change = Math.max(change, Math.abs(next[i] - s[i]));
      }
      double[] t = s;
      s = next;
      next = t;
      if (change < TOLERANCE) break;
    }
    return s;
  }
}
