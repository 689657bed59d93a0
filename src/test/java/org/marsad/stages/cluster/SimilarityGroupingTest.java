package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityGroupingTest {
  static SparseVector randomUnit(Random r, int vocab, int terms) {
    java.util.TreeSet<Integer> ts = new java.util.TreeSet<>();
    while (ts.size() < terms) ts.add(r.nextInt(vocab));
    int[] t = ts.stream().mapToInt(Integer::intValue).toArray();
    float[] w = new float[t.length];
    for (int i = 0; i < w.length; i++) w[i] = 0.1f + r.nextFloat();
    return new SparseVector(t, w).normalized();
  }

  @Test
  void withUnboundedIndexCandidatesAreExactlyThePairsAboveThreshold() {
    Random r = new Random(42);
    int n = 60;
    SparseVector[] v = new SparseVector[n];
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = randomUnit(r, 40, 6);
      days[i] = r.nextInt(3) == 0 ? SimilarityGrouping.UNKNOWN_DAY : r.nextInt(10);
    }
    var p = new SimilarityGrouping.Params(100, 1000, 1, 0.3, 0.3, 2, false);
    Set<String> got = new HashSet<>();
    for (SimilarityGrouping.Edge e : SimilarityGrouping.indexedEdges(v, days, new int[days.length], t -> true, p)) got.add(e.a() + "-" + e.b());
    Set<String> want = new HashSet<>();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        boolean dateOk = days[a] == SimilarityGrouping.UNKNOWN_DAY || days[b] == SimilarityGrouping.UNKNOWN_DAY || Math.abs(days[a] - days[b]) <= 2;
        if (dateOk && v[a].dot(v[b]) >= 0.3) want.add(a + "-" + b);
      }
    }
    assertThat(want).isNotEmpty();
    assertThat(got).isEqualTo(want);
  }

  @Test
  void windowLimitsComparisonsToNeighboursInDateOrder() {
    // Five identical items on days 0..4; with window 1 only day-neighbours are compared.
    SparseVector[] v = new SparseVector[5];
    long[] days = new long[5];
    for (int i = 0; i < 5; i++) {
      v[i] = new SparseVector(new int[] {7}, new float[] {1});
      days[i] = 4 - i;
    }
    var p = new SimilarityGrouping.Params(1, 1, 1, 0.5, 0.5, -1, false);
    List<String> pairs = new ArrayList<>();
    for (SimilarityGrouping.Edge e : SimilarityGrouping.indexedEdges(v, days, new int[days.length], t -> true, p)) pairs.add(e.a() + "-" + e.b());
    assertThat(pairs).containsExactlyInAnyOrder("0-1", "1-2", "2-3", "3-4");
  }

  @Test
  void labelsAreSmallestMemberIndex() {
    SparseVector a = new SparseVector(new int[] {1}, new float[] {1});
    SparseVector b = new SparseVector(new int[] {2}, new float[] {1});
    long u = SimilarityGrouping.UNKNOWN_DAY;
    int[] label = SimilarityGrouping.group(new SparseVector[] {b, a, b, a}, new long[] {u, u, u, u}, new int[4], t -> true,
        new SimilarityGrouping.Params(5, 5, 1, 0.5, 0.5, 3, false));
    assertThat(label).containsExactly(0, 1, 0, 1);
  }

  @Test
  void anUndatedItemJoinsADatedOneOnlyOnTheWeekdayItCallsToday() {
    SparseVector a = new SparseVector(new int[] {1}, new float[] {1});
    long u = SimilarityGrouping.UNKNOWN_DAY;
    long monday = java.time.LocalDate.of(2023, 3, 13).toEpochDay();
    int[] weekdays = {
      SimilarityGrouping.weekdayMask(monday, 0),
      SimilarityGrouping.weekdayMask(u, 1), // "اليوم الإثنين"
      SimilarityGrouping.weekdayMask(u, 2), // "اليوم الثلاثاء"
      SimilarityGrouping.weekdayMask(u, 0)  // says nothing
    };
    int[] label = SimilarityGrouping.group(new SparseVector[] {a, a, a, a}, new long[] {monday, u, u, u}, weekdays,
        t -> true, new SimilarityGrouping.Params(5, 5, 1, 0.5, 0.5, 3, false));
    assertThat(label).containsExactly(0, 0, 2, 0);
  }

  @Test
  void twoDatedItemsAreJudgedByTheirDaysNotTheirWeekdays() {
    assertThat(SimilarityGrouping.weekdaysCompatible(100, 1 << 1, 101, 1 << 2)).isTrue();
    assertThat(SimilarityGrouping.weekdaysCompatible(SimilarityGrouping.UNKNOWN_DAY, 1 << 1, 101, 1 << 2)).isFalse();
  }

  // Absorbing pass: three members share term 0 (cosine 0.5 with each other); the lone item shares term 0 only, so its
  // cosine with each member (0.42) is under the link threshold (0.45) but its cosine with their centroid is 0.52.
  private static final float A = (float) Math.sqrt(0.5);

  private static SparseVector[] groupOfThreeAndLoneItem(boolean lonePair) {
    List<SparseVector> v = new ArrayList<>();
    for (int own = 1; own <= 3; own++) v.add(new SparseVector(new int[] {0, own}, new float[] {A, A}));
    v.add(new SparseVector(new int[] {0, 4}, new float[] {0.6f, 0.8f}));
    if (lonePair) v.add(new SparseVector(new int[] {0, 4}, new float[] {0.6f, 0.8f}));
    return v.toArray(SparseVector[]::new);
  }

  private static int[] groupWithAbsorb(SparseVector[] v, SimilarityGrouping.Absorb absorb) {
    return SimilarityGrouping.group(v, new long[v.length], new int[v.length], t -> true,
        new SimilarityGrouping.Params(5, 5, 1, 0.45, 0.3, 3, true, absorb));
  }

  @Test
  void aLoneItemNearABigGroupsCentroidJoinsIt() {
    SparseVector[] v = groupOfThreeAndLoneItem(false);
    assertThat(groupWithAbsorb(v, null)).containsExactly(0, 0, 0, 3);
    assertThat(groupWithAbsorb(v, new SimilarityGrouping.Absorb(0.3, 0.5, 3))).containsExactly(0, 0, 0, 0);
  }

  @Test
  void aLoneItemStaysAloneWhenTheCentroidIsNotCloseEnough() {
    assertThat(groupWithAbsorb(groupOfThreeAndLoneItem(false), new SimilarityGrouping.Absorb(0.3, 0.55, 3)))
        .containsExactly(0, 0, 0, 3);
  }

  @Test
  void aLoneItemStaysAloneWhenNoMemberReachesTheAbsorbingLink() {
    assertThat(groupWithAbsorb(groupOfThreeAndLoneItem(false), new SimilarityGrouping.Absorb(0.43, 0.5, 3)))
        .containsExactly(0, 0, 0, 3);
  }

  @Test
  void onlyGroupsOfAtLeastMinGroupAbsorb() {
    assertThat(groupWithAbsorb(groupOfThreeAndLoneItem(false), new SimilarityGrouping.Absorb(0.3, 0.5, 4)))
        .containsExactly(0, 0, 0, 3);
  }

  @Test
  void groupsOfTwoOrMoreAreNeverMergedByTheAbsorbingPass() {
    // The two copies of the lone item link with each other in the first pass, so neither is alone any more.
    assertThat(groupWithAbsorb(groupOfThreeAndLoneItem(true), new SimilarityGrouping.Absorb(0.3, 0.5, 3)))
        .containsExactly(0, 0, 0, 3, 3);
  }

  @Test
  void aDaysDominantGroupTakesInASmallGroupNearItsCentroid() {
    // The group of three holds 3 of the day's 5 items (0.6 ≥ 0.5); the pair's centroid has cosine 0.52 with its own.
    assertThat(groupWithAbsorb(groupOfThreeAndLoneItem(true), new SimilarityGrouping.Absorb(0.3, 0.5, 3, 0.5, 2, 0.5)))
        .containsExactly(0, 0, 0, 0, 0);
  }

  @Test
  void aGroupUnderTheDominantShareDoesNotTakeInSmallGroups() {
    assertThat(groupWithAbsorb(groupOfThreeAndLoneItem(true), new SimilarityGrouping.Absorb(0.3, 0.5, 3, 0.7, 2, 0.5)))
        .containsExactly(0, 0, 0, 3, 3);
  }

  @Test
  void aDominantGroupDoesNotTakeInASmallGroupFarFromItsCentroid() {
    assertThat(groupWithAbsorb(groupOfThreeAndLoneItem(true), new SimilarityGrouping.Absorb(0.3, 0.5, 3, 0.5, 2, 0.55)))
        .containsExactly(0, 0, 0, 3, 3);
  }

  @Test
  void articlesOnDaysCountsKnownDaysInTheRangeAndAllForAnUndatedGroup() {
    long[] known = {1, 2, 2, 3, 5};
    assertThat(SimilarityGrouping.articlesOnDays(known, 2, 3, 7)).isEqualTo(3);
    assertThat(SimilarityGrouping.articlesOnDays(known, 4, 4, 7)).isZero();
    assertThat(SimilarityGrouping.articlesOnDays(known, SimilarityGrouping.UNKNOWN_DAY, SimilarityGrouping.UNKNOWN_DAY, 7)).isEqualTo(7);
  }

  @Test
  void aSecondRoundUsesTheCentroidTheFirstRoundGrew() {
    // The second lone item shares nothing with the group of three, only term 4 with the first lone item (cosine 0.4,
    // under the link); once the first has joined, the group's centroid holds term 4 (cosine 0.13).
    List<SparseVector> v = new ArrayList<>(List.of(groupOfThreeAndLoneItem(false)));
    v.add(new SparseVector(new int[] {4, 5}, new float[] {0.5f, (float) Math.sqrt(0.75)}));
    SparseVector[] items = v.toArray(SparseVector[]::new);
    assertThat(groupWithAbsorb(items, new SimilarityGrouping.Absorb(0.3, 0.12, 3, 1, 1, 1, 1))).containsExactly(0, 0, 0, 0, 4);
    assertThat(groupWithAbsorb(items, new SimilarityGrouping.Absorb(0.3, 0.12, 3, 1, 1, 1, 2))).containsExactly(0, 0, 0, 0, 0);
  }
}
