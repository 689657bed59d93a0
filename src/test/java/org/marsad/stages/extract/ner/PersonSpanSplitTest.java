package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person entity that swallowed the organisation before it is split into the organisation and the person. */
class PersonSpanSplitTest {
  private final PersonSpanSplit split = new PersonSpanSplit(Lexicons.get());

  private String[] apply(String[] words, String... tags) {
    String[] norm = new String[words.length];
    for (int i = 0; i < words.length; i++) norm[i] = ArabicForms.normalize(words[i]);
    int[] ids = new int[tags.length];
    for (int i = 0; i < tags.length; i++) ids[i] = NerTags.index(tags[i]);
    split.apply(norm, ids);
    String[] out = new String[ids.length];
    for (int i = 0; i < ids.length; i++) out[i] = NerTags.NAMES[ids[i]];
    return out;
  }

  @Test
  void bankAndGovernorNameAreSplit() {
    String[] words = {"وأعلن", "البنك", "المركزي", "سامي", "الخوري", "أمس"};
    assertThat(apply(words, "O", "B-PER", "I-PER", "I-PER", "I-PER", "O"))
        .containsExactly("O", "B-ORG", "I-ORG", "B-PER", "I-PER", "O");
  }

  @Test
  void ministryWithTwoDefiniteWordsKeepsBothInTheOrganisation() {
    String[] words = {"وزارة", "الشؤون", "الخارجية", "نادية", "حداد"};
    assertThat(apply(words, "B-PER", "I-PER", "I-PER", "I-PER", "I-PER"))
        .containsExactly("B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER");
  }

  @Test
  void aPersonNotStartingWithAnOrganisationHeadIsLeftAlone() {
    String[] words = {"الرئيس", "الفرنسي", "إيمانويل", "ماكرون"};
    assertThat(apply(words, "B-PER", "I-PER", "I-PER", "I-PER")).containsExactly("B-PER", "I-PER", "I-PER", "I-PER");
  }

  @Test
  void noSplitWithoutADefiniteWordOrWithoutANameLeft() {
    assertThat(apply(new String[] {"بنك", "سامي", "الخوري"}, "B-PER", "I-PER", "I-PER"))
        .containsExactly("B-PER", "I-PER", "I-PER");
    assertThat(apply(new String[] {"البنك", "المركزي", "الأوروبي"}, "B-PER", "I-PER", "I-PER"))
        .containsExactly("B-PER", "I-PER", "I-PER");
  }

  @Test
  void aCountryBeforeANameIsSplitOffAsAPlace() {
    String[] words = {"وزير", "خارجية", "هولندا", "يان", "بيترز"};
    assertThat(apply(words, "O", "O", "B-PER", "I-PER", "I-PER")).containsExactly("O", "O", "B-LOC", "B-PER", "I-PER");
    assertThat(apply(new String[] {"سفير", "المملكة", "المتحدة", "جون", "سميث"}, "O", "B-PER", "I-PER", "I-PER", "I-PER"))
        .containsExactly("O", "B-LOC", "I-LOC", "B-PER", "I-PER");
  }

  @Test
  void aPlaceAloneTaggedAsAPersonIsLeftAlone() {
    assertThat(apply(new String[] {"زار", "هولندا"}, "O", "B-PER")).containsExactly("O", "B-PER");
  }

  @Test
  void anOrganisationThatSwallowedAGivenNameIsSplitBeforeTheName() {
    String[] words = {"وقال", "البنك", "المركزي", "خالد", "منصور", "إن"};
    assertThat(apply(words, "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"))
        .containsExactly("O", "B-ORG", "I-ORG", "B-PER", "I-PER", "O");
  }

  @Test
  void anOrganisationNamedAfterATitledPersonIsLeftWhole() {
    String[] words = {"جامعة", "الملك", "خالد"};
    assertThat(apply(words, "B-ORG", "I-ORG", "I-ORG")).containsExactly("B-ORG", "I-ORG", "I-ORG");
  }

  @Test
  void anOrganisationWithoutADefiniteWordBeforeTheNameIsLeftWhole() {
    String[] words = {"مؤسسة", "خالد", "منصور", "الخيرية"};
    assertThat(apply(words, "B-ORG", "I-ORG", "I-ORG", "I-ORG")).containsExactly("B-ORG", "I-ORG", "I-ORG", "I-ORG");
  }

  @Test
  void anOrganisationWhoseLastWordsAreNoGivenNameIsLeftWhole() {
    String[] words = {"البنك", "المركزي", "الأوروبي", "اليوم"};
    assertThat(apply(words, "B-ORG", "I-ORG", "I-ORG", "O")).containsExactly("B-ORG", "I-ORG", "I-ORG", "O");
  }
}
