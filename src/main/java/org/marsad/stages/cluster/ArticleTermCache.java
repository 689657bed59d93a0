package org.marsad.stages.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.marsad.model.Article;

/**
 * Each article's similarity text ({@link ArticleText#forSimilarity}) analysed once, for the event grouper and then
 * the story grouper of one corpus pass: analysis is most of grouping's cost, and both groupers read the same text
 * with the same analyzer. A cached entry is used only while the article's text is unchanged. Not thread-safe.
 */
public final class ArticleTermCache {
  /**
   * The article the terms were analysed from, not its similarity text: that text is a copy of the body, and holding
   * 30k of them cost ~100 MB through grouping. The article's own fields are held by the corpus anyway.
   */
  private record Entry(Article source, TermVocabulary.TermCounts terms) {}

  private final Analyzer analyzer;
  private final CharArraySet ignored;
  private final TermVocabulary vocabulary = new TermVocabulary();
  private final Map<String, Entry> byArticleId = new HashMap<>();

  /** Groupers use this cache only when built with this same {@code analyzer} instance. */
  public ArticleTermCache(Analyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.ignored = NewsStopwords.forAnalyzer(analyzer);
  }

  Analyzer analyzer() {
    return analyzer;
  }

  TermVocabulary vocabulary() {
    return vocabulary;
  }

  /** The analysed similarity text of {@code a}, from the cache when its text has not changed. */
  TermVocabulary.TermCounts similarityTerms(Article a) {
    Entry e = byArticleId.get(a.id());
    // the same record has the same text; a changed record (e.g. an inferred date) is compared by its text
    if (e != null && e.source == a) return e.terms;
    String text = ArticleText.forSimilarity(a);
    if (e != null && ArticleText.forSimilarity(e.source).equals(text)) {
      byArticleId.put(a.id(), new Entry(a, e.terms)); // the older record need not be held any more
      return e.terms;
    }
    TermVocabulary.TermCounts terms = vocabulary.analyse(text, analyzer, ignored);
    byArticleId.put(a.id(), new Entry(a, terms));
    return terms;
  }

  /** A text that is not an article's (an event title standing in for missing articles), not cached. */
  TermVocabulary.TermCounts terms(String text) {
    return vocabulary.analyse(text, analyzer, ignored);
  }

  /** Body-view TF-IDF of {@code articles}, in order. */
  TfIdfVectors similarityVectors(List<Article> articles) {
    List<TermVocabulary.TermCounts> docs = new java.util.ArrayList<>(articles.size());
    for (Article a : articles) docs.add(similarityTerms(a));
    return TfIdfVectors.of(docs, vocabulary);
  }

  void requireAnalyzer(Analyzer grouperAnalyzer) {
    if (grouperAnalyzer != analyzer) {
      // other terms would silently change the groups
      throw new IllegalArgumentException("the term cache was built with another analyzer than the grouper's");
    }
  }
}
