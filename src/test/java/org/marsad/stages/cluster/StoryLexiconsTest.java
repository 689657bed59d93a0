package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryLexiconsTest {
  @Test
  void everyResourceLoadsAndIsNormalised() {
    for (String r : StoryLexicons.RESOURCES) {
      assertThat(StoryLexicons.rows(r)).as(r).isNotEmpty().allSatisfy(row -> {
        for (String cell : row) assertThat(cell).as(r).isEqualTo(StoryLexicons.normalize(cell)).isNotBlank();
      });
    }
  }

  @Test
  void hamzaAndDiacriticsAreFoldedOnLoad() {
    assertThat(StoryLexicons.map("measure-predicates.tsv")).containsKey(StoryLexicons.normalize("أصيب"));
    assertThat(StoryLexicons.normalize("أُصيب")).isEqualTo(StoryLexicons.normalize("اصيب"));
  }
}
