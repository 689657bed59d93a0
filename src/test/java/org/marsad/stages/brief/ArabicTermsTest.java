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

  @Test
  void aWordSeenBeforeGivesTheSameTermAsTheFirstTime() {
    String text = "وبالمدينة #المدينة المدينة، وبالمدينة #المدينة المدينة";
    java.util.List<String> first = terms.words(text, true);
    assertThat(first.subList(0, 3)).isEqualTo(first.subList(3, 6));
    assertThat(terms.words(text, true)).isEqualTo(first);
    // the hashtag keeps its own term: its # is not part of the word
    assertThat(terms.words("#المدينة", true)).isEqualTo(terms.words("المدينة", true));
  }

  @Test
  void termsStayTheSameWhenTheMemoFillsAndEmpties() {
    String probe = "والمدينة بالحديقة";
    java.util.List<String> before = terms.words(probe, true);
    StringBuilder many = new StringBuilder();
    // more distinct words than the memo holds: letters spelled out as base-26 "numbers"
    for (int i = 0; i < ArabicTerms.STEMMED_MEMO_LIMIT + 10; i++) {
      int n = i;
      many.append('و');
      do {
        many.append((char) ('\u0628' + n % 26));
        n /= 26;
      } while (n > 0);
      many.append(' ');
    }
    terms.words(many.toString(), true);
    assertThat(terms.words(probe, true)).isEqualTo(before);
    assertThat(terms.words(probe, false)).containsExactly("والمدينه", "بالحديقه");
  }
}
