package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class SimilarityGroupingTopTermsTest {
  /** The unboxed top-terms selection picks the same terms in the same order, ties and odd weights included. */
  @Test
  void sameAsSparseVectorTopTerms() {
    float[] palette = {0f, -0f, 0.5f, 0.25f, 0.125f, 1f, Float.MIN_VALUE, 3.4f, -0.5f, Float.NaN};
    for (long seed = 1; seed <= 500; seed++) {
      Random r = new Random(seed);
      int size = r.nextInt(40);
      int[] terms = new int[size];
      float[] weights = new float[size];
      int t = 0;
      for (int i = 0; i < size; i++) {
        t += 1 + r.nextInt(5);
        terms[i] = t;
        // mostly few distinct weights, so ties are common; sometimes the odd values
        weights[i] = r.nextInt(10) == 0 ? palette[r.nextInt(palette.length)] : palette[2 + r.nextInt(4)];
      }
      SparseVector v = new SparseVector(terms, weights);
      int k = 1 + r.nextInt(15);
      int mod = 1 + r.nextInt(3);
      IntPredicate keep = term -> term % mod == 0;
      assertThat(SimilarityGrouping.topTerms(v, k, keep, new long[Math.max(1, size)]))
          .as("seed %d", seed).containsExactly(v.topTerms(k, keep));
    }
  }
}
