package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CliticAugmenterTest {
  private static NerSentence sentence(String... tokenTagPairs) {
    String[] tokens = new String[tokenTagPairs.length / 2];
    String[] tags = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = tokenTagPairs[2 * i];
      tags[i] = tokenTagPairs[2 * i + 1];
    }
    return new NerSentence(tokens, tags);
  }

  @Test
  void standaloneWawIsGluedToTheNextWordWhichKeepsItsTag() {
    NerSentence s = sentence("زار", "O", "عمان", "B-LOC", "و", "O", "دمشق", "B-LOC");
    NerSentence out = new CliticAugmenter(1.0, 0.0).augment(s, new SplittableRandom(1));
    assertThat(out.tokens()).containsExactly("زار", "عمان", "ودمشق");
    assertThat(out.tags()).containsExactly("O", "B-LOC", "B-LOC");
  }

  @Test
  void wawInsideAnEntityIsLeftAlone() {
    NerSentence s = sentence("وزارة", "B-ORG", "الزراعة", "I-ORG", "و", "I-ORG", "الري", "I-ORG");
    NerSentence out = new CliticAugmenter(1.0, 0.0).augment(s, new SplittableRandom(1));
    assertThat(out.tokens()).containsExactly(s.tokens());
  }

  @Test
  void procliticsAttachOnlyOutsideOrAtEntityStart() {
    NerSentence s = sentence("جامعة", "B-ORG", "القاهرة", "I-ORG", "كبيرة", "O");
    for (long seed = 0; seed < 20; seed++) {
      NerSentence out = new CliticAugmenter(0.0, 1.0).augment(s, new SplittableRandom(seed));
      assertThat(out.tokens()[1]).isEqualTo("القاهرة");
      assertThat(out.tokens()[0]).endsWith("جامعة").isNotEqualTo("جامعة");
      assertThat(out.tags()).containsExactly(s.tags());
    }
  }

  @Test
  void lamBeforeArticleElidesTheAlef() {
    NerSentence s = sentence("السودان", "B-LOC");
    boolean sawLamLam = false;
    for (long seed = 0; seed < 50; seed++) {
      String t = new CliticAugmenter(0.0, 1.0).augment(s, new SplittableRandom(seed)).tokens()[0];
      assertThat(t).doesNotContain("لال");
      sawLamLam |= t.equals("للسودان");
    }
    assertThat(sawLamLam).isTrue();
  }
}
