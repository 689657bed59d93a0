package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermKeysTest {
  @Test
  void stemsOfOneRelativeAdjectiveSpelledApartMeet() {
    assertThat(TermKeys.of("كيماو")).isEqualTo(TermKeys.of("كيميائ"));
  }

  @Test
  void shortStemsKeepTheirLastLetter() {
    assertThat(TermKeys.of("مبني")).isNotEqualTo(TermKeys.of("مبن"));
  }

  @Test
  void aTermWithNoKeyStaysItself() {
    assertThat(TermKeys.of("2018")).isEqualTo("2018");
  }
}
