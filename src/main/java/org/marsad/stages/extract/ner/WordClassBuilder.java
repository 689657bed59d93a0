package org.marsad.stages.extract.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Learns {@link WordClasses} from unlabelled text, cheaply and deterministically: every frequent word is described
 * by the frequent words seen just left and just right of it (positive PMI, context counts smoothed by ^0.75),
 * randomly projected to {@link Settings#dimensions} numbers, then clustered by spherical k-means into
 * {@link Settings#coarse} classes, each split again into {@link Settings#split} finer ones (a two-level hierarchy,
 * like a Brown-cluster prefix and its full path). Feed it text with {@link #add}, then call {@link #build}.
 */
final class WordClassBuilder {
  /** Sizes of the learning problem. */
  record Settings(int maxWords, int minCount, int contextWords, int dimensions, int coarse, int split, int iterations,
      long seed) {
    static Settings defaults() {
      return new Settings(60_000, 4, 1_500, 128, 100, 8, 12, 20140823L);
    }
  }

  private static final int IN = 0;
  private static final int SAID = 1;
  private static final int SON = 2;
  /** Cue word (normalised) to IN, SAID or SON. */
  private static final Map<String, Integer> CUES = loadCues();

  private static Map<String, Integer> loadCues() {
    Map<String, Integer> m = new HashMap<>();
    List<String> kinds = List.of("IN", "SAID", "SON");
    for (String row : Resources.lines("cue-words.tsv")) {
      String[] f = row.split("\t");
      int kind = f.length == 2 ? kinds.indexOf(f[1].strip()) : -1;
      if (kind < 0) throw new IllegalStateException("bad cue row: " + row);
      m.put(ArabicForms.normalize(f[0].strip()), kind);
    }
    return Map.copyOf(m);
  }

  private final Settings settings;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private int[] counts = new int[1 << 16];
  private int[] stream = new int[1 << 20];
  private int length;

  WordClassBuilder(Settings settings) {
    this.settings = settings;
  }

  /** Adds one text: split into words (runs of letters and digits) and single punctuation marks, normalised. */
  void add(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      if (isWordChar(c)) {
        while (j < n && isWordChar(text.charAt(j))) j++;
      }
      String norm = ArabicForms.normalize(text.substring(i, j));
      if (!norm.isEmpty()) append(norm);
      i = j;
    }
    append(""); // a text boundary: no context crosses it
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || (c >= 0x064B && c <= 0x065F) || c == 0x0640 || c == 0x0670 || c == 0x200C
        || c == 0x200D;
  }

  private void append(String token) {
    Integer id = ids.get(token);
    if (id == null) {
      id = words.size();
      ids.put(token, id);
      words.add(token);
      if (id >= counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
    }
    counts[id]++;
    if (length == stream.length) stream = Arrays.copyOf(stream, stream.length * 2);
    stream[length++] = id;
  }

  long tokens() {
    return length;
  }

  WordClasses build(Consumer<String> log) {
    Integer boundary = ids.get("");
    int types = words.size();
    Integer[] byCount = new Integer[types];
    for (int i = 0; i < types; i++) byCount[i] = i;
    Arrays.sort(byCount, (a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a]) : words.get(a).compareTo(words.get(b)));
    int[] vocab = new int[types];
    int[] context = new int[types];
    Arrays.fill(vocab, -1);
    Arrays.fill(context, -1);
    List<Integer> vocabWords = new ArrayList<>();
    int contexts = 0;
    for (int id : byCount) {
      if (boundary != null && id == boundary) continue;
      if (contexts < settings.contextWords()) context[id] = contexts++;
      if (vocabWords.size() < settings.maxWords() && counts[id] >= settings.minCount() && hasLetter(words.get(id))) {
        vocab[id] = vocabWords.size();
        vocabWords.add(id);
      }
    }
    int v = vocabWords.size();
    int features = 4 * contexts; // the word two before, one before, one after, two after
    log.accept("word classes: " + length + " tokens, " + types + " types, " + v + " words to cluster");
    // co-occurrence counts as sorted (word, context feature) keys
    int[] keys = new int[4 * length];
    int k = 0;
    int[] after = new int[3 * v];
    int[] trigger = new int[types];
    Lexicons lexicons = Lexicons.get();
    int[] cue = new int[types];
    int[] cues = new int[3 * v];
    for (int id = 0; id < types; id++) {
      String[] forms = ArabicForms.lookupForms(words.get(id));
      trigger[id] = lexicons.trigger(forms);
      cue[id] = -1;
      for (int f = forms.length - 1; f >= 0 && cue[id] < 0; f--) cue[id] = CUES.getOrDefault(forms[f], -1);
    }
    for (int i = 0; i < length; i++) {
      int w = vocab[stream[i]];
      if (w < 0) continue;
      for (int side = 0; side < 4; side++) {
        int j = i + (side < 2 ? side - 2 : side - 1);
        int near = side < 2 ? i - 1 : i + 1;
        if (j < 0 || j >= length || (boundary != null && stream[near] == boundary)) continue;
        int c = context[stream[j]];
        if (c >= 0) keys[k++] = w * features + side * contexts + c;
      }
      int t = i > 0 ? trigger[stream[i - 1]] : Lexicons.NONE;
      if (t >= 0 && t < 3) after[3 * w + t]++;
      int before = i > 0 ? cue[stream[i - 1]] : -1;
      if (before == IN || before == SAID) cues[3 * w + before]++;
      if (i + 1 < length && cue[stream[i + 1]] == SON) cues[3 * w + SON]++;
    }
    Arrays.sort(keys, 0, k);
    double[] featureMass = new double[features];
    double[] wordMass = new double[v];
    for (int i = 0; i < k; i++) {
      featureMass[keys[i] % features]++;
      wordMass[keys[i] / features]++;
    }
    double smoothedTotal = 0;
    for (int f = 0; f < features; f++) smoothedTotal += Math.pow(featureMass[f], 0.75);
    float[][] projection = randomProjection(features, settings.dimensions(), settings.seed());
    float[][] vectors = new float[v][settings.dimensions()];
    for (int i = 0; i < k; ) {
      int j = i;
      while (j < k && keys[j] == keys[i]) j++;
      int w = keys[i] / features;
      int f = keys[i] % features;
      double pContext = Math.pow(featureMass[f], 0.75) / smoothedTotal;
      double pmi = Math.log((j - i) / wordMass[w] / pContext);
      if (pmi > 0) {
        float[] r = projection[f];
        float[] vec = vectors[w];
        for (int d = 0; d < r.length; d++) vec[d] += (float) pmi * r[d];
      }
      i = j;
    }
    for (float[] vec : vectors) normalise(vec);
    int[] coarse = kmeans(vectors, allIndices(v), settings.coarse(), settings.iterations(), settings.seed());
    int[] fine = new int[v];
    for (int c = 0; c < settings.coarse(); c++) {
      final int cc = c;
      int[] members = IntStream.range(0, v).filter(i -> coarse[i] == cc).toArray();
      int[] sub = kmeans(vectors, members, settings.split(), settings.iterations(), settings.seed() + 1 + c);
      for (int m = 0; m < members.length; m++) fine[members[m]] = c * settings.split() + sub[m];
    }
    long[] hashes = new long[v];
    Integer[] order = new Integer[v];
    for (int i = 0; i < v; i++) {
      hashes[i] = WordClasses.hash64(words.get(vocabWords.get(i)));
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(hashes[a], hashes[b]));
    long[] outKeys = new long[v];
    long[] outPacked = new long[v];
    int n = 0;
    for (int i : order) {
      if (n > 0 && outKeys[n - 1] == hashes[i]) continue; // a hash collision: keep the first
      int id = vocabWords.get(i);
      int count = counts[id];
      int afterCode = 0;
      int cueCode = 0;
      for (int t = 0; t < 3; t++) {
        afterCode |= rateBucket(after[3 * i + t], count) << (2 * t);
        cueCode |= rateBucket(cues[3 * i + t], count) << (2 * t);
      }
      outKeys[n] = hashes[i];
      outPacked[n++] = WordClasses.pack(coarse[i], fine[i], 31 - Integer.numberOfLeadingZeros(count), afterCode,
          definiteBucket(words.get(id)), cueCode);
    }
    return new WordClasses(Arrays.copyOf(outKeys, n), Arrays.copyOf(outPacked, n));
  }

  /** 0 never or almost never, 1 rarely, 2 often, 3 mostly. */
  private static int rateBucket(int hits, int count) {
    double r = (double) hits / count;
    return r < 0.005 ? 0 : r < 0.03 ? 1 : r < 0.15 ? 2 : 3;
  }

  /** How often the word's stem is written with the article ال: names mostly never are. 0 when the stem is unseen. */
  private int definiteBucket(String word) {
    String stem = ArabicForms.stem(word);
    int definite = countOf("\u0627\u0644" + stem);
    int total = definite + countOf(stem);
    if (total == 0) return 0;
    double r = (double) definite / total;
    return r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : 4;
  }

  private int countOf(String word) {
    Integer id = ids.get(word);
    return id == null ? 0 : counts[id];
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
    return false;
  }

  private static int[] allIndices(int n) {
    return IntStream.range(0, n).toArray();
  }

  private static float[][] randomProjection(int rows, int dims, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[][] r = new float[rows][dims];
    for (float[] row : r) for (int d = 0; d < dims; d++) row[d] = (float) gaussian(random);
    return r;
  }

  private static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    double w = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * w);
  }

  private static void normalise(float[] v) {
    double s = 0;
    for (float x : v) s += x * x;
    if (s == 0) return;
    float inv = (float) (1 / Math.sqrt(s));
    for (int d = 0; d < v.length; d++) v[d] *= inv;
  }

  /** Spherical k-means over the given members; returns each member's cluster (0..k-1), deterministic for a seed. */
  static int[] kmeans(float[][] vectors, int[] members, int k, int iterations, long seed) {
    int m = members.length;
    int[] assign = new int[m];
    if (m == 0) return assign;
    k = Math.min(k, m);
    int dims = vectors[0].length;
    // seeds: k distinct members, spread by a seeded shuffle
    int[] pick = members.clone();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = pick.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = pick[i];
      pick[i] = pick[j];
      pick[j] = t;
    }
    float[][] centroids = new float[k][];
    for (int c = 0; c < k; c++) centroids[c] = vectors[pick[c]].clone();
    final int kk = k;
    for (int iter = 0; iter < iterations; iter++) {
      IntStream.range(0, m).parallel().forEach(i -> {
        float[] x = vectors[members[i]];
        int best = 0;
        float bestDot = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < kk; c++) {
          float[] ce = centroids[c];
          float dot = 0;
          for (int d = 0; d < dims; d++) dot += x[d] * ce[d];
          if (dot > bestDot) {
            bestDot = dot;
            best = c;
          }
        }
        assign[i] = best;
      });
      float[][] sums = new float[k][dims];
      int[] sizes = new int[k];
      for (int i = 0; i < m; i++) {
        float[] x = vectors[members[i]];
        float[] s = sums[assign[i]];
        sizes[assign[i]]++;
        for (int d = 0; d < dims; d++) s[d] += x[d];
      }
      for (int c = 0; c < k; c++) {
        if (sizes[c] == 0) continue; // an empty cluster keeps its old centre
        normalise(sums[c]);
        centroids[c] = sums[c];
      }
    }
    return assign;
  }
}
