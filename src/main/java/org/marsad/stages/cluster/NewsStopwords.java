package org.marsad.stages.cluster;

import org.marsad.text.ar.Lexicons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words that appear in reports of any event ({@code news-stopwords.txt}), as terms of a given analyzer: each row is
 * analysed once, so the set matches whatever stemming and normalisation the analyzer applies.
 */
final class NewsStopwords {
  static final String RESOURCE = "news-stopwords.txt";
  private static final Map<Analyzer, CharArraySet> CACHE = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private NewsStopwords() {}

  /** The raw rows of the resource (comments and blank lines dropped). */
  static List<String> words() {
    return Lexicons.lines(NewsStopwords.class, RESOURCE);
  }

  static CharArraySet forAnalyzer(Analyzer analyzer) {
    return CACHE.computeIfAbsent(analyzer, NewsStopwords::analyse);
  }

  private static CharArraySet analyse(Analyzer analyzer) {
    CharArraySet set = new CharArraySet(256, false);
    for (String w : words()) {
      try (TokenStream ts = analyzer.tokenStream("body", w)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) set.add(term.toString());
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return CharArraySet.unmodifiableSet(set);
  }
}
