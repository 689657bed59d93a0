package org.marsad.stages.extract.ner;

import java.util.HashMap;
import java.util.Map;

/** Maps NewsFANE's fine BIO tags ({@code B-Politician}) to coarse ones ({@code B-PER}); the table is a resource. */
final class CoarseTagMap {
  private final Map<String, String> fineToCoarse;

  private CoarseTagMap(Map<String, String> fineToCoarse) {
    this.fineToCoarse = fineToCoarse;
  }

  static CoarseTagMap load() {
    Map<String, String> m = new HashMap<>();
    for (String line : Resources.lines("fine-to-coarse.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 2 || !NerTags.TYPES.contains(f[1].strip())) throw new IllegalStateException("bad mapping row: " + line);
      m.put(f[0].strip(), f[1].strip());
    }
    return new CoarseTagMap(Map.copyOf(m));
  }

  /** Is this fine class (without B-/I-) named in the mapping file, rather than falling to MISC by default? */
  boolean lists(String fineClass) {
    return fineToCoarse.containsKey(fineClass);
  }

  /** The coarse BIO tag; unknown fine classes are MISC, anything not B-/I- is O. */
  String coarse(String fineTag) {
    String t = fineTag.strip();
    if (t.length() < 3 || t.charAt(1) != '-' || (t.charAt(0) != 'B' && t.charAt(0) != 'I')) return "O";
    String type = fineToCoarse.getOrDefault(t.substring(2), "MISC");
    return t.charAt(0) + "-" + type;
  }
}
