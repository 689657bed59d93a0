package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NerTagsTest {
  @Test
  void insideAfterOutsideIsRepairedToBegin() {
    assertThat(NerTags.repair(new String[] {"O", "I-PER", "I-PER"})).containsExactly("O", "B-PER", "I-PER");
  }

  @Test
  void insideOfAnotherTypeStartsANewEntity() {
    assertThat(NerTags.repair(new String[] {"B-ORG", "I-LOC"})).containsExactly("B-ORG", "B-LOC");
  }

  @Test
  void insideAtSentenceStartIsRepaired() {
    assertThat(NerTags.repair(new String[] {"I-MISC"})).containsExactly("B-MISC");
  }

  @Test
  void validSequenceIsUntouched() {
    assertThat(NerTags.repair(new String[] {"B-LOC", "I-LOC", "O", "B-PER"})).containsExactly("B-LOC", "I-LOC", "O", "B-PER");
  }

  @Test
  void constraintAllowsInsideOnlyAfterSameType() {
    int bPer = NerTags.index("B-PER");
    int iPer = NerTags.index("I-PER");
    int iOrg = NerTags.index("I-ORG");
    assertThat(NerTags.allowed(bPer, iPer)).isTrue();
    assertThat(NerTags.allowed(iPer, iPer)).isTrue();
    assertThat(NerTags.allowed(bPer, iOrg)).isFalse();
    assertThat(NerTags.allowed(NerTags.O, iPer)).isFalse();
    assertThat(NerTags.allowed(-1, iPer)).isFalse();
    assertThat(NerTags.allowed(-1, bPer)).isTrue();
  }
}
