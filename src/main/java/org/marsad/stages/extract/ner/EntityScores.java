package org.marsad.stages.extract.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entity-level precision/recall/F1 with CoNLL exact match: an entity counts only if its type and both boundaries
 * match. Spans are read from BIO like conlleval does (an I-X that does not continue X opens a new X).
 */
final class EntityScores {
  /** Counts for one type. */
  record Counts(int correct, int predicted, int gold) {
    double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** A span [start, end) of one type, read from BIO. */
  record Entity(int start, int end, String type) {}

  private final Map<String, int[]> counts = new LinkedHashMap<>();

  EntityScores() {
    for (String t : NerTags.TYPES) counts.put(t, new int[3]);
  }

  void add(String[] gold, String[] predicted) {
    if (gold.length != predicted.length) throw new IllegalArgumentException("gold and predicted differ in length");
    List<Entity> g = entities(gold);
    List<Entity> p = entities(predicted);
    for (Entity e : g) counts.computeIfAbsent(e.type, k -> new int[3])[2]++;
    for (Entity e : p) {
      int[] c = counts.computeIfAbsent(e.type, k -> new int[3]);
      c[1]++;
      if (g.contains(e)) c[0]++;
    }
  }

  Counts of(String type) {
    int[] c = counts.getOrDefault(type, new int[3]);
    return new Counts(c[0], c[1], c[2]);
  }

  /** Micro-averaged over every type, or over the given ones. */
  Counts overall(String... types) {
    int[] sum = new int[3];
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (types.length > 0 && !List.of(types).contains(e.getKey())) continue;
      for (int i = 0; i < 3; i++) sum[i] += e.getValue()[i];
    }
    return new Counts(sum[0], sum[1], sum[2]);
  }

  String report() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-12s %7s %7s %7s %6s %6s%n", "type", "P", "R", "F1", "gold", "pred"));
    for (String t : counts.keySet()) line(b, t, of(t));
    line(b, "PER+ORG+LOC", overall("PER", "ORG", "LOC"));
    line(b, "overall", overall());
    return b.toString();
  }

  private static void line(StringBuilder b, String name, Counts c) {
    b.append(String.format(Locale.ROOT, "%-12s %7.2f %7.2f %7.2f %6d %6d%n", name, 100 * c.precision(), 100 * c.recall(),
        100 * c.f1(), c.gold(), c.predicted()));
  }

  static List<Entity> entities(String[] tags) {
    List<Entity> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.length; i++) {
      String t = i < tags.length ? tags[i] : "O";
      boolean inside = t.startsWith("I-") && t.substring(2).equals(type);
      if (inside) continue;
      if (type != null) out.add(new Entity(start, i, type));
      if (t.startsWith("B-") || t.startsWith("I-")) {
        start = i;
        type = t.substring(2);
      } else {
        type = null;
      }
    }
    return out;
  }
}
