package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Groups unit vectors by cosine similarity without comparing all pairs.
 *
 * <p>Candidates come from an inverted index over each item's {@code topTerms} heaviest terms (rare terms weigh
 * most under TF-IDF). Each postings list is sorted by day, and an item is compared only with its {@code window}
 * neighbours on each side, so a term shared by thousands of items costs no more than a rare one. A candidate pair
 * must share at least {@code minSharedTerms} of those top terms before its cosine is computed. Undated items sort
 * last, so in a list longer than the window they meet only each other and the latest dated items (a known gap).
 *
 * <p>Pairs with cosine ≥ {@code linkThreshold} are then merged strongest first (single-link order), but two groups
 * merge only if their average-link similarity (mean cosine over all cross pairs, computed from the groups' vector
 * sums) is ≥ {@code mergeThreshold} — which stops the chaining of plain connected components — and, when
 * {@code maxDayGap} ≥ 0, if all known days of the merged group lie within {@code maxDayGap} days.
 *
 * <p>Items without a known day may still carry the weekday they call "today": a group with no known day joins
 * another only if their weekdays meet (or either has none), since same-day reports of one happening name the same
 * weekday. Two dated groups are judged by their days alone.
 */
final class SimilarityGrouping {
  /** Day of an item whose date is not known. */
  static final long UNKNOWN_DAY = Long.MIN_VALUE;

  /**
   * @param exhaustiveWhenSmall compare every pair when there are at most {@link #ALL_PAIRS_LIMIT} pairs; off where
   *     thresholds were tuned with the shared-top-terms filter as part of the similarity (stories)
   */
  record Params(int topTerms, int window, int minSharedTerms, double linkThreshold, double mergeThreshold, int maxDayGap,
      boolean exhaustiveWhenSmall, Absorb absorb) {
    Params {
      if (topTerms < 1 || window < 1 || minSharedTerms < 1) throw new IllegalArgumentException("counts must be ≥ 1");
    }

    /** Without the second (absorbing) pass. */
    Params(int topTerms, int window, int minSharedTerms, double linkThreshold, double mergeThreshold, int maxDayGap,
        boolean exhaustiveWhenSmall) {
      this(topTerms, window, minSharedTerms, linkThreshold, mergeThreshold, maxDayGap, exhaustiveWhenSmall, null);
    }
  }

  /**
   * The second pass: after the strongest-first links, an article still alone joins the group of at least
   * {@code minGroup} members whose centroid (vector sum) is closest to it, when that cosine is ≥ {@code centroid} and
   * one of the group's members has cosine ≥ {@code link} with it. A centroid keeps the words all members share and
   * averages away each member's own angle, so a big happening's reactions and explainers, which share few words with
   * any one report, still meet it; the first pass's average-link guard falls as such a group grows and keeps them out.
   * Only lone articles join, and only big groups take them: merging groups, or growing small ones, this way joined
   * different happenings on the dev days. A day's dominant group (≥ {@code dominantShare} of the items dated on its
   * days) also takes in groups of up to {@code dominantPiece} items at centroid cosine ≥ {@code dominantCentroid}.
   * Each round uses the centroids left by the round before; {@code rounds} rounds in all.
   */
  record Absorb(double link, double centroid, int minGroup, double dominantShare, int dominantPiece,
      double dominantCentroid, int rounds) {
    /** Lone articles only, one round. */
    Absorb(double link, double centroid, int minGroup) {
      this(link, centroid, minGroup, 1, 1, 1, 1);
    }

    /** One round. */
    Absorb(double link, double centroid, int minGroup, double dominantShare, int dominantPiece, double dominantCentroid) {
      this(link, centroid, minGroup, dominantShare, dominantPiece, dominantCentroid, 1);
    }
  }

  private SimilarityGrouping() {}

  /**
   * Returns a group label per item: labels are item indices (the group's smallest member), equal for items of one
   * group.
   *
   * @param vectors unit-length vectors
   * @param days epoch day per item or {@link #UNKNOWN_DAY}
   * @param weekdays per item, a bit mask of its weekdays (bit ISO 1..7): of its day when known, else of the weekday it
   *     calls "today", else 0
   * @param indexable which term ids may serve as candidate keys (e.g. terms of more than one item)
   */
  static int[] group(SparseVector[] vectors, long[] days, int[] weekdays, IntPredicate indexable, Params p) {
    int n = vectors.length;
    List<Edge> all = candidateEdges(vectors, days, weekdays, indexable, p);
    // Only the first pass needs its edges in order; the absorbing pass's weaker ones are kept apart, unsorted.
    List<Edge> edges = new ArrayList<>(all.size());
    List<Edge> weak = new ArrayList<>();
    for (Edge e : all) (e.similarity >= p.linkThreshold() ? edges : weak).add(e);
    edges.sort(null);

    int[] parent = new int[n];
    int[] size = new int[n];
    long[] minDay = new long[n];
    long[] maxDay = new long[n];
    int[] weekdayMask = weekdays.clone();
    SparseVector[] centroid = new SparseVector[n]; // sum of the group's unit vectors
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
      minDay[i] = days[i];
      maxDay[i] = days[i];
      centroid[i] = vectors[i];
    }
    for (Edge e : edges) {
      int ra = find(parent, e.a), rb = find(parent, e.b);
      if (ra == rb) continue;
      long lo = minKnown(minDay[ra], minDay[rb]);
      long hi = Math.max(maxDay[ra], maxDay[rb]);
      if (p.maxDayGap() >= 0 && lo != UNKNOWN_DAY && hi - lo > p.maxDayGap()) continue;
      if (!weekdaysCompatible(minDay[ra], weekdayMask[ra], minDay[rb], weekdayMask[rb])) continue;
      // Average pairwise cosine between the two groups: the sums of unit vectors give it in one dot product.
      if (centroid[ra].dot(centroid[rb]) / ((double) size[ra] * size[rb]) < p.mergeThreshold()) continue;
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
      minDay[ra] = lo;
      maxDay[ra] = hi;
      weekdayMask[ra] |= weekdayMask[rb];
      centroid[ra] = centroid[ra].plus(centroid[rb]);
      centroid[rb] = null;
    }
    if (p.absorb() != null) {
      for (int r = 0; r < p.absorb().rounds(); r++) absorb(List.of(edges, weak), days, p, parent, size, minDay, maxDay, weekdayMask, centroid);
    }
    int[] smallest = new int[n];
    Arrays.fill(smallest, Integer.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      int r = find(parent, i);
      smallest[r] = Math.min(smallest[r], i);
    }
    int[] label = new int[n];
    for (int i = 0; i < n; i++) label[i] = smallest[find(parent, i)];
    return label;
  }

  /**
   * One round of {@link Absorb}: centroids are those at the start of the round, so the order of the edges does not matter. Only groups
   * under {@code minGroup} move and only groups of at least {@code minGroup} take them in, so no chains form.
   */
  private static void absorb(List<List<Edge>> edgeLists, long[] days, Params p, int[] parent, int[] size, long[] minDay,
      long[] maxDay, int[] weekdayMask, SparseVector[] centroid) {
    int n = parent.length;
    long[] known = Arrays.stream(days).filter(d -> d != UNKNOWN_DAY).sorted().toArray();
    int[] root = new int[n];
    for (int i = 0; i < n; i++) root[i] = find(parent, i);
    double[] norm = new double[n];
    int[] target = new int[n];
    double[] best = new double[n];
    Arrays.fill(target, -1);
    for (List<Edge> edges : edgeLists) for (Edge e : edges) {
      if (e.similarity < p.absorb().link()) continue;
      offer(root[e.a], root[e.b], p, known, size, minDay, maxDay, weekdayMask, centroid, norm, target, best);
      offer(root[e.b], root[e.a], p, known, size, minDay, maxDay, weekdayMask, centroid, norm, target, best);
    }
    for (int i = 0; i < n; i++) {
      int g = target[i];
      if (g < 0) continue;
      parent[i] = g;
      size[g] += size[i];
      minDay[g] = minKnown(minDay[g], minDay[i]);
      maxDay[g] = Math.max(maxDay[g], maxDay[i]);
      weekdayMask[g] |= weekdayMask[i];
      centroid[g] = centroid[g].plus(centroid[i]);
      centroid[i] = null;
    }
  }

  /** Group {@code i} considers joining group {@code g}; the best centroid cosine wins, ties to the lower group. */
  private static void offer(int i, int g, Params p, long[] known, int[] size, long[] minDay, long[] maxDay,
      int[] weekdayMask, SparseVector[] centroid, double[] norm, int[] target, double[] best) {
    Absorb ab = p.absorb();
    if (i == g || size[i] >= ab.minGroup() || size[g] < ab.minGroup()) return;
    double threshold;
    if (size[i] == 1) threshold = ab.centroid();
    else if (size[i] <= ab.dominantPiece() && size[g] >= ab.dominantShare() * articlesOnDays(known, minDay[g], maxDay[g], size.length)) {
      threshold = ab.dominantCentroid();
    }
    else return;
    long lo = minKnown(minDay[g], minDay[i]);
    long hi = Math.max(maxDay[g], maxDay[i]);
    if (p.maxDayGap() >= 0 && lo != UNKNOWN_DAY && hi - lo > p.maxDayGap()) return;
    if (!weekdaysCompatible(minDay[g], weekdayMask[g], minDay[i], weekdayMask[i])) return;
    if (norm[g] == 0) norm[g] = centroid[g].norm();
    if (norm[i] == 0) norm[i] = centroid[i].norm();
    double c = centroid[i].dot(centroid[g]) / (norm[i] * norm[g]);
    if (c < threshold) return;
    if (target[i] < 0 || c > best[i] + 1e-12 || (Math.abs(c - best[i]) <= 1e-12 && g < target[i])) {
      target[i] = g;
      best[i] = c;
    }
  }

  /** How many items have a known day in [lo, hi] ({@code known} sorted); all {@code n} when the group has no day. */
  static int articlesOnDays(long[] known, long lo, long hi, int n) {
    if (lo == UNKNOWN_DAY) return n;
    return firstAbove(known, hi) - firstAbove(known, lo - 1);
  }

  private static int firstAbove(long[] sorted, long v) {
    int lo = 0, hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private static long minKnown(long a, long b) {
    if (a == UNKNOWN_DAY) return b;
    if (b == UNKNOWN_DAY) return a;
    return Math.min(a, b);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** A candidate link; sorts strongest first, then by indices for a deterministic order. */
  record Edge(double similarity, int a, int b) implements Comparable<Edge> {
    @Override
    public int compareTo(Edge o) {
      int c = Double.compare(o.similarity, similarity);
      if (c != 0) return c;
      return a != o.a ? Integer.compare(a, o.a) : Integer.compare(b, o.b);
    }
  }

  /** Up to this many pairs every pair is compared: the candidate index is a device for scale, not a filter. */
  static final long ALL_PAIRS_LIMIT = 500_000;

  static List<Edge> candidateEdges(SparseVector[] vectors, long[] days, int[] weekdays, IntPredicate indexable, Params p) {
    int n = vectors.length;
    if (p.exhaustiveWhenSmall() && (long) n * (n - 1) / 2 <= ALL_PAIRS_LIMIT) return allPairs(vectors, days, weekdays, p);
    return indexedEdges(vectors, days, weekdays, indexable, p);
  }

  /** Candidates from the windowed inverted index over top terms (see the class comment). */
  static List<Edge> indexedEdges(SparseVector[] vectors, long[] days, int[] weekdays, IntPredicate indexable, Params p) {
    int n = vectors.length;
    int[][] top = new int[n][];
    long[] keys = new long[64];
    int maxTerm = -1;
    for (int d = 0; d < n; d++) {
      keys = scratch(keys, vectors[d].size());
      top[d] = topTerms(vectors[d], p.topTerms(), indexable, keys);
      for (int t : top[d]) maxTerm = Math.max(maxTerm, t);
    }
    // Postings lists in one flat array (CSR layout): offsets[t] .. offsets[t+1].
    int[] offsets = new int[maxTerm + 2];
    for (int[] ts : top) for (int t : ts) offsets[t + 1]++;
    for (int t = 0; t <= maxTerm; t++) offsets[t + 1] += offsets[t];
    int[] postings = new int[offsets[maxTerm + 1]];
    int[] fill = Arrays.copyOf(offsets, offsets.length);
    // Each list sorted by day (unknown days last), then by item: filling the lists in that order of items sorts
    // them all with one sort of the items instead of one per list.
    Integer[] byDay = new Integer[n];
    for (int d = 0; d < n; d++) byDay[d] = d;
    Arrays.sort(byDay, (x, y) -> {
      long dx = days[x] == UNKNOWN_DAY ? Long.MAX_VALUE : days[x];
      long dy = days[y] == UNKNOWN_DAY ? Long.MAX_VALUE : days[y];
      return dx != dy ? Long.compare(dx, dy) : Integer.compare(x, y);
    });
    for (int d : byDay) for (int t : top[d]) postings[fill[t]++] = d;
    // Where each item sits in each of its lists.
    int[][] position = new int[n][];
    for (int d = 0; d < n; d++) position[d] = new int[top[d].length];
    for (int t = 0; t <= maxTerm; t++) {
      for (int i = offsets[t]; i < offsets[t + 1]; i++) {
        int d = postings[i];
        int k = indexOf(top[d], t);
        position[d][k] = i;
      }
    }
    List<Edge> edges = new ArrayList<>();
    int[] shared = new int[n]; // top terms shared with the current item; reset after each item
    int[] touched = new int[16];
    // Item d's vector scattered into a dense array, so each cosine costs one pass over the candidate's terms.
    int maxVectorTerm = -1;
    for (SparseVector v : vectors) if (v.size() > 0) maxVectorTerm = Math.max(maxVectorTerm, v.terms[v.size() - 1]);
    float[] dense = new float[maxVectorTerm + 1];
    for (int d = 0; d < n; d++) {
      int nt = 0;
      for (int k = 0; k < top[d].length; k++) {
        int t = top[d][k];
        int pos = position[d][k];
        int lo = Math.max(offsets[t], pos - p.window());
        int hi = Math.min(offsets[t + 1] - 1, pos + p.window());
        for (int i = lo; i <= hi; i++) {
          int e = postings[i];
          if (e <= d) continue; // each pair once, from its lower item; windows are symmetric
          if (shared[e]++ == 0) {
            if (nt == touched.length) touched = Arrays.copyOf(touched, nt * 2);
            touched[nt++] = e;
          }
        }
      }
      SparseVector vd = vectors[d];
      for (int i = 0; i < vd.size(); i++) dense[vd.terms[i]] = vd.weights[i];
      for (int i = 0; i < nt; i++) {
        int e = touched[i];
        if (shared[e] >= p.minSharedTerms() && daysCompatible(days[d], days[e], p.maxDayGap())
            && weekdaysCompatible(days[d], weekdays[d], days[e], weekdays[e])) {
          SparseVector ve = vectors[e];
          double s = 0;
          for (int j = 0; j < ve.size(); j++) s += (double) dense[ve.terms[j]] * ve.weights[j];
          if (s >= edgeThreshold(p)) edges.add(new Edge(s, d, e));
        }
        shared[e] = 0;
      }
      for (int i = 0; i < vd.size(); i++) dense[vd.terms[i]] = 0;
    }
    return edges;
  }

  /** The weakest edge either pass uses. */
  static double edgeThreshold(Params p) {
    return p.absorb() == null ? p.linkThreshold() : Math.min(p.linkThreshold(), p.absorb().link());
  }

  private static boolean daysCompatible(long a, long b, int maxGap) {
    return maxGap < 0 || a == UNKNOWN_DAY || b == UNKNOWN_DAY || Math.abs(a - b) <= maxGap;
  }

  private static List<Edge> allPairs(SparseVector[] vectors, long[] days, int[] weekdays, Params p) {
    List<Edge> edges = new ArrayList<>();
    for (int d = 0; d < vectors.length; d++) {
      for (int e = d + 1; e < vectors.length; e++) {
        if (!daysCompatible(days[d], days[e], p.maxDayGap()) || !weekdaysCompatible(days[d], weekdays[d], days[e], weekdays[e])) continue;
        double s = vectors[d].dot(vectors[e]);
        if (s >= edgeThreshold(p)) edges.add(new Edge(s, d, e));
      }
    }
    return edges;
  }

  /** Groups that both have a known day are judged by the day gap; otherwise their weekdays must meet. */
  static boolean weekdaysCompatible(long dayA, int maskA, long dayB, int maskB) {
    if (dayA != UNKNOWN_DAY && dayB != UNKNOWN_DAY) return true;
    return maskA == 0 || maskB == 0 || (maskA & maskB) != 0;
  }

  /** The weekday bit mask of an item: its day's weekday when known, else the weekday it calls today (0 = none). */
  static int weekdayMask(long epochDay, int todayWeekday) {
    if (epochDay != UNKNOWN_DAY) return 1 << java.time.LocalDate.ofEpochDay(epochDay).getDayOfWeek().getValue();
    return todayWeekday == 0 ? 0 : 1 << todayWeekday;
  }

  /**
   * As {@link SparseVector#topTerms} (heaviest first, ties to the lower id), without boxing: the bits of floats with
   * the sign bit clear (TF-IDF weights) order as {@link Float#compare} does, so one long holds (weight descending,
   * term). {@code keys} must hold {@code v.size()} entries.
   */
  static int[] topTerms(SparseVector v, int k, IntPredicate keep, long[] keys) {
    int n = 0;
    for (int i = 0; i < v.size(); i++) {
      if (!keep.test(v.terms[i])) continue;
      int bits = Float.floatToIntBits(v.weights[i]);
      if (bits < 0) return v.topTerms(k, keep); // a negative weight (or -0.0): the general sort
      keys[n++] = (long) (Integer.MAX_VALUE - bits) << 32 | v.terms[i];
    }
    Arrays.sort(keys, 0, n);
    int m = Math.min(k, n);
    int[] out = new int[m];
    for (int i = 0; i < m; i++) out[i] = (int) keys[i];
    return out;
  }

  private static long[] scratch(long[] keys, int size) {
    return keys.length >= size ? keys : new long[Math.max(size, keys.length * 2)];
  }

  private static int indexOf(int[] a, int v) {
    for (int i = 0; i < a.length; i++) if (a[i] == v) return i;
    throw new IllegalStateException("term " + v + " not in list");
  }
}
