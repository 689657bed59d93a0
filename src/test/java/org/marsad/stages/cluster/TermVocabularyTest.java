package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class TermVocabularyTest {
  private static final ArabicAnalyzer ANALYZER = new ArabicAnalyzer();

  @Test
  void countsEachDistinctTermInOrderOfFirstOccurrence() {
    TermVocabulary v = new TermVocabulary();
    TermVocabulary.TermCounts c = v.analyse("مطار مدينة مطار ميناء مطار مدينة", ANALYZER, CharArraySet.EMPTY_SET);
    assertThat(c.terms()).hasSize(3);
    assertThat(c.counts()).containsExactly(3, 2, 1);
    assertThat(v.word(c.terms()[0])).isEqualTo(v.word(v.analyse("مطار", ANALYZER, CharArraySet.EMPTY_SET).terms()[0]));
  }

  @Test
  void outletsSpellingsOfOneWordAreOneTerm() {
    TermVocabulary v = new TermVocabulary();
    int a = v.analyse("هجوم كيماوي", ANALYZER, CharArraySet.EMPTY_SET).terms()[1];
    int b = v.analyse("هجوم كيميائي", ANALYZER, CharArraySet.EMPTY_SET).terms()[1];
    int c = v.analyse("الرئيس ترامب", ANALYZER, CharArraySet.EMPTY_SET).terms()[1];
    int d = v.analyse("الرئيس ترمب", ANALYZER, CharArraySet.EMPTY_SET).terms()[1];
    int e = v.analyse("الموقف الأميركي", ANALYZER, CharArraySet.EMPTY_SET).terms()[1];
    int f = v.analyse("الموقف الأمريكي", ANALYZER, CharArraySet.EMPTY_SET).terms()[1];
    assertThat(a).isEqualTo(b);
    assertThat(c).isEqualTo(d).isNotEqualTo(a);
    assertThat(e).isEqualTo(f).isNotEqualTo(c);
  }

  /** A batch built from a vocabulary that other texts filled first equals the batch analysed afresh. */
  @Test
  void reusedAnalysisGivesTheSameVectorsAsAFreshBatch() {
    String[] words = {"الوزير", "مطار", "الرياض", "اجتماع", "القمة", "مياه", "قطار", "بنك", "سعر", "النفط", "غزة", "اليمن"};
    for (long seed = 1; seed <= 40; seed++) {
      java.util.Random r = new java.util.Random(seed);
      List<String> others = new ArrayList<>();
      List<String> batch = new ArrayList<>();
      for (int i = 0; i < 6; i++) others.add(text(r, words));
      for (int i = 0; i < 5; i++) batch.add(text(r, words));
      TermVocabulary v = new TermVocabulary();
      CharArraySet ignored = NewsStopwords.forAnalyzer(ANALYZER);
      for (String o : others) v.analyse(o, ANALYZER, ignored);
      List<TermVocabulary.TermCounts> docs = new ArrayList<>();
      for (String b : batch) docs.add(v.analyse(b, ANALYZER, ignored));
      TfIdfVectors reused = TfIdfVectors.of(docs, v);
      TfIdfVectors fresh = TfIdfVectors.of(batch, ANALYZER);
      for (int d = 0; d < batch.size(); d++) {
        assertThat(reused.vector(d).terms).as("seed %d doc %d", seed, d).containsExactly(fresh.vector(d).terms);
        assertThat(reused.vector(d).weights).as("seed %d doc %d", seed, d).containsExactly(fresh.vector(d).weights);
      }
      for (int t = 0; t < fresh.vector(0).size(); t++) {
        int id = fresh.vector(0).terms[t];
        assertThat(reused.term(id)).isEqualTo(fresh.term(id));
        assertThat(reused.documentFrequency(id)).isEqualTo(fresh.documentFrequency(id));
      }
    }
  }

  private static String text(java.util.Random r, String[] words) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(12);
    for (int i = 0; i < n; i++) sb.append(words[r.nextInt(words.length)]).append(i % 5 == 4 ? ". " : " ");
    return sb.toString();
  }
}
