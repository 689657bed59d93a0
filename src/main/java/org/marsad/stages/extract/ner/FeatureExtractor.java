package org.marsad.stages.extract.ner;

/**
 * Turns a sentence into hashed feature ids, {@link #PER_TOKEN} per token in one flat {@code int[]}: feature
 * hashing into {@code 2^bits} buckets, no feature strings are built. Words are normalised and stripped of glued-on
 * punctuation (shape still sees it). Templates: bias; normalised form, form without
 * و/ف, form without all proclitics; prefixes and suffixes 1–3; stem suffixes 2–3; word shape; words at ±1, ±2;
 * stems at ±1, ±2; stem prefixes 1–3; suffix 2 of the words at ±1; stem bigrams with the previous and next word; gazetteer marks at −1, 0, +1; trigger types at −3..+1;
 * the proclitics removed; and, per Viterbi edge, the stem and the previous word each with the previous tag. Immutable and thread-safe.
 */
final class FeatureExtractor {
  static final int PER_TOKEN = 37;
  /**
   * Templates also conjoined with the previous tag (stem; previous word), scored on each Viterbi edge. Stored after
   * the {@code n * PER_TOKEN} emission ids as unfinished hash states; {@link #edgeBucket} finishes them per tag.
   */
  static final int EDGE_PER_TOKEN = 2;
  /** Bumped whenever templates change, so an old model file is refused instead of silently mis-read. */
  static final int VERSION = 3;

  private static final String BOS = "<s>";
  private static final String EOS = "</s>";
  private static final String NO_CLITIC = "";

  private final Lexicons lexicons;
  private final int bits;

  FeatureExtractor(Lexicons lexicons, int bits) {
    if (bits < 10 || bits > 26) throw new IllegalArgumentException("hash bits out of range: " + bits);
    this.lexicons = lexicons;
    this.bits = bits;
  }

  int bits() {
    return bits;
  }

  /** Feature ids (bucket numbers) of every token, token i's at {@code [i * PER_TOKEN, (i + 1) * PER_TOKEN)}. */
  int[] extract(String[] tokens) {
    int n = tokens.length;
    String[] norm = new String[n];
    String[] conj = new String[n];
    String[] stem = new String[n];
    String[][] forms = new String[n][];
    int[] shape = new int[n];
    int[] trig = new int[n];
    for (int i = 0; i < n; i++) {
      String t = tokens[i] == null ? "" : tokens[i];
      String full = ArabicForms.normalize(t);
      norm[i] = ArabicForms.trimPunctuation(full);
      conj[i] = ArabicForms.stripConjunction(norm[i]);
      stem[i] = ArabicForms.stem(norm[i]);
      forms[i] = ArabicForms.lookupForms(norm[i]);
      shape[i] = shape(full);
      trig[i] = lexicons.trigger(forms[i]);
    }
    int[] gaz = lexicons.mark(forms, norm);
    int[] out = new int[n * (PER_TOKEN + EDGE_PER_TOKEN)];
    int edges = n * PER_TOKEN;
    for (int i = 0; i < n; i++) {
      int o = i * PER_TOKEN;
      String w = norm[i];
      String s = stem[i];
      int k = 0;
      // each line is one template; k (already incremented when the right side runs) is its id, 1..PER_TOKEN
      out[o + k++] = hashInt(k, 0);
      out[o + k++] = hash(k, w);
      out[o + k++] = hash(k, s);
      out[o + k++] = hash(k, conj[i]);
      out[o + k++] = hashPrefix(k, w, 1);
      out[o + k++] = hashPrefix(k, w, 2);
      out[o + k++] = hashPrefix(k, w, 3);
      out[o + k++] = hashSuffix(k, w, 1);
      out[o + k++] = hashSuffix(k, w, 2);
      out[o + k++] = hashSuffix(k, w, 3);
      out[o + k++] = hashSuffix(k, s, 2);
      out[o + k++] = hashSuffix(k, s, 3);
      out[o + k++] = hashInt(k, shape[i]);
      out[o + k++] = hash(k, at(norm, i - 1));
      out[o + k++] = hash(k, at(norm, i - 2));
      out[o + k++] = hash(k, at(norm, i + 1));
      out[o + k++] = hash(k, at(norm, i + 2));
      out[o + k++] = hash(k, at(stem, i - 1));
      out[o + k++] = hash(k, at(stem, i + 1));
      out[o + k++] = hash2(k, at(stem, i - 1), s);
      out[o + k++] = hash2(k, s, at(stem, i + 1));
      out[o + k++] = hashInt(k, gaz[i]);
      out[o + k++] = hashInt(k, i > 0 ? gaz[i - 1] : -2);
      out[o + k++] = hashInt(k, i + 1 < n ? gaz[i + 1] : -2);
      out[o + k++] = hashInt(k, trig[i]);
      out[o + k++] = hashInt(k, i > 0 ? trig[i - 1] : -2);
      out[o + k++] = hashInt(k, i > 1 ? trig[i - 2] : -2);
      out[o + k++] = hashInt(k, i > 2 ? trig[i - 3] : -2);
      out[o + k++] = hashPrefix(k, w, w.length() - s.length(), NO_CLITIC);
      out[o + k++] = hashPrefix(k, s, 1);
      out[o + k++] = hashPrefix(k, s, 2);
      out[o + k++] = hashPrefix(k, s, 3);
      out[o + k++] = hash(k, at(stem, i - 2));
      out[o + k++] = hash(k, at(stem, i + 2));
      out[o + k++] = hashSuffix(k, at(norm, i - 1), 2);
      out[o + k++] = hashSuffix(k, at(norm, i + 1), 2);
      out[o + k++] = hashInt(k, i + 1 < n ? trig[i + 1] : -2);
      assert k == PER_TOKEN;
      out[edges + i * EDGE_PER_TOKEN] = state(101, s);
      out[edges + i * EDGE_PER_TOKEN + 1] = state(102, at(norm, i - 1));
    }
    return out;
  }

  private static String at(String[] a, int i) {
    return i < 0 ? BOS : i >= a.length ? EOS : a[i];
  }

  /** Shape bits: Arabic letter, Latin letter, digit, other; all digits; length bucket. */
  static int shape(String w) {
    int bitsSeen = 0;
    int digits = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (ArabicForms.isArabicLetter(c)) bitsSeen |= 1;
      else if (c < 0x250 && Character.isLetter(c)) bitsSeen |= 2;
      else if (c >= '0' && c <= '9') {
        bitsSeen |= 4;
        digits++;
      } else bitsSeen |= 8;
    }
    int len = w.length();
    int bucket = len <= 3 ? len : len <= 5 ? 4 : len <= 8 ? 5 : 6;
    return bitsSeen | (digits == len && len > 0 ? 16 : 0) | bucket << 5;
  }

  // FNV-1a over the template id and chars, finished with murmur3's fmix32 so the top bits are well mixed.
  private int finish(int h) {
    return fmix32(h) >>> (32 - bits);
  }

  private static int fmix32(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private static int start(int template) {
    return (0x811c9dc5 ^ template) * 0x01000193;
  }

  private static int mix(int h, char c) {
    return (h ^ c) * 0x01000193;
  }

  private static int state(int template, String s) {
    int h = start(template);
    for (int i = 0; i < s.length(); i++) h = mix(h, s.charAt(i));
    return h;
  }

  /** Bucket of an edge template state conjoined with the previous tag ({@code -1} at sentence start). */
  static int edgeBucket(int state, int prevTag, int bits) {
    return fmix32((state ^ (prevTag + 2)) * 0x01000193) >>> (32 - bits);
  }

  private int hash(int template, String s) {
    int h = start(template);
    for (int i = 0; i < s.length(); i++) h = mix(h, s.charAt(i));
    return finish(h);
  }

  private int hash2(int template, String a, String b) {
    int h = start(template);
    for (int i = 0; i < a.length(); i++) h = mix(h, a.charAt(i));
    h = mix(h, '\u0001');
    for (int i = 0; i < b.length(); i++) h = mix(h, b.charAt(i));
    return finish(h);
  }

  private int hashPrefix(int template, String s, int len) {
    int h = start(template);
    int end = Math.min(len, s.length());
    for (int i = 0; i < end; i++) h = mix(h, s.charAt(i));
    if (s.length() < len) h = mix(h, '\u0002'); // "shorter than len" differs from a true prefix
    return finish(h);
  }

  private int hashPrefix(int template, String s, int len, String ifEmpty) {
    return len <= 0 ? hash(template, ifEmpty) : hashPrefix(template, s, len);
  }

  private int hashSuffix(int template, String s, int len) {
    int h = start(template);
    for (int i = Math.max(0, s.length() - len); i < s.length(); i++) h = mix(h, s.charAt(i));
    if (s.length() < len) h = mix(h, '\u0002');
    return finish(h);
  }

  private int hashInt(int template, int v) {
    int h = start(template);
    h = (h ^ (v & 0xffff)) * 0x01000193;
    h = (h ^ (v >>> 16)) * 0x01000193;
    return finish(h);
  }
}
