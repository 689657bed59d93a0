package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

/** Where an entity starts when its first word carries a preposition the clitic segmenter leaves on. */
class NerStageProcliticTest {

  private static int startOf(String text, String word) {
    ParagraphTokens p = new ParagraphTokens(text, new Span(0, text.length()));
    int at = text.indexOf(word);
    for (int i = 0; i < p.size(); i++) if (p.start(i) == at) return NerStage.startWithoutProclitic(p, i) - at;
    throw new AssertionError("no token at " + word);
  }

  @Test
  void aPrepositionBeforeAWordThatOpensAnOrganisationComesOff() {
    assertThat(startOf("تبرع رجال الأعمال لصندوق الأمل الوطني بمبلغ كبير", "لصندوق")).isEqualTo(1);
    assertThat(startOf("انضم المتطوعون بجيش الإنقاذ الشعبي", "بجيش")).isEqualTo(1);
  }

  @Test
  void aWordThatStartsWithTheSameLetterStaysWhole() {
    assertThat(startOf("زار الوفد لبنان أمس", "لبنان")).isZero();
    assertThat(startOf("اجتمعت لجنة الخبراء صباحا", "لجنة")).isZero();
    assertThat(startOf("افتتح البنك فرعا جديدا", "البنك")).isZero();
  }
}
