package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

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
    TermVocabulary vocabulary = new TermVocabulary();
    List<TermVocabulary.TermCounts> docs = new ArrayList<>(texts.size());
    for (String text : texts) docs.add(vocabulary.analyse(text, analyzer, ignored));
    return of(docs, vocabulary);
  }

  /**
   * TF-IDF over texts analysed before into {@code vocabulary}. Term ids are renumbered by first occurrence over
   * {@code docs} in order, exactly as if the texts were analysed afresh, so vectors (and ties broken by term id)
   * are the same whichever other texts share the vocabulary.
   */
  static TfIdfVectors of(List<TermVocabulary.TermCounts> docs, TermVocabulary vocabulary) {
    int n = docs.size();
    int[] renumbered = new int[vocabulary.size()];
    Arrays.fill(renumbered, -1);
    String[] vocab = new String[1 << 10];
    int vocabSize = 0;
    int[] df = new int[1 << 10];
    int[][] docTerms = new int[n][];
    int[][] docCounts = new int[n][];
    long[] packed = new long[256];
    for (int d = 0; d < n; d++) {
      TermVocabulary.TermCounts doc = docs.get(d);
      int u = doc.terms().length;
      if (u > packed.length) packed = new long[Math.max(u, packed.length * 2)];
      for (int i = 0; i < u; i++) {
        int old = doc.terms()[i];
        int id = renumbered[old];
        if (id < 0) {
          id = renumbered[old] = vocabSize;
          if (vocabSize == vocab.length) {
            vocab = Arrays.copyOf(vocab, vocabSize * 2);
            df = Arrays.copyOf(df, vocabSize * 2);
          }
          vocab[vocabSize++] = vocabulary.word(old);
        }
        packed[i] = (long) id << 32 | doc.counts()[i];
      }
      // Vectors keep their terms in increasing id order.
      Arrays.sort(packed, 0, u);
      int[] t = new int[u];
      int[] c = new int[u];
      for (int i = 0; i < u; i++) {
        t[i] = (int) (packed[i] >>> 32);
        c[i] = (int) packed[i];
        df[t[i]]++;
      }
      docTerms[d] = t;
      docCounts[d] = c;
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
