package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every word list of the extraction stages loads and is not empty. */
class ExtractLexiconsTest {
  @Test
  void everyResourceLoads() {
    for (String r : ExtractLexicons.RESOURCES) assertThat(ExtractLexicons.rows(r)).as(r).isNotEmpty();
  }
}
