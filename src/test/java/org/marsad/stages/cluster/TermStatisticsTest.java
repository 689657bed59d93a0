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

  @Test
  void aTermOneOutletPutsInMostOfItsOwnArticlesLosesItsWeightThere() {
    TermStatistics s = new TermStatistics();
    int outlet = s.id("\u0002outlet"), other = s.id("\u0002other");
    int signOff = s.id("مراسلنا"), topic = s.id("زلزال");
    int n = TermStatistics.MIN_OUTLET_DOCUMENTS;
    for (int i = 0; i < n; i++) {
      s.addOutletDocument(outlet, new int[] {signOff, i % 2 == 0 ? topic : s.id("قطار")});
      s.addOutletDocument(other, new int[] {i % 2 == 0 ? topic : s.id("مطار")});
    }
    assertThat(s.outletFactor(outlet, signOff)).isCloseTo(0, within(1e-12));
    assertThat(s.outletFactor(other, signOff)).isEqualTo(1); // the other outlet does not use it at all
    assertThat(s.outletFactor(outlet, topic)).isEqualTo(1); // every outlet covers it as much
    assertThat(s.outletFactor(-1, signOff)).isEqualTo(1);
  }

  @Test
  void anOutletWithFewDocumentsHasNoBoilerplateYet() {
    TermStatistics s = new TermStatistics();
    int outlet = s.id("\u0002outlet"), other = s.id("\u0002other"), signOff = s.id("مراسلنا");
    for (int i = 0; i < TermStatistics.MIN_OUTLET_DOCUMENTS; i++) s.addOutletDocument(other, new int[0]);
    for (int i = 0; i < TermStatistics.MIN_OUTLET_DOCUMENTS - 1; i++) s.addOutletDocument(outlet, new int[] {signOff});
    assertThat(s.outletFactor(outlet, signOff)).isEqualTo(1);
  }
}
