package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The tagger hands the span rules the gazetteer marks it already computed: same tags as the rules computing their own.
 */
class PersonSpanSplitMarksTest {
  private static final String[] WORDS = {"وزير", "خارجية", "فرنسا", "الرئيس", "محمد", "علي", "البنك", "المركزي", "القاهرة",
      "بيروت", "قال", "في", "و", "جامعة", "الدول", "العربية", "سامر", "،", ".", "لبنان", "المصري", "أحمد", "يوسف"};

  @Test
  void sharedMarksGiveTheSameTagsAsRecomputedMarks() {
    NerTagger tagger = NerTagger.load();
    PersonSpanSplit split = new PersonSpanSplit(Lexicons.get());
    PersonFunctionWords functionWords = new PersonFunctionWords();
    SplittableRandom r = new SplittableRandom(7);
    int changedByRule = 0;
    for (int trial = 0; trial < 3000; trial++) {
      String[] tokens = new String[r.nextInt(1, 25)];
      for (int i = 0; i < tokens.length; i++) tokens[i] = WORDS[r.nextInt(WORDS.length)];
      String[] norm = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) norm[i] = tagger.features().analyse(tokens[i]).norm();
      int[] raw = tagger.tagIndices(tokens);
      int[] expected = raw.clone();
      split.apply(norm, expected);
      functionWords.apply(norm, expected);
      if (!java.util.Arrays.equals(raw, expected)) changedByRule++;
      assertThat(tagger.tagIndicesWithRules(tokens)).as("trial %d", trial).containsExactly(expected);
    }
    assertThat(changedByRule).as("sentences the span rule rewrote").isPositive();
  }
}
