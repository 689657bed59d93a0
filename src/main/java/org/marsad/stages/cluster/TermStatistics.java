package org.marsad.stages.cluster;

import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Term ids and document frequencies over every article the event detector has counted so far. IDF comes from here,
 * not from a batch: an incremental detector sees the corpus grow, and a batch run counts its whole batch first so
 * the first articles are weighed like the last. Not thread-safe.
 */
final class TermStatistics {
  private final CharArrayMap<Integer> ids = new CharArrayMap<>(1 << 14, false);
  private String[] terms = new String[1 << 14];
  private int[] documentFrequency = new int[1 << 14];
  private int size;
  private long documents;

  /** The id of a term, created on first sight. */
  int id(char[] buf, int off, int len) {
    Integer id = ids.get(buf, off, len);
    if (id != null) return id;
    if (size == terms.length) {
      terms = Arrays.copyOf(terms, size * 2);
      documentFrequency = Arrays.copyOf(documentFrequency, size * 2);
    }
    char[] key = Arrays.copyOfRange(buf, off, off + len);
    ids.put(key, size);
    terms[size] = new String(key);
    return size++;
  }

  int id(String term) {
    char[] c = term.toCharArray();
    return id(c, 0, c.length);
  }

  String term(int id) {
    return terms[id];
  }

  /** Counts one document holding each of {@code uniqueIds} once. */
  void addDocument(int[] uniqueIds) {
    documents++;
    for (int t : uniqueIds) documentFrequency[t]++;
  }

  /** Counts one document holding the ids of all the given lists (each id counted once). */
  void addDocument(int[]... lists) {
    documents++;
    int total = 0;
    for (int[] l : lists) total += l.length;
    int[] all = new int[total];
    int k = 0;
    for (int[] l : lists) for (int t : l) all[k++] = t;
    Arrays.sort(all);
    for (int i = 0; i < all.length; i++) if (i == 0 || all[i] != all[i - 1]) documentFrequency[all[i]]++;
  }

  int documentFrequency(int id) {
    return documentFrequency[id];
  }

  long documents() {
    return documents;
  }

  /**
   * Below this many documents IDF is taken as if there were this many, the terms seen being no more frequent than
   * counted: in a handful of articles every shared word would otherwise look common, and the words of the one
   * happening they share would weigh least. The pair model was fitted at a few hundred articles.
   */
  static final int MIN_DOCUMENTS = 200;

  /** ln((max(N, {@value #MIN_DOCUMENTS}) + 1) / df), with df at least 1 (the article being weighed counts). */
  double idf(int id) {
    return Math.log((Math.max(documents, MIN_DOCUMENTS) + 1.0) / Math.max(1, documentFrequency[id]));
  }

  int size() {
    return size;
  }
}
