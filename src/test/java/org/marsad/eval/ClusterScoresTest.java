package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values worked out by hand on a gold of five items: {a,b,c} and {d,e}. */
class ClusterScoresTest {
  private static final Map<String, String> GOLD = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y");
  private static final Map<String, String> ALONE = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
  private static final Map<String, String> ALL_IN_ONE = Map.of("a", "k", "b", "k", "c", "k", "d", "k", "e", "k");
  /** {a,b} {c,d} {e}: one right pair, one wrong pair. */
  private static final Map<String, String> MIXED = Map.of("a", "p", "b", "p", "c", "q", "d", "q", "e", "r");
  /** Same partition as the gold under other keys. */
  private static final Map<String, String> RENAMED = Map.of("a", "Y", "b", "Y", "c", "Y", "d", "X", "e", "X");

  private static void assertScore(ClusterScores.Score s, double p, double r, double f1) {
    assertThat(s.precision()).as("precision").isCloseTo(p, within(1e-9));
    assertThat(s.recall()).as("recall").isCloseTo(r, within(1e-9));
    assertThat(s.f1()).as("f1").isCloseTo(f1, within(1e-9));
  }

  @Test
  void bCubedOfTheGoldItselfIsPerfectWhateverTheKeys() {
    assertScore(ClusterScores.bCubed(RENAMED, GOLD), 1, 1, 1);
  }

  @Test
  void bCubedEveryItemAlone() {
    // recall = (3 * 1/3 + 2 * 1/2) / 5 = 0.4
    assertScore(ClusterScores.bCubed(ALONE, GOLD), 1, 0.4, 2 * 0.4 / 1.4);
  }

  @Test
  void bCubedAllInOne() {
    // precision = (3 * 3/5 + 2 * 2/5) / 5 = 13/25
    assertScore(ClusterScores.bCubed(ALL_IN_ONE, GOLD), 13.0 / 25, 1, 2 * 0.52 / 1.52);
  }

  @Test
  void bCubedMixed() {
    // precision = (1 + 1 + 1/2 + 1/2 + 1) / 5 = 0.8; recall = (2/3 + 2/3 + 1/3 + 1/2 + 1/2) / 5 = 8/15
    assertScore(ClusterScores.bCubed(MIXED, GOLD), 0.8, 8.0 / 15, 0.64);
  }

  @Test
  void bCubedTreatsAnItemThePredictionOmitsAsAlone() {
    Map<String, String> withoutE = Map.of("a", "p", "b", "p", "c", "q", "d", "q");
    assertThat(ClusterScores.bCubed(withoutE, GOLD)).isEqualTo(ClusterScores.bCubed(MIXED, GOLD));
  }

  @Test
  void pairwiseOfTheGoldItselfIsPerfectWhateverTheKeys() {
    assertScore(ClusterScores.pairwise(RENAMED, GOLD), 1, 1, 1);
  }

  @Test
  void pairwiseEveryItemAlone() {
    // no predicted pair: nothing wrongly joined, none of the 4 gold pairs found
    assertScore(ClusterScores.pairwise(ALONE, GOLD), 1, 0, 0);
  }

  @Test
  void pairwiseAllInOne() {
    // 10 predicted pairs, 4 of them gold pairs
    assertScore(ClusterScores.pairwise(ALL_IN_ONE, GOLD), 0.4, 1, 2 * 0.4 / 1.4);
  }

  @Test
  void pairwiseMixed() {
    // predicted pairs ab (right) and cd (wrong); gold pairs ab ac bc de
    assertScore(ClusterScores.pairwise(MIXED, GOLD), 0.5, 0.25, 1.0 / 3);
  }
}
