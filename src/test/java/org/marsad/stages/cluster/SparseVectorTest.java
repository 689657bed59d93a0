package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SparseVectorTest {
  static SparseVector v(int[] t, float[] w) {
    return new SparseVector(t, w);
  }

  @Test
  void dotOverSharedTermsOnly() {
    SparseVector a = v(new int[] {1, 3, 5}, new float[] {1, 2, 3});
    SparseVector b = v(new int[] {0, 3, 5, 9}, new float[] {7, 1, 1, 7});
    assertThat(a.dot(b)).isEqualTo(5.0);
  }

  @Test
  void cosineOfEmptyIsZero() {
    assertThat(SparseVector.EMPTY.cosine(v(new int[] {1}, new float[] {1}))).isZero();
  }

  @Test
  void normalizedHasUnitLength() {
    assertThat(v(new int[] {2, 4}, new float[] {3, 4}).normalized().norm()).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void plusMergesSortedTerms() {
    SparseVector s = v(new int[] {1, 4}, new float[] {1, 1}).plus(v(new int[] {2, 4, 7}, new float[] {2, 2, 2}));
    assertThat(s.terms).containsExactly(1, 2, 4, 7);
    assertThat(s.weights).containsExactly(1f, 2f, 3f, 2f);
  }

  @Test
  void topTermsByWeightThenId() {
    SparseVector a = v(new int[] {1, 2, 3, 4}, new float[] {0.5f, 0.9f, 0.9f, 0.1f});
    assertThat(a.topTerms(2, t -> true)).containsExactly(2, 3);
    assertThat(a.topTerms(9, t -> t != 2)).containsExactly(3, 1, 4);
  }
}
