package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TermStatisticsTest {
  @Test
  void idsAreStableAndDocumentFrequenciesCountEachDocumentOnce() {
    TermStatistics s = new TermStatistics();
    int a = s.id("زلزال"), b = s.id("إنقاذ");
    assertThat(s.id("زلزال")).isEqualTo(a);
    assertThat(s.term(b)).isEqualTo("إنقاذ");
    s.addDocument(new int[] {a, b}, new int[] {a});
    assertThat(s.documentFrequency(a)).isEqualTo(1);
    assertThat(s.documents()).isEqualTo(1);
  }

  @Test
  void aSmallBatchIsWeighedAsIfItHeldTheMinimumNumberOfDocuments() {
    TermStatistics s = new TermStatistics();
    int a = s.id("زلزال");
    for (int i = 0; i < 3; i++) s.addDocument(new int[] {a});
    assertThat(s.idf(a)).isCloseTo(Math.log((TermStatistics.MIN_DOCUMENTS + 1.0) / 3), within(1e-12));
    for (int i = 0; i < 2 * TermStatistics.MIN_DOCUMENTS; i++) s.addDocument(new int[0]);
    assertThat(s.idf(a)).isCloseTo(Math.log((s.documents() + 1.0) / 3), within(1e-12));
  }
}
