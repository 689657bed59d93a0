package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThresholdsTest {
  final Thresholds t = new Thresholds(new Thresholds.At(10, 0.1, 0.05), new Thresholds.At(1000, 0.3, 0.25));

  @Test
  void smallAndLargeBatchesGetTheirEndValues() {
    assertThat(t.at(3).link()).isEqualTo(0.1);
    assertThat(t.at(10).merge()).isEqualTo(0.05);
    assertThat(t.at(50_000).link()).isEqualTo(0.3);
  }

  @Test
  void inBetweenMovesWithLogOfSize() {
    // 100 is half-way between 10 and 1000 in log scale.
    assertThat(t.at(100).link()).isCloseTo(0.2, within(1e-9));
    assertThat(t.at(100).merge()).isCloseTo(0.15, within(1e-9));
  }

  @Test
  void fixedIgnoresSize() {
    Thresholds f = Thresholds.fixed(0.2, 0.1);
    assertThat(f.at(1).link()).isEqualTo(f.at(1_000_000).link()).isEqualTo(0.2);
  }
}
