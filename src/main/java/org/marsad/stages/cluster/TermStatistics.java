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
    addOutletDocument(-1, lists);
  }

  /**
   * Counts one document of an outlet (an id from {@link #id}, or -1 when unknown) holding the ids of all the given
   * lists: in the corpus, and in that outlet's own counts.
   */
  void addOutletDocument(int outlet, int[]... lists) {
    documents++;
    int total = 0;
    for (int[] l : lists) total += l.length;
    int[] all = new int[total];
    int k = 0;
    for (int[] l : lists) for (int t : l) all[k++] = t;
    Arrays.sort(all);
    OutletCounts own = outlet < 0 ? null : outlets.computeIfAbsent(outlet, o -> new OutletCounts());
    if (own != null) own.documents++;
    for (int i = 0; i < all.length; i++) {
      if (i > 0 && all[i] == all[i - 1]) continue;
      documentFrequency[all[i]]++;
      if (own != null) own.add(all[i]);
    }
  }

  /** How many documents of one outlet hold each term. */
  private static final class OutletCounts {
    int documents;
    int[] df = new int[1 << 10];

    void add(int term) {
      if (term >= df.length) df = Arrays.copyOf(df, Math.max(term + 1, df.length * 2));
      df[term]++;
    }

    int df(int term) {
      return term < df.length ? df[term] : 0;
    }
  }

  private final java.util.HashMap<Integer, OutletCounts> outlets = new java.util.HashMap<>();

  /**
   * An outlet's own share of documents is trusted from this many on: below, a word in 3 of 4 articles is chance, not
   * boilerplate.
   */
  static final int MIN_OUTLET_DOCUMENTS = 20;

  /**
   * How much of a term's weight is left in an outlet's articles: 1 − (share of that outlet's documents holding it −
   * share of the other outlets' documents holding it), at most 1. A term an outlet puts in far more of its own
   * articles than others do (its name, dateline, sign-off, section furniture) says nothing about the happening,
   * however rare it is in the corpus; a topic every outlet covers that day keeps its weight. 1 for an unknown outlet
   * or when either side has few documents.
   */
  double outletFactor(int outlet, int term) {
    if (outlet < 0) return 1;
    OutletCounts own = outlets.get(outlet);
    if (own == null || own.documents < MIN_OUTLET_DOCUMENTS) return 1;
    long rest = documents - own.documents;
    if (rest < MIN_OUTLET_DOCUMENTS) return 1;
    int ownDf = own.df(term);
    double excess = ownDf / (double) own.documents - (documentFrequency[term] - ownDf) / (double) rest;
    return excess <= 0 ? 1 : 1 - excess;
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
