package org.marsad.stages.extract.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Distributional word classes learnt from unlabelled news ({@link WordClassBuilder}): for each frequent normalised
 * word, a coarse and a fine cluster id (words used in the same contexts share them, so a name never seen in the
 * labelled data still looks like the names it was) and a frequency bucket. Words are kept only as 64-bit hashes, so
 * the table holds no text. Immutable.
 */
final class WordClasses {
  /** Class of a word the table does not hold. */
  static final int UNKNOWN = -1;

  static final WordClasses EMPTY = new WordClasses(new long[0], new long[0]);

  /** Sorted word hashes. */
  private final long[] keys;
  /**
   * Packed per word: coarse (bits 0–11), fine (12–23), frequency bucket (24–30), how often it follows a PER, ORG,
   * LOC trigger word (2 bits each, 32–37), how often its stem carries the article ال (40–42), how often it follows
   * a preposition of place, follows a reporting verb, precedes بن/ابن (2 bits each, 44–49).
   */
  private final long[] packed;

  WordClasses(long[] keys, long[] packed) {
    if (keys.length != packed.length) throw new IllegalArgumentException("keys and values differ in length");
    for (int i = 1; i < keys.length; i++) {
      if (keys[i - 1] >= keys[i]) throw new IllegalArgumentException("keys must be sorted and distinct");
    }
    this.keys = keys;
    this.packed = packed;
  }

  static long pack(int coarse, int fine, int frequencyBucket, int afterTrigger, int definite, int cues) {
    return (coarse & 0xfff) | (fine & 0xfff) << 12 | (frequencyBucket & 0x7f) << 24 | (long) (afterTrigger & 0x3f) << 32
        | (long) (definite & 0x7) << 40 | (long) (cues & 0x3f) << 44;
  }

  int size() {
    return keys.length;
  }

  /** Packed classes of the first lookup form the table knows, or {@link #UNKNOWN}. */
  long lookup(String[] forms) {
    for (String f : forms) {
      int i = Arrays.binarySearch(keys, hash64(f));
      if (i >= 0) return packed[i];
    }
    return UNKNOWN;
  }

  static int coarse(long packed) {
    return packed == UNKNOWN ? UNKNOWN : (int) (packed & 0xfff);
  }

  static int fine(long packed) {
    return packed == UNKNOWN ? UNKNOWN : (int) (packed >>> 12 & 0xfff);
  }

  static int frequencyBucket(long packed) {
    return packed == UNKNOWN ? UNKNOWN : (int) (packed >>> 24 & 0x7f);
  }

  /** Three 2-bit buckets (PER, ORG, LOC) of how often the word comes right after that type's trigger word. */
  static int afterTrigger(long packed) {
    return packed == UNKNOWN ? UNKNOWN : (int) (packed >>> 32 & 0x3f);
  }

  /** Three 2-bit buckets: after a preposition of place, after a reporting verb, before بن/ابن. */
  static int cues(long packed) {
    return packed == UNKNOWN ? UNKNOWN : (int) (packed >>> 44 & 0x3f);
  }

  static int definite(long packed) {
    return packed == UNKNOWN ? UNKNOWN : (int) (packed >>> 40 & 0x7);
  }

  /** 64-bit FNV-1a finished with a murmur3 mix: collisions among 10^5 words are vanishingly unlikely. */
  static long hash64(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  void write(DataOutputStream d) throws IOException {
    d.writeInt(keys.length);
    for (long k : keys) d.writeLong(k);
    for (long v : packed) d.writeLong(v);
  }

  static WordClasses read(DataInputStream d) throws IOException {
    int n = d.readInt();
    if (n < 0 || n > 10_000_000) throw new IOException("bad word class count " + n);
    long[] keys = new long[n];
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) keys[i] = d.readLong();
    for (int i = 0; i < n; i++) packed[i] = d.readLong();
    try {
      return new WordClasses(keys, packed);
    } catch (IllegalArgumentException e) {
      throw new IOException("bad word class table: " + e.getMessage());
    }
  }
}
