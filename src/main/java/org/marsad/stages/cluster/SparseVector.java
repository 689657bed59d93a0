package org.marsad.stages.cluster;

import java.util.Arrays;

/**
 * A sparse term-weight vector: term ids strictly increasing, weights aligned. Arrays are owned by the vector and
 * never changed after construction.
 */
final class SparseVector {
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  final int[] terms;
  final float[] weights;

  SparseVector(int[] terms, float[] weights) {
    if (terms.length != weights.length) throw new IllegalArgumentException("terms and weights differ in length");
    this.terms = terms;
    this.weights = weights;
  }

  int size() {
    return terms.length;
  }

  double norm() {
    double s = 0;
    for (float w : weights) s += (double) w * w;
    return Math.sqrt(s);
  }

  double dot(SparseVector o) {
    int i = 0, j = 0;
    double s = 0;
    int[] a = terms, b = o.terms;
    while (i < a.length && j < b.length) {
      int x = a[i], y = b[j];
      if (x == y) s += (double) weights[i++] * o.weights[j++];
      else if (x < y) i++;
      else j++;
    }
    return s;
  }

  /** Cosine similarity; 0 when either vector is empty. */
  double cosine(SparseVector o) {
    double n = norm() * o.norm();
    return n == 0 ? 0 : dot(o) / n;
  }

  /** This vector scaled to unit length (itself when empty). */
  SparseVector normalized() {
    double n = norm();
    if (n == 0) return this;
    float[] w = new float[weights.length];
    for (int i = 0; i < w.length; i++) w[i] = (float) (weights[i] / n);
    return new SparseVector(terms, w);
  }

  /** The element-wise sum, by merging the two sorted term lists. */
  SparseVector plus(SparseVector o) {
    int[] t = new int[terms.length + o.terms.length];
    float[] w = new float[t.length];
    int i = 0, j = 0, k = 0;
    while (i < terms.length || j < o.terms.length) {
      if (j >= o.terms.length || (i < terms.length && terms[i] < o.terms[j])) {
        t[k] = terms[i];
        w[k++] = weights[i++];
      } else if (i >= terms.length || o.terms[j] < terms[i]) {
        t[k] = o.terms[j];
        w[k++] = o.weights[j++];
      } else {
        t[k] = terms[i];
        w[k++] = weights[i++] + o.weights[j++];
      }
    }
    return new SparseVector(Arrays.copyOf(t, k), Arrays.copyOf(w, k));
  }

  /** This vector with only its {@code k} heaviest terms (itself when it has no more). */
  SparseVector heaviest(int k) {
    if (terms.length <= k) return this;
    int[] top = topTerms(k, t -> true);
    Arrays.sort(top);
    float[] w = new float[top.length];
    for (int i = 0, j = 0; i < top.length; i++) {
      while (terms[j] != top[i]) j++;
      w[i] = weights[j];
    }
    return new SparseVector(top, w);
  }

  /** Ids of the (at most) {@code k} heaviest terms accepted by {@code keep}; ties go to the lower id. */
  int[] topTerms(int k, java.util.function.IntPredicate keep) {
    Integer[] order = new Integer[terms.length];
    int n = 0;
    for (int i = 0; i < terms.length; i++) if (keep.test(terms[i])) order[n++] = i;
    Integer[] idx = Arrays.copyOf(order, n);
    Arrays.sort(idx, (x, y) -> weights[x] != weights[y] ? Float.compare(weights[y], weights[x]) : Integer.compare(terms[x], terms[y]));
    int m = Math.min(k, n);
    int[] out = new int[m];
    for (int i = 0; i < m; i++) out[i] = terms[idx[i]];
    return out;
  }
}
