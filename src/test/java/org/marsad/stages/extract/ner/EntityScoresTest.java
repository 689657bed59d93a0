package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EntityScoresTest {
  @Test
  void exactMatchCountsAsCorrect() {
    EntityScores s = new EntityScores();
    s.add(new String[] {"B-PER", "I-PER", "O", "B-LOC"}, new String[] {"B-PER", "I-PER", "O", "B-LOC"});
    assertThat(s.overall().f1()).isEqualTo(1.0);
  }

  @Test
  void wrongBoundaryIsOneFalsePositiveAndOneMiss() {
    EntityScores s = new EntityScores();
    s.add(new String[] {"B-PER", "I-PER", "O"}, new String[] {"B-PER", "O", "O"});
    EntityScores.Counts per = s.of("PER");
    assertThat(per.correct()).isZero();
    assertThat(per.predicted()).isEqualTo(1);
    assertThat(per.gold()).isEqualTo(1);
  }

  @Test
  void wrongTypeIsNotCorrect() {
    EntityScores s = new EntityScores();
    s.add(new String[] {"B-ORG", "O"}, new String[] {"B-LOC", "O"});
    assertThat(s.overall().correct()).isZero();
  }

  @Test
  void dangingInsideOpensAnEntityLikeConlleval() {
    EntityScores s = new EntityScores();
    s.add(new String[] {"O", "B-LOC", "I-LOC"}, new String[] {"O", "I-LOC", "I-LOC"});
    assertThat(s.of("LOC").correct()).isEqualTo(1);
  }

  @Test
  void microAverageOverTypes() {
    EntityScores s = new EntityScores();
    s.add(new String[] {"B-PER", "O", "B-ORG", "B-MISC"}, new String[] {"B-PER", "O", "O", "B-MISC"});
    assertThat(s.overall("PER", "ORG", "LOC").recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.overall().recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.report()).contains("overall").contains("MISC");
  }
}
