package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;

class ArticleTermCacheTest {
  private final ArabicAnalyzer analyzer = new ArabicAnalyzer();
  private final ArticleTermCache cache = new ArticleTermCache(analyzer);

  private static Article article(String text) {
    return Article.ingested("a", "a", SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY);
  }

  @Test
  void theSameArticleIsAnalysedOnce() {
    Article a = article("افتتحت البلدية حديقة جديدة في الحي الشرقي.");
    assertThat(cache.similarityTerms(a)).isSameAs(cache.similarityTerms(a));
  }

  @Test
  void aChangedRecordWithTheSameTextKeepsItsTerms() {
    Article a = article("افتتحت البلدية حديقة جديدة في الحي الشرقي.");
    TermVocabulary.TermCounts first = cache.similarityTerms(a);
    // a new date does not change the similarity text
    Article dated = a.withMeta(a.meta().withPublished("2024-05-01"));
    assertThat(cache.similarityTerms(dated)).isSameAs(first);
    assertThat(cache.similarityTerms(dated)).isSameAs(first);
  }

  @Test
  void aChangedTextIsAnalysedAgain() {
    Article a = article("افتتحت البلدية حديقة جديدة في الحي الشرقي.");
    TermVocabulary.TermCounts first = cache.similarityTerms(a);
    Article titled = a.withMeta(a.meta().withTitle("مكتبة عامة في الحي الغربي"));
    TermVocabulary.TermCounts second = cache.similarityTerms(titled);
    assertThat(second).isNotSameAs(first);
    assertThat(second.terms()).isNotEqualTo(first.terms());
  }

  @Test
  void anotherAnalyzerIsRefused() {
    assertThatThrownBy(() -> cache.requireAnalyzer(new ArabicAnalyzer())).isInstanceOf(IllegalArgumentException.class);
  }
}
