package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

class PairFeaturesTest {
  private final EventProfiler profiler = new EventProfiler(new ArabicAnalyzer(), new TermStatistics());

  private EventProfile profile(Article a) {
    return profiler.weigh(profiler.count(a));
  }

  @Test
  void oneTextTwiceIsANearDuplicateWithEveryNameShared() {
    Article a = IncrementalEventDetectorTest.QUAKE_A;
    Article copy = EventArticles.article("copy", "outlet-a", "2024-03-10T09:00", a.meta().title(), a.bodyText(), "L:إزمير", "L:تركيا");
    double[] f = new double[PairFeatures.SIZE];
    PairFeatures.of(profile(a), profile(copy), f);
    assertThat(f[0]).isCloseTo(1, within(1e-5));
    assertThat(f[1]).isCloseTo(1, within(1e-5));
    assertThat(f[2]).isCloseTo(1, within(1e-6));
    assertThat(f[4]).isEqualTo(1); // same happening day
    assertThat(f[5]).isZero();
    assertThat(f[6]).isEqualTo(1);
    assertThat(f[7]).isEqualTo(1);
    assertThat(f[8]).isEqualTo(1);
    assertThat(PairFeatures.outletClash(f)).isFalse();
  }

  @Test
  void differentOutletsDaysApartAndNoSharedNames() {
    double[] f = new double[PairFeatures.SIZE];
    Article later = EventArticles.article("z", "outlet-z", "2024-03-15", "البنك المركزي", IncrementalEventDetectorTest.BANK.bodyText());
    PairFeatures.of(profile(IncrementalEventDetectorTest.QUAKE_A), profile(later), f);
    assertThat(f[2]).isZero();
    assertThat(f[3]).isZero();
    assertThat(f[5]).isEqualTo(PairFeatures.MAX_DAY_GAP);
    assertThat(f[6]).isZero();
    assertThat(f[0]).isLessThan(0.2);
  }

  @Test
  void theHappeningDayOfAnUndatedArticleIsUnknown() {
    Article undated = EventArticles.article("u", "o", null, "عنوان", "نص قصير عن زلزال");
    assertThat(profile(undated).dated()).isFalse();
    double[] f = new double[PairFeatures.SIZE];
    PairFeatures.of(profile(undated), profile(IncrementalEventDetectorTest.QUAKE_A), f);
    assertThat(f[4]).isZero();
    assertThat(f[5]).isZero();
  }

  @Test
  void twoOutletsSpellingsOfOneWordMeet() {
    Article a = EventArticles.article("a", "outlet-a", "2024-03-10", "هجوم كيماوي على البلدة", "قال مسعفون إن هجوما كيماويا أصاب البلدة");
    Article b = EventArticles.article("b", "outlet-b", "2024-03-10", "هجوم كيميائي على البلدة", "قال مسعفون إن هجوما كيميائيا أصاب البلدة");
    double[] f = new double[PairFeatures.SIZE];
    PairFeatures.of(profile(a), profile(b), f);
    assertThat(f[1]).isCloseTo(1, within(1e-5));
  }
}
