package org.marsad.stages.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    List<String> out = new ArrayList<>();
    try (InputStream in = NewsStopwords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
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
