package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ROUGE on cases computed by hand (counts in each test's comment). */
class RougeTest {
  private static final double EPS = 1e-9;

  private static List<String> t(String s) {
    return Rouge.tokens(s, false);
  }

  private static void assertPrf(Rouge.Prf prf, double p, double r, double f) {
    assertThat(prf.precision()).isCloseTo(p, within(EPS));
    assertThat(prf.recall()).isCloseTo(r, within(EPS));
    assertThat(prf.f()).isCloseTo(f, within(EPS));
  }

  @Test
  void identicalTextsScoreOne() {
    Rouge.Scores s = Rouge.score(t("وصل الوفد إلى المطار مساء الأحد"), t("وصل الوفد إلى المطار مساء الأحد"));
    assertPrf(s.rouge1(), 1, 1, 1);
    assertPrf(s.rouge2(), 1, 1, 1);
    assertPrf(s.rougeL(), 1, 1, 1);
  }

  @Test
  void disjointTextsScoreZero() {
    Rouge.Scores s = Rouge.score(t("ارتفعت أسعار الذهب"), t("فاز الفريق بالمباراة"));
    assertPrf(s.rouge1(), 0, 0, 0);
    assertPrf(s.rouge2(), 0, 0, 0);
    assertPrf(s.rougeL(), 0, 0, 0);
  }

  @Test
  void rouge1CountsSharedWords() {
    // candidate 4 words, reference 5, shared 3 (ذهب الولد إلى): P 3/4, R 3/5, F 2·0.75·0.6/1.35 = 2/3
    Rouge.Prf r1 = Rouge.rougeN(t("ذهب الولد إلى المدرسة"), t("ذهب الولد إلى السوق صباحا"), 1);
    assertPrf(r1, 0.75, 0.6, 2.0 / 3);
  }

  @Test
  void rouge2CountsSharedBigrams() {
    // candidate bigrams 3, reference 4, shared 2 (ذهب الولد, الولد إلى): P 2/3, R 1/2, F 4/7
    Rouge.Prf r2 = Rouge.rougeN(t("ذهب الولد إلى المدرسة"), t("ذهب الولد إلى السوق صباحا"), 2);
    assertPrf(r2, 2.0 / 3, 0.5, 4.0 / 7);
  }

  @Test
  void repeatedCandidateWordsAreClipped() {
    // نعم ×3 against one نعم: 1 match; P 1/3, R 1/2, F 0.4
    assertPrf(Rouge.rougeN(t("نعم نعم نعم"), t("نعم لا"), 1), 1.0 / 3, 0.5, 0.4);
  }

  @Test
  void rougeLRewardsOrder() {
    // same three words, reversed: ROUGE-1 is 1, the longest common subsequence is one word: P = R = F = 1/3
    List<String> c = t("سقط المطر أمس"), r = t("أمس المطر سقط");
    assertPrf(Rouge.rougeN(c, r, 1), 1, 1, 1);
    assertPrf(Rouge.rougeL(c, r), 1.0 / 3, 1.0 / 3, 1.0 / 3);
  }

  @Test
  void rougeLUsesTheLongestCommonSubsequence() {
    // 5 and 4 words; the longest common subsequence is قال إن تاريخي = 3: P 3/5, R 3/4, F 2/3
    List<String> c = t("قال الوزير إن الاتفاق تاريخي"), r = t("قال إن تاريخي جدا");
    assertThat(Rouge.lcs(c, r)).isEqualTo(3);
    assertPrf(Rouge.rougeL(c, r), 0.6, 0.75, 2.0 / 3);
  }

  @Test
  void tokensAreArabicNormalised() {
    // hamza alef, diacritics, tatweel, teh marbuta, final yeh and Arabic-Indic digits all match their plain forms
    assertThat(t("أعلنَ الوزارةُ مـــصر ٢٠١٨ مستشفى")).isEqualTo(t("اعلن الوزاره مصر 2018 مستشفي"));
  }

  @Test
  void punctuationIsNoToken() {
    assertThat(t("قال: «نعم»، ثم غادر.")).containsExactly("قال", "نعم", "ثم", "غادر");
  }

  @Test
  void cliticsAreCutOnlyWhenStemming() {
    assertThat(Rouge.rougeN(Rouge.tokens("والمدرسة", false), Rouge.tokens("مدرسة", false), 1).f()).isZero();
    assertThat(Rouge.rougeN(Rouge.tokens("والمدرسة", true), Rouge.tokens("مدرسة", true), 1).f()).isEqualTo(1.0);
  }

  @Test
  void emptySideScoresZeroNotNaN() {
    Rouge.Scores s = Rouge.score(List.of(), t("نص مرجعي"));
    assertPrf(s.rouge1(), 0, 0, 0);
    assertPrf(s.rougeL(), 0, 0, 0);
    assertPrf(Rouge.rougeN(t("كلمة"), t("كلمة"), 2), 0, 0, 0);
  }
}
