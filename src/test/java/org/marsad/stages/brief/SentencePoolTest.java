package org.marsad.stages.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

class SentencePoolTest {
  private static final Article TWO_PARAGRAPHS = BriefFixtures.article("a",
      "ارتفع معدل التضخم إلى 3.5 بالمئة في الشهر الماضي. قال البنك إنه يراقب الأسعار عن كثب.",
      "صورة.",
      "وأضاف البنك أن قراره المقبل سيصدر بعد اجتماع لجنته في الأسبوع القادم.");

  @Test
  void aFullStopBetweenDigitsEndsNoSentence() {
    List<String> texts = SentencePool.sentences(TWO_PARAGRAPHS).stream().map(TWO_PARAGRAPHS::textOf).toList();
    assertThat(texts.get(0)).isEqualTo("ارتفع معدل التضخم إلى 3.5 بالمئة في الشهر الماضي.");
  }

  @Test
  void aFullStopWithoutASpaceAfterItEndsNoSentence() {
    Article a = BriefFixtures.article("d", "نشر موقع الخبر.نت تقريرا عن الانتخابات المقبلة. وتابع القراء التقرير باهتمام كبير جدا.");
    assertThat(SentencePool.sentences(a).stream().map(a::textOf).toList()).containsExactly(
        "نشر موقع الخبر.نت تقريرا عن الانتخابات المقبلة.", " وتابع القراء التقرير باهتمام كبير جدا.");
  }

  @Test
  void aShortPieceJoinsTheSentenceBeforeIt() {
    Article a = BriefFixtures.article("e", "ضرب زلزال قوي الساحل الغربي فجر اليوم. بحسب وكالة محلية. ولم ترد أنباء عن ضحايا حتى الآن.");
    assertThat(SentencePool.sentences(a).stream().map(a::textOf).toList()).containsExactly(
        "ضرب زلزال قوي الساحل الغربي فجر اليوم. بحسب وكالة محلية.", " ولم ترد أنباء عن ضحايا حتى الآن.");
  }

  @Test
  void aShortPieceOpeningAParagraphJoinsTheSentenceAfterIt() {
    Article a = BriefFixtures.article("f", "أهلا بالضيوف! هكذا رحب النادي بمنافسه قبل المباراة الكبيرة.", "صورة.");
    assertThat(SentencePool.sentences(a).stream().map(a::textOf).toList()).containsExactly(
        "أهلا بالضيوف! هكذا رحب النادي بمنافسه قبل المباراة الكبيرة.", "صورة.");
  }

  @Test
  void shortSentencesAreSkippedButStillCountPositions() {
    SentencePool pool = SentencePool.of(List.of(TWO_PARAGRAPHS), 25, 4, 200);
    assertThat(pool.size()).isEqualTo(3);
    // "صورة." is sentence 2 and is skipped; the one after it keeps position 3
    assertThat(pool.candidate(2).position()).isEqualTo(3);
    assertThat(pool.text(1)).isEqualTo("قال البنك إنه يراقب الأسعار عن كثب.");
  }

  @Test
  void onlyTheFirstSentencesOfAnArticleAreRead() {
    SentencePool pool = SentencePool.of(List.of(TWO_PARAGRAPHS), 2, 1, 200);
    assertThat(pool.size()).isEqualTo(2);
  }

  @Test
  void spansPointIntoTheOriginalTextWithoutSurroundingSpace() {
    SentencePool pool = SentencePool.of(List.of(TWO_PARAGRAPHS), 25, 1, 200);
    for (int i = 0; i < pool.size(); i++) {
      String s = pool.text(i);
      assertThat(s).isEqualTo(s.strip()).isEqualTo(TWO_PARAGRAPHS.text().substring(pool.candidate(i).span().start(), pool.candidate(i).span().end()));
    }
  }

  @Test
  void vectorsHaveUnitLength() {
    SentencePool pool = SentencePool.of(List.of(TWO_PARAGRAPHS), 25, 1, 200);
    for (int i = 0; i < pool.size(); i++) assertThat(pool.cosine(i, i)).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void sentencesSharingRareWordsAreCloserThanUnrelatedOnes() {
    Article a = BriefFixtures.article("b",
        "افتتح الوزير جسر النهر الجديد صباح اليوم.",
        "يربط جسر النهر الجديد ضفتي المدينة.",
        "ارتفعت درجات الحرارة في الجنوب.");
    SentencePool pool = SentencePool.of(List.of(a), 25, 1, 200);
    assertThat(pool.cosine(0, 1)).isGreaterThan(pool.cosine(0, 2));
    assertThat(pool.cosine(0, 2)).isZero();
  }

  @Test
  void anArticleWithoutBodyGivesNothing() {
    Article raw = BriefFixtures.article("c", "نص ما.").withBody(List.of());
    assertThat(SentencePool.of(List.of(raw), 25, 1, 200).size()).isZero();
  }
}
