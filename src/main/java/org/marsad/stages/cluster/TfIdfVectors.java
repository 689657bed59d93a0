package org.marsad.stages.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * TF-IDF vectors of a batch of texts, with IDF taken over the batch itself: weight = (1 + ln tf) · ln((N + 1) / df),
 * so a term in every text weighs almost nothing. Vectors are unit length, so a dot product is a cosine.
 */
final class TfIdfVectors {
  private final SparseVector[] vectors;
  private final int[] documentFrequency;
  private final String[] vocabulary;

  private TfIdfVectors(SparseVector[] vectors, int[] documentFrequency, String[] vocabulary) {
    this.vectors = vectors;
    this.documentFrequency = documentFrequency;
    this.vocabulary = vocabulary;
  }

  /** Analyses each text once with {@code analyzer} (not thread-safe: one call at a time per analyzer). */
  static TfIdfVectors of(List<String> texts, Analyzer analyzer) {
    return of(texts, analyzer, NewsStopwords.forAnalyzer(analyzer));
  }

  /** As {@link #of(List, Analyzer)}, dropping the analysed terms in {@code ignored}. */
  static TfIdfVectors of(List<String> texts, Analyzer analyzer, CharArraySet ignored) {
    int n = texts.size();
    CharArrayMap<Integer> ids = new CharArrayMap<>(1 << 14, false);
    String[] vocab = new String[1 << 14];
    int vocabSize = 0;
    int[] df = new int[1 << 14];
    int[][] docTerms = new int[n][];
    int[][] docCounts = new int[n][];
    int[] scratch = new int[256];
    for (int d = 0; d < n; d++) {
      int len = 0;
      try (TokenStream ts = analyzer.tokenStream("body", texts.get(d))) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          char[] buf = term.buffer();
          int tl = term.length();
          if (tl == 0 || ignored.contains(buf, 0, tl)) continue;
          Integer id = ids.get(buf, 0, tl);
          if (id == null) {
            id = vocabSize;
            ids.put(Arrays.copyOf(buf, tl), id);
            if (vocabSize == vocab.length) {
              vocab = Arrays.copyOf(vocab, vocabSize * 2);
              df = Arrays.copyOf(df, vocabSize * 2);
            }
            vocab[vocabSize++] = new String(buf, 0, tl);
          }
          if (len == scratch.length) scratch = Arrays.copyOf(scratch, len * 2);
          scratch[len++] = id;
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // cannot happen on a String reader
      }
      // Run-length count of the sorted term ids gives unique terms and their frequencies.
      Arrays.sort(scratch, 0, len);
      int[] t = new int[len];
      int[] c = new int[len];
      int u = 0;
      for (int i = 0; i < len; i++) {
        if (u > 0 && t[u - 1] == scratch[i]) c[u - 1]++;
        else {
          t[u] = scratch[i];
          c[u++] = 1;
        }
      }
      docTerms[d] = Arrays.copyOf(t, u);
      docCounts[d] = Arrays.copyOf(c, u);
      for (int i = 0; i < u; i++) df[docTerms[d][i]]++;
    }
    SparseVector[] vectors = new SparseVector[n];
    for (int d = 0; d < n; d++) {
      int[] t = docTerms[d];
      float[] w = new float[t.length];
      for (int i = 0; i < t.length; i++) {
        w[i] = (float) ((1 + Math.log(docCounts[d][i])) * Math.log((n + 1.0) / df[t[i]]));
      }
      vectors[d] = new SparseVector(t, w).normalized();
    }
    return new TfIdfVectors(vectors, Arrays.copyOf(df, vocabSize), Arrays.copyOf(vocab, vocabSize));
  }

  SparseVector vector(int doc) {
    return vectors[doc];
  }

  int size() {
    return vectors.length;
  }

  int documentFrequency(int term) {
    return documentFrequency[term];
  }

  String term(int id) {
    return vocabulary[id];
  }
}
