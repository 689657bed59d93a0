package org.marsad.stages.extract.ner;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores sentences for a fixed model, summing each word type's single-word templates once: per distinct token
 * string it keeps the scores the word adds as itself, as the word 1–3 before or 1–2 after a position, and on the
 * edges into it (stem × previous tag) and out of it (previous word × previous tag). Tagging a token then reads a
 * few cached rows plus the {@link FeatureExtractor#PAIR} templates, instead of ~50 scattered weight rows; this is
 * what makes tagging fast, since the weight array is far larger than the CPU caches. The cache is bounded: once
 * full, new word types are scored without being kept (the frequent ones arrive first). Thread-safe.
 */
final class WordScores {
  private static final int T = NerModel.T;
  private static final int ROW = NerModel.EDGE_ROW;
  static final int SELF_AT = 0;
  static final int LEFT1_AT = T;
  static final int LEFT2_AT = 2 * T;
  static final int LEFT3_AT = 3 * T;
  static final int RIGHT1_AT = 4 * T;
  static final int RIGHT2_AT = 5 * T;
  static final int EDGE_SELF_AT = 6 * T;
  static final int EDGE_LEFT_AT = 6 * T + ROW;
  static final int SIZE = 6 * T + 2 * ROW;
  /**
   * Word types kept; about 1.2 KB each, so at most about 40 MB. A type that does not fit costs ~70 scattered weight
   * rows on every occurrence (2^15 missed ~6% of ANT's tokens; 2^17, every ANT type, is a little faster). Larger
   * caches were measured to push the 31k-article SaudiNewsNet digest to within a few MB of its 1 GB heap goal
   * (`bench pipeline`: 980 MB left after a collection), so the cache stays small.
   */
  static final int DEFAULT_CAPACITY = 1 << 15;

  /** A word type's analysis and its summed scores. */
  record Entry(FeatureExtractor.Word word, float[] scores) {}

  private final float[] w;
  private final int bits;
  private final int transitionBase;
  private final FeatureExtractor features;
  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
  private final int capacity;
  private final Entry bos;
  private final Entry eos;

  WordScores(NerModel model, FeatureExtractor features, int capacity) {
    this.w = model.weights();
    this.bits = model.bits();
    this.transitionBase = NerModel.transitionBase(bits);
    this.features = features;
    this.capacity = capacity;
    this.bos = score(features.bos());
    this.eos = score(features.eos());
  }

  int cached() {
    return cache.size();
  }

  Entry entry(String token) {
    String key = token == null ? "" : token;
    Entry e = cache.get(key);
    if (e == null) {
      e = score(features.analyse(key));
      if (cache.size() < capacity) cache.putIfAbsent(key, e);
    }
    return e;
  }

  private Entry score(FeatureExtractor.Word word) {
    float[] s = new float[SIZE];
    add(s, SELF_AT, word.self());
    add(s, LEFT1_AT, word.left1());
    add(s, LEFT2_AT, word.left2());
    add(s, LEFT3_AT, word.left3());
    add(s, RIGHT1_AT, word.right1());
    add(s, RIGHT2_AT, word.right2());
    for (int state : word.edgeSelf()) edges(s, EDGE_SELF_AT, state);
    edges(s, EDGE_LEFT_AT, word.edgeLeft());
    return new Entry(word.withoutIds(), s);
  }

  private void add(float[] s, int at, int[] ids) {
    for (int id : ids) {
      int base = id * T;
      for (int t = 0; t < T; t++) s[at + t] += w[base + t];
    }
  }

  private void edges(float[] s, int at, int state) {
    for (int p = -1; p < T; p++) {
      int base = FeatureExtractor.edgeBucket(state, p, bits) * T;
      int row = at + (p + 1) * T;
      for (int t = 0; t < T; t++) s[row + t] += w[base + t];
    }
  }

  /** Best tag indices for the tokens. */
  int[] tag(String[] tokens) {
    return tag(tokens, null, null);
  }

  /**
   * Best tag indices for the tokens; fills {@code normOut} with each token's normalised form and {@code gazOut} with
   * its gazetteer mark (each when given), so rules applied after tagging need not analyse the words again.
   */
  int[] tag(String[] tokens, String[] normOut, int[] gazOut) {
    int n = tokens.length;
    Entry[] e = new Entry[n];
    FeatureExtractor.Word[] words = new FeatureExtractor.Word[n];
    for (int i = 0; i < n; i++) {
      e[i] = entry(tokens[i]);
      words[i] = e[i].word();
      if (normOut != null) normOut[i] = words[i].norm();
    }
    int[] gaz = features.gazetteer(words);
    if (gazOut != null) System.arraycopy(gaz, 0, gazOut, 0, n);
    float[] emit = new float[n * T];
    float[] edge = new float[n * ROW];
    int[] pair = new int[FeatureExtractor.PAIR];
    for (int i = 0; i < n; i++) {
      int eo = i * T;
      float[] self = e[i].scores();
      float[] l1 = at(e, i - 1).scores();
      float[] l2 = at(e, i - 2).scores();
      float[] l3 = at(e, i - 3).scores();
      float[] r1 = at(e, i + 1).scores();
      float[] r2 = at(e, i + 2).scores();
      for (int t = 0; t < T; t++) {
        emit[eo + t] = self[SELF_AT + t] + l1[LEFT1_AT + t] + l2[LEFT2_AT + t] + l3[LEFT3_AT + t] + r1[RIGHT1_AT + t]
            + r2[RIGHT2_AT + t];
      }
      features.pairIds(words, gaz, i, pair, 0);
      for (int id : pair) {
        int base = id * T;
        for (int t = 0; t < T; t++) emit[eo + t] += w[base + t];
      }
      // Viterbi reads the start row (previous tag -1) only at position 0 and only the other rows after it
      int go = i * ROW;
      int from = i == 0 ? 0 : T;
      int to = i == 0 ? T : ROW;
      for (int j = from; j < to; j++) {
        edge[go + j] = w[transitionBase + j] + self[EDGE_SELF_AT + j] + l1[EDGE_LEFT_AT + j];
      }
    }
    return NerModel.viterbi(emit, edge, n);
  }

  private Entry at(Entry[] e, int i) {
    return i < 0 ? bos : i >= e.length ? eos : e[i];
  }
}
