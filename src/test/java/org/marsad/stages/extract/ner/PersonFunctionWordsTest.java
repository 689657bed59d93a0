package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link PersonFunctionWords}, on words written for the test. */
class PersonFunctionWordsTest {
  private final PersonFunctionWords rule = new PersonFunctionWords();

  private String[] apply(String[] words, String... tags) {
    String[] norm = new String[words.length];
    for (int i = 0; i < words.length; i++) norm[i] = ArabicForms.normalize(words[i]);
    int[] ids = new int[tags.length];
    for (int i = 0; i < tags.length; i++) ids[i] = NerTags.index(tags[i]);
    rule.apply(norm, ids);
    String[] out = new String[ids.length];
    for (int i = 0; i < ids.length; i++) out[i] = NerTags.NAMES[ids[i]];
    return out;
  }

  @Test
  void aPersonOverAParticleOrPronounIsNoPerson() {
    assertThat(apply(new String[] {"بسبب", "تأخر", "من", "إبلاغهم", "أمس"}, "O", "B-PER", "I-PER", "I-PER", "O"))
        .containsExactly("O", "O", "O", "O", "O");
    assertThat(apply(new String[] {"قال", "فهد", "الذي", "يرأس"}, "O", "B-PER", "I-PER", "I-PER")).containsExactly("O", "O", "O", "O");
  }

  @Test
  void aFunctionWordAtAnEdgeComesOff() {
    assertThat(apply(new String[] {"ورد", "عليه", "سامي", "الخوري"}, "O", "B-PER", "I-PER", "I-PER"))
        .containsExactly("O", "O", "B-PER", "I-PER");
    assertThat(apply(new String[] {"نادية", "حداد", "فيها", "."}, "B-PER", "I-PER", "I-PER", "O"))
        .containsExactly("B-PER", "I-PER", "O", "O");
    assertThat(apply(new String[] {"عليه"}, "B-PER")).containsExactly("O");
  }

  @Test
  void twoPersonsJoinedByOrOrAndAreSplit() {
    assertThat(apply(new String[] {"سامي", "الخوري", "أو", "نادية", "حداد"}, "B-PER", "I-PER", "I-PER", "I-PER", "I-PER"))
        .containsExactly("B-PER", "I-PER", "O", "B-PER", "I-PER");
    assertThat(apply(new String[] {"سامي", "و", "نادية"}, "B-PER", "I-PER", "I-PER")).containsExactly("B-PER", "O", "B-PER");
  }

  @Test
  void wordsThatNormaliseToANameStay() {
    // على normalises to the name علي; فان, دو لا and هو are parts of foreign names
    assertThat(apply(new String[] {"علي", "عبد", "القوي"}, "B-PER", "I-PER", "I-PER")).containsExactly("B-PER", "I-PER", "I-PER");
    assertThat(apply(new String[] {"رود", "فان", "نيستلروي"}, "B-PER", "I-PER", "I-PER")).containsExactly("B-PER", "I-PER", "I-PER");
    assertThat(apply(new String[] {"جان", "دو", "لا", "فونتين"}, "B-PER", "I-PER", "I-PER", "I-PER"))
        .containsExactly("B-PER", "I-PER", "I-PER", "I-PER");
    assertThat(apply(new String[] {"هو", "جينتاو"}, "B-PER", "I-PER")).containsExactly("B-PER", "I-PER");
  }

  @Test
  void otherEntitiesAreLeftAlone() {
    assertThat(apply(new String[] {"وزارة", "في", "المدينة"}, "B-ORG", "I-ORG", "I-ORG")).containsExactly("B-ORG", "I-ORG", "I-ORG");
  }
}
