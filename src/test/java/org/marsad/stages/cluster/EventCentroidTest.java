package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EventCentroidTest {
  private static EventProfile profile(String id, int[] terms, float[] weights, int[] entities, float[] entityWeights) {
    SparseVector v = new SparseVector(terms, weights).normalized();
    return new EventProfile(id, -1, 0, 0, 0, v, v, entities, entityWeights);
  }

  @Test
  void sumsTheMembersVectorsAndCountsTheirNames() {
    EventProfile a = profile("a", new int[] {1, 2}, new float[] {1, 0}, new int[] {7}, new float[] {2});
    EventProfile b = profile("b", new int[] {2, 3}, new float[] {1, 0}, new int[] {7, 8}, new float[] {2, 3});
    EventCentroid c = EventCentroid.of(a).plus(b);
    assertThat(c.members()).isEqualTo(2);
    assertThat(c.body().terms).containsExactly(1, 2, 3);
    assertThat(c.body().weights).containsExactly(1f, 1f, 0f);
    assertThat(c.entities().terms).containsExactly(7, 8);
    assertThat(c.entities().weights).containsExactly(2f, 1f);
    // One event made of two merged events equals the event of all their members.
    EventCentroid merged = EventCentroid.of(a).plus(EventCentroid.of(b));
    assertThat(merged.body().weights).containsExactly(c.body().weights);
  }

  @Test
  void keepsOnlyItsHeaviestTermsHoweverManyMembersItHas() {
    EventCentroid c = null;
    for (int m = 0; m < 50; m++) {
      int[] terms = new int[10];
      float[] w = new float[10];
      for (int i = 0; i < 10; i++) {
        terms[i] = m * 10 + i;
        w[i] = 1;
      }
      terms[0] = 100_000; // one term every member shares
      java.util.Arrays.sort(terms);
      EventProfile p = profile("p" + m, terms, w, new int[0], new float[0]);
      c = c == null ? EventCentroid.of(p) : c.plus(p);
    }
    assertThat(c.body().size()).isEqualTo(EventCentroid.BODY_TERMS);
    assertThat(c.body().terms).contains(100_000);
  }

  @Test
  void anArticleCloseToWhatAllMembersShareIsCloserToTheCentroidThanToAnyMember() {
    // Each member shares term 1 with the article and has a word of its own.
    EventCentroid c = null;
    for (int m = 0; m < 4; m++) {
      EventProfile p = profile("m" + m, new int[] {1, 10 + m}, new float[] {1, 1}, new int[0], new float[0]);
      c = c == null ? EventCentroid.of(p) : c.plus(p);
    }
    EventProfile article = profile("x", new int[] {1, 99}, new float[] {1, 1}, new int[0], new float[0]);
    EventProfile member = profile("m0", new int[] {1, 10}, new float[] {1, 1}, new int[0], new float[0]);
    assertThat(c.bodyCosine(article)).isGreaterThan(article.body().dot(member.body()) + 0.1);
  }

  @Test
  void entityOverlapIsTheShareOfTheArticlesNameWeightTheEventNames() {
    EventProfile m1 = profile("m1", new int[] {1}, new float[] {1}, new int[] {5, 6}, new float[] {1, 1});
    EventProfile m2 = profile("m2", new int[] {1}, new float[] {1}, new int[] {5}, new float[] {1});
    EventCentroid c = EventCentroid.of(m1).plus(m2);
    EventProfile article = profile("x", new int[] {1}, new float[] {1}, new int[] {5, 6, 9}, new float[] {2, 1, 1});
    double[] out = new double[2];
    c.entityOverlap(article, out, 0);
    assertThat(out[0]).isCloseTo(3.0 / 4, within(1e-9));
    // 5 is named by both members (2 × 1), 6 by one of two (1 × 0.5).
    assertThat(out[1]).isCloseTo(Math.log1p(2 + 0.5), within(1e-9));
  }
}
