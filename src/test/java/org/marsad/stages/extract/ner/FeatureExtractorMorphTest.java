package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The morph class: does the word take ال (also as لل), and how does it end. */
class FeatureExtractorMorphTest {
  private static int morph(String word) {
    String norm = ArabicForms.normalize(word);
    return FeatureExtractor.morphClass(norm, ArabicForms.stem(norm));
  }

  @Test
  void definiteRelativeAdjectivesAreMarked() {
    assertThat(morph("المركزي")).isEqualTo(8 | 2);
    assertThat(morph("والوطنية")).isEqualTo(8 | 1);
    assertThat(morph("للمصرفيين")).isEqualTo(8 | 3);
  }

  @Test
  void undefinedWordsAndOtherEndingsAreNot() {
    assertThat(morph("مركزي")).isEqualTo(2);
    assertThat(morph("اجتماع")).isZero();
    assertThat(morph("الاجتماعات")).isEqualTo(8 | 4);
  }
}
