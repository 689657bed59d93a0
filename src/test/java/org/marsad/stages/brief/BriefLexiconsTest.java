package org.marsad.stages.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BriefLexiconsTest {
  @Test
  void everyResourceLoadsAndHasEntries() {
    for (String r : BriefLexicons.RESOURCES) assertThat(BriefLexicons.lines(r)).as(r).isNotEmpty();
  }

  @Test
  void cueRowsHaveAKind() {
    for (String line : BriefLexicons.lines(CauseClauses.CUES)) assertThat(line.split("\t")).as(line).hasSize(2);
  }
}
