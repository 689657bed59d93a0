package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Word classes learnt from made-up text: words used alike share a class; usage statistics land in their buckets. */
class WordClassBuilderTest {
  private static final String[] CITIES = {"طرابلس", "صفاقس", "حمص", "أغادير", "نابلس"};
  private static final String[] NAMES = {"سامر", "نادية", "فريد", "هالة", "كمال"};
  private static final String[] FRUIT = {"التفاح", "البرتقال", "الموز", "العنب", "الرمان"};

  private static WordClasses learn(long seed) {
    WordClassBuilder b = new WordClassBuilder(new WordClassBuilder.Settings(1_000, 3, 50, 32, 3, 2, 10, seed));
    SplittableRandom r = new SplittableRandom(seed);
    for (int k = 0; k < 600; k++) {
      String city = CITIES[r.nextInt(CITIES.length)];
      String name = NAMES[r.nextInt(NAMES.length)];
      String fruit = FRUIT[r.nextInt(FRUIT.length)];
      b.add("وصل الوفد إلى " + city + " مساء أمس. وقال الرئيس " + name + " إن سعر " + fruit + " ارتفع كثيرا.");
    }
    return b.build(line -> {});
  }

  private static long of(WordClasses c, String word) {
    return c.lookup(ArabicForms.lookupForms(ArabicForms.normalize(word)));
  }

  @Test
  void wordsUsedInTheSameContextsShareTheCoarseClass() {
    WordClasses c = learn(7L);
    int city = WordClasses.coarse(of(c, CITIES[0]));
    int name = WordClasses.coarse(of(c, NAMES[0]));
    for (String w : CITIES) assertThat(WordClasses.coarse(of(c, w))).as(w).isEqualTo(city);
    for (String w : NAMES) assertThat(WordClasses.coarse(of(c, w))).as(w).isEqualTo(name);
    assertThat(city).isNotEqualTo(name);
  }

  @Test
  void aWordAfterAPersonTitleIsMarkedAsMostlyFollowingIt() {
    WordClasses c = learn(8L);
    int perBucket = WordClasses.afterTrigger(of(c, NAMES[1])) & 3;
    assertThat(perBucket).isEqualTo(3);
    assertThat(WordClasses.afterTrigger(of(c, CITIES[1])) & 3).isZero();
  }

  @Test
  void definiteBucketSeparatesWordsWithAndWithoutTheArticle() {
    WordClasses c = learn(9L);
    assertThat(WordClasses.definite(of(c, FRUIT[0]))).isEqualTo(4); // التفاح: only ever with ال
    assertThat(WordClasses.definite(of(c, NAMES[0]))).isEqualTo(1); // a name: never with ال
  }

  @Test
  void unknownWordsHaveNoClassAndTheSameSeedGivesTheSameTable() {
    WordClasses a = learn(10L);
    assertThat(of(a, "كلمةلمترد")).isEqualTo(WordClasses.UNKNOWN);
    WordClasses b = learn(10L);
    for (String w : CITIES) assertThat(of(b, w)).isEqualTo(of(a, w));
  }
}
