package org.marsad.stages.extract.ner;

import java.util.List;

/** The nine BIO tags over PER/ORG/LOC/MISC, their indices, and the BIO constraint. */
final class NerTags {
  static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");
  /** Index 0 is O; type k has B at 1 + 2k and I at 2 + 2k. */
  static final String[] NAMES = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
  static final int COUNT = NAMES.length;
  static final int O = 0;

  private NerTags() {}

  static int index(String tag) {
    for (int i = 0; i < COUNT; i++) if (NAMES[i].equals(tag)) return i;
    throw new IllegalArgumentException("not a coarse BIO tag: " + tag);
  }

  static boolean isInside(int tag) {
    return tag != O && (tag & 1) == 0;
  }

  /** Type index 0..3, or -1 for O. */
  static int type(int tag) {
    return tag == O ? -1 : (tag - 1) / 2;
  }

  /** May {@code cur} follow {@code prev}? {@code prev} is -1 at sentence start. I-X only after B-X or I-X. */
  static boolean allowed(int prev, int cur) {
    return ALLOWED[prev + 1][cur];
  }

  private static boolean computeAllowed(int prev, int cur) {
    if (!isInside(cur)) return true;
    return prev >= 0 && prev != O && type(prev) == type(cur);
  }

  /** {@link #allowed} as a table, {@code [prev + 1][cur]}: Viterbi asks it 81 times a token. */
  private static final boolean[][] ALLOWED = new boolean[COUNT + 1][COUNT];

  static {
    for (int p = -1; p < COUNT; p++) for (int c = 0; c < COUNT; c++) ALLOWED[p + 1][c] = computeAllowed(p, c);
  }

  /** Repairs BIO in place: an I-X that does not continue an X entity becomes B-X. */
  static String[] repair(String[] tags) {
    String prevType = null;
    for (int i = 0; i < tags.length; i++) {
      String t = tags[i];
      if (t.startsWith("I-")) {
        String type = t.substring(2);
        if (!type.equals(prevType)) tags[i] = "B-" + type;
        prevType = type;
      } else {
        prevType = t.startsWith("B-") ? t.substring(2) : null;
      }
    }
    return tags;
  }
}
