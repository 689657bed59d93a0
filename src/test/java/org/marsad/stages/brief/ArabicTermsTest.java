package org.marsad.stages.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicTermsTest {
  private final ArabicTerms terms = ArabicTerms.standard();

  private java.util.List<String> content(String s) {
    return terms.contentTerms(s.toCharArray(), 0, s.length());
  }

  @Test
  void functionWordsAreDropped() {
    assertThat(content("في هذه المدينة التي لم ينم أهلها")).doesNotContain("في", "هذه", "التي", "لم").contains("مدينه");
  }

  @Test
  void cliticsAreCut() {
    assertThat(content("والمدينة وبالمدينة")).containsExactly("مدينه", "مدينه");
  }

  @Test
  void tehMarbutaMatchesHeh() {
    assertThat(terms.words("مدينة", false)).isEqualTo(terms.words("مدينه", false));
  }

  @Test
  void numbersStayAndLatinIsLowerCased() {
    assertThat(content("أصيب 135 شخصا بحسب CNN")).contains("135", "cnn");
  }

  @Test
  void punctuationAndOneLetterWordsAreNoTerms() {
    assertThat(content("، . ؟ « » و ب")).isEmpty();
  }

  @Test
  void wordsKeepFunctionWordsAndClitics() {
    assertThat(terms.words("وفي المدينة", false)).containsExactly("وفي", "المدينه");
  }
}
