package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;

class NewsStopwordsTest {
  @Test
  void resourceLoadsWithoutComments() {
    List<String> words = NewsStopwords.words();
    assertThat(words).hasSizeGreaterThan(50).contains("قال").noneMatch(w -> w.startsWith("#") || w.isBlank());
  }

  @Test
  void matchesAnalysedFormsIncludingCliticsAndVariants() {
    ArabicAnalyzer analyzer = new ArabicAnalyzer();
    var terms = TfIdfVectors.of(List.of("وقال الوزير", "الوزير وأضافت"), analyzer);
    // Only الوزير survives: وقال and وأضافت are reporting verbs behind a clitic.
    assertThat(terms.vector(0).size()).isEqualTo(1);
    assertThat(terms.term(terms.vector(0).terms[0])).isEqualTo(terms.term(terms.vector(1).terms[0]));
  }
}
