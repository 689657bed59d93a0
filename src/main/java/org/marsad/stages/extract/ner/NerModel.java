package org.marsad.stages.extract.ner;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A linear first-order sequence model over {@link NerTags}: emission weights per (hashed feature, tag) and
 * transition weights per (previous tag, tag) plus edge features conjoined with the previous tag, decoded by Viterbi under the BIO constraint. Immutable once built.
 *
 * <p>File format (deflated): magic {@code MNER}, format version, feature version, hash bits, tag count, tag names,
 * a scale, every weight as a little-endian int16 ({@code weight = q * scale}), then the word-class table
 * ({@link WordClasses#write}).
 */
final class NerModel {
  private static final int MAGIC = 0x4D4E4552; // "MNER"
  private static final int FORMAT = 2;
  static final int T = NerTags.COUNT;

  private final int bits;
  /** Emissions {@code [bucket * T + tag]}, then transitions {@code [emissionSize + (prev + 1) * T + tag]}. */
  private final float[] weights;
  private final int transitionBase;
  private final WordClasses classes;

  NerModel(int bits, float[] weights) {
    this(bits, weights, WordClasses.EMPTY);
  }

  NerModel(int bits, float[] weights, WordClasses classes) {
    this.bits = bits;
    this.classes = classes;
    this.transitionBase = (1 << bits) * T;
    if (weights.length != size(bits)) throw new IllegalArgumentException("weight array has the wrong size");
    this.weights = weights;
  }

  /** The mean of several models' weights (same hash bits): a cheap ensemble of differently shuffled runs. */
  static NerModel average(java.util.List<NerModel> models) {
    int bits = models.get(0).bits;
    float[] sum = new float[size(bits)];
    for (NerModel m : models) {
      if (m.bits != bits) throw new IllegalArgumentException("models differ in hash bits");
      for (int i = 0; i < sum.length; i++) sum[i] += m.weights[i];
    }
    for (int i = 0; i < sum.length; i++) sum[i] /= models.size();
    return new NerModel(bits, sum, models.get(0).classes);
  }

  static int size(int bits) {
    return (1 << bits) * T + (T + 1) * T;
  }

  static int transitionBase(int bits) {
    return (1 << bits) * T;
  }

  int bits() {
    return bits;
  }

  /** The word classes the features read (learnt with the model). */
  WordClasses classes() {
    return classes;
  }

  /** The weights, read-only by contract: emissions {@code [bucket * T + tag]}, then transitions. */
  float[] weights() {
    return weights;
  }

  /** Best tag indices for a sentence whose features came from {@link FeatureExtractor#extract}. */
  int[] decode(int[] features, int n) {
    return decode(weights, bits, features, n);
  }

  /** Viterbi over {@code w}; shared with training, which decodes with its running weights. */
  static int[] decode(float[] w, int bits, int[] features, int n) {
    float[] emit = new float[n * T];
    float[] edge = new float[n * EDGE_ROW];
    score(w, bits, features, n, emit, edge);
    return viterbi(emit, edge, n);
  }

  /** Scores of one position's edges, {@code [(prev + 1) * T + cur]} with prev = -1 at sentence start. */
  static final int EDGE_ROW = (T + 1) * T;

  /**
   * Fills {@code emit[i * T + tag]} and {@code edge[i * EDGE_ROW + (prev + 1) * T + tag]} (transition plus edge
   * templates conjoined with prev) from feature ids.
   */
  static void score(float[] w, int bits, int[] features, int n, float[] emit, float[] edge) {
    final int transitionBase = transitionBase(bits);
    final int per = FeatureExtractor.PER_TOKEN;
    final int edgePer = FeatureExtractor.EDGE_PER_TOKEN;
    final int edgeStart = n * per;
    for (int i = 0; i < n; i++) {
      int eo = i * T;
      for (int f = i * per, end = f + per; f < end; f++) {
        int base = features[f] * T;
        for (int t = 0; t < T; t++) emit[eo + t] += w[base + t];
      }
      int go = i * EDGE_ROW;
      for (int p = -1; p < T; p++) {
        int row = go + (p + 1) * T;
        for (int t = 0; t < T; t++) edge[row + t] += w[transitionBase + (p + 1) * T + t];
        for (int e = edgeStart + i * edgePer, end = e + edgePer; e < end; e++) {
          int base = FeatureExtractor.edgeBucket(features[e], p, bits) * T;
          for (int t = 0; t < T; t++) edge[row + t] += w[base + t];
        }
      }
    }
  }

  /** Best tags under the BIO constraint given emission and edge scores (position 0 reads only the start row). */
  static int[] viterbi(float[] emit, float[] edge, int n) {
    int[] best = new int[n];
    if (n == 0) return best;
    float[] delta = new float[n * T];
    int[] back = new int[n * T];
    for (int i = 0; i < n; i++) {
      int go = i * EDGE_ROW;
      for (int t = 0; t < T; t++) {
        float bestScore = Float.NEGATIVE_INFINITY;
        int bestPrev = -1;
        if (i == 0) {
          if (NerTags.allowed(-1, t)) bestScore = edge[go + t];
        } else {
          int prevRow = (i - 1) * T;
          // I-X may follow only B-X (t - 1) or I-X (t); anything else may follow any tag
          int from = NerTags.isInside(t) ? t - 1 : 0;
          int to = NerTags.isInside(t) ? t : T - 1;
          for (int p = from; p <= to; p++) {
            float s = delta[prevRow + p] + edge[go + (p + 1) * T + t];
            if (s > bestScore) {
              bestScore = s;
              bestPrev = p;
            }
          }
        }
        delta[i * T + t] = bestScore + emit[i * T + t];
        back[i * T + t] = bestPrev;
      }
    }
    int last = (n - 1) * T;
    int arg = 0;
    for (int t = 1; t < T; t++) if (delta[last + t] > delta[last + arg]) arg = t;
    for (int i = n - 1; i >= 0; i--) {
      best[i] = arg;
      arg = back[i * T + arg];
    }
    return best;
  }

  void save(OutputStream out) throws IOException {
    float max = 0f;
    for (float v : weights) max = Math.max(max, Math.abs(v));
    float scale = max == 0f ? 1f : max / Short.MAX_VALUE;
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    DeflaterOutputStream z = new DeflaterOutputStream(out, deflater, 1 << 16);
    DataOutputStream d = new DataOutputStream(z);
    d.writeInt(MAGIC);
    d.writeInt(FORMAT);
    d.writeInt(FeatureExtractor.VERSION);
    d.writeInt(bits);
    d.writeInt(T);
    for (String tag : NerTags.NAMES) d.writeUTF(tag);
    d.writeFloat(scale);
    ByteBuffer buf = ByteBuffer.allocate(weights.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : weights) buf.putShort((short) Math.round(v / scale));
    d.write(buf.array());
    classes.write(d);
    d.flush();
    z.finish();
    deflater.end();
  }

  byte[] toBytes() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    save(b);
    return b.toByteArray();
  }

  static NerModel load(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new InflaterInputStream(in, new java.util.zip.Inflater(), 1 << 16));
    if (d.readInt() != MAGIC) throw new IOException("not a marsad NER model");
    int format = d.readInt();
    if (format != FORMAT) throw new IOException("unsupported NER model format " + format);
    int featureVersion = d.readInt();
    if (featureVersion != FeatureExtractor.VERSION) {
      throw new IOException("model was trained with feature version " + featureVersion + ", this code has "
          + FeatureExtractor.VERSION + ": retrain with `marsad train-ner`");
    }
    int bits = d.readInt();
    int t = d.readInt();
    if (t != T || bits < 10 || bits > 26) throw new IOException("bad NER model header");
    for (String tag : NerTags.NAMES) {
      if (!tag.equals(d.readUTF())) throw new IOException("NER model tag set differs");
    }
    float scale = d.readFloat();
    float[] w = new float[size(bits)];
    byte[] raw = d.readNBytes(w.length * 2);
    if (raw.length != w.length * 2) throw new IOException("truncated NER model");
    ShortBuffer s = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
    for (int i = 0; i < w.length; i++) w[i] = s.get(i) * scale;
    return new NerModel(bits, w, WordClasses.read(d));
  }
}
