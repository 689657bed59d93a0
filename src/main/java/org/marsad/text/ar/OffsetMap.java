package org.marsad.text.ar;

import java.util.Arrays;

/**
 * Maps offsets in a normalised text back to the original, like Lucene's BaseCharFilter: sorted change points
 * {@code (normalisedOffset, cumulativeDiff)} in two int arrays; {@link #toOriginal} is a binary search.
 * Original offset = normalised offset + diff of the last change point at or before it. Monotone by construction.
 */
public final class OffsetMap {
  private static final OffsetMap IDENTITY = new OffsetMap(new int[0], new int[0], 0, -1);

  private final int[] offsets;
  private final int[] diffs;
  private final int size;
  private final int originalLength;

  private OffsetMap(int[] offsets, int[] diffs, int size, int originalLength) {
    this.offsets = offsets;
    this.diffs = diffs;
    this.size = size;
    this.originalLength = originalLength;
  }

  /** The map of a text that normalisation left unchanged. */
  public static OffsetMap identity() {
    return IDENTITY;
  }

  /** The original offset of normalised offset {@code i} (0 ≤ i ≤ normalised length). */
  public int toOriginal(int i) {
    if (size == 0) return i;
    int lo = 0, hi = size - 1, found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (offsets[mid] <= i) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? i : i + diffs[found];
  }

  public boolean isIdentity() {
    return size == 0;
  }

  /** Number of change points, for tests. */
  int changePoints() {
    return size;
  }

  /**
   * Builds a map from the original start of each normalised char. {@code origins[j]} is the original index of
   * normalised char j; {@code originalLength} closes the last one.
   */
  public static OffsetMap fromOrigins(int[] origins, int normalisedLength, int originalLength) {
    int[] offs = new int[8];
    int[] dfs = new int[8];
    int n = 0;
    int current = 0;
    for (int j = 0; j <= normalisedLength; j++) {
      int origin = j < normalisedLength ? origins[j] : originalLength;
      int diff = origin - j;
      if (diff != current) {
        if (n == offs.length) {
          offs = Arrays.copyOf(offs, n * 2);
          dfs = Arrays.copyOf(dfs, n * 2);
        }
        offs[n] = j;
        dfs[n] = diff;
        n++;
        current = diff;
      }
    }
    return n == 0 ? IDENTITY : new OffsetMap(offs, dfs, n, originalLength);
  }
}
