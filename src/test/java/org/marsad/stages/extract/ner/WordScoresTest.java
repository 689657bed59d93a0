package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cached per-word scoring must tag exactly as summing every feature id does, and the cache must stay bounded. */
class WordScoresTest {
  private static final NerTrainer.Config SMALL = new NerTrainer.Config(3, 14, 5L, 0.5, 0.1);

  @Test
  void cachedScoringTagsLikeTheFullFeatureSum() {
    NerTagger tagger = NerTagger.load();
    int differing = 0;
    int sentences = 0;
    for (NerSentence s : SyntheticNews.sentences(300, 41)) {
      sentences++;
      if (!java.util.Arrays.equals(tagger.tagIndices(s.tokens()), tagger.tagIndicesUncached(s.tokens()))) differing++;
    }
    for (String[] s : NerTaggerTest.OWN_SENTENCES) {
      sentences++;
      if (!java.util.Arrays.equals(tagger.tagIndices(s), tagger.tagIndicesUncached(s))) differing++;
    }
    assertThat(sentences).isGreaterThan(300);
    assertThat(differing).isZero();
  }

  @Test
  void aSentenceAtEveryLengthFromOneToSixTagsLikeTheFullSum() {
    NerTagger tagger = NerTrainer.train(SyntheticNews.sentences(80, 42), SMALL, l -> {});
    String[] words = {"قال", "هالة", "منصور", "في", "وحمص", "أمس"};
    for (int n = 1; n <= words.length; n++) {
      String[] s = java.util.Arrays.copyOf(words, n);
      assertThat(tagger.tagIndices(s)).as("length %d", n).containsExactly(tagger.tagIndicesUncached(s));
    }
  }

  @Test
  void theCacheKeepsNoMoreWordTypesThanItsCapacity() {
    NerTagger trained = NerTrainer.train(SyntheticNews.sentences(40, 43), SMALL, l -> {});
    WordScores scores = new WordScores(trained.model(), trained.features(), 5);
    List<NerSentence> text = SyntheticNews.sentences(50, 44);
    for (NerSentence s : text) scores.tag(s.tokens());
    assertThat(scores.cached()).isEqualTo(5);
    for (NerSentence s : text) assertThat(scores.tag(s.tokens())).containsExactly(trained.tagIndicesUncached(s.tokens()));
  }
}
