package org.marsad.stages.extract.ner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sorts a tagger's entity errors into classes, per gold (or, for spurious ones, predicted) type, so that training
 * changes can be aimed: a gold entity is <b>correct</b> (same span and type), a <b>type</b> error (same span, other
 * type), a <b>boundary</b> error (an overlapping prediction of its type with other ends), <b>boundary+type</b>
 * (only overlapping predictions of other types) or <b>missed</b> (nothing overlaps); a prediction that overlaps no
 * gold entity is <b>spurious</b>.
 */
final class EntityErrors {
  /** The error classes, in report order. */
  enum Kind { CORRECT, TYPE, BOUNDARY, BOUNDARY_TYPE, MISSED, SPURIOUS }

  private final Map<String, int[]> counts = new LinkedHashMap<>();

  EntityErrors() {
    for (String t : NerTags.TYPES) counts.put(t, new int[Kind.values().length]);
  }

  /** Adds one sentence's gold and predicted BIO tags. */
  void add(String[] gold, String[] predicted) {
    if (gold.length != predicted.length) throw new IllegalArgumentException("gold and predicted differ in length");
    List<EntityScores.Entity> g = EntityScores.entities(gold);
    List<EntityScores.Entity> p = EntityScores.entities(predicted);
    for (EntityScores.Entity e : g) tally(e.type(), classify(e, p));
    for (EntityScores.Entity e : p) {
      boolean overlaps = false;
      for (EntityScores.Entity o : g) overlaps |= overlap(e, o);
      if (!overlaps) tally(e.type(), Kind.SPURIOUS);
    }
  }

  static Kind classify(EntityScores.Entity gold, List<EntityScores.Entity> predicted) {
    boolean sameType = false;
    boolean otherType = false;
    for (EntityScores.Entity q : predicted) {
      if (!overlap(gold, q)) continue;
      boolean sameSpan = q.start() == gold.start() && q.end() == gold.end();
      if (sameSpan) return q.type().equals(gold.type()) ? Kind.CORRECT : Kind.TYPE;
      if (q.type().equals(gold.type())) sameType = true;
      else otherType = true;
    }
    return sameType ? Kind.BOUNDARY : otherType ? Kind.BOUNDARY_TYPE : Kind.MISSED;
  }

  int count(String type, Kind kind) {
    int[] c = counts.get(type);
    return c == null ? 0 : c[kind.ordinal()];
  }

  private void tally(String type, Kind kind) {
    counts.computeIfAbsent(type, k -> new int[Kind.values().length])[kind.ordinal()]++;
  }

  private static boolean overlap(EntityScores.Entity a, EntityScores.Entity b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  String report() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-6s", "type"));
    for (Kind k : Kind.values()) b.append(String.format(Locale.ROOT, " %14s", k.name().toLowerCase(Locale.ROOT)));
    b.append('\n');
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      b.append(String.format(Locale.ROOT, "%-6s", e.getKey()));
      for (int v : e.getValue()) b.append(String.format(Locale.ROOT, " %14d", v));
      b.append('\n');
    }
    return b.toString();
  }
}
