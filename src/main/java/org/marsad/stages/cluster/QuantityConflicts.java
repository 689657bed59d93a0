package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Quantity;

/**
 * Disagreements and consensus over extracted quantities. Only quantities whose {@code of} is set take part, and
 * each article counts with the first value it gives for an {@code of} (a later mention in the same article is
 * usually a sub-count, not a second claim).
 */
final class QuantityConflicts {
  private QuantityConflicts() {}

  /** One conflict per {@code of} for which the articles give two or more different values; claims by value. */
  static List<Event.Conflict> of(List<Article> articles) {
    Map<String, Map<Double, Claimants>> byOf = claims(articles);
    List<Event.Conflict> out = new ArrayList<>();
    for (Map.Entry<String, Map<Double, Claimants>> e : byOf.entrySet()) {
      if (e.getValue().size() < 2) continue;
      List<Event.Claim> claims = new ArrayList<>();
      for (Map.Entry<Double, Claimants> v : e.getValue().entrySet()) {
        claims.add(new Event.Claim(Quantity.valueText(v.getKey()), v.getValue().articleIds, v.getValue().text));
      }
      out.add(new Event.Conflict(e.getKey(), claims));
    }
    return out;
  }

  /**
   * Per {@code of}, the value most articles give, when one value has strictly more articles than any other;
   * with the articles that give it.
   */
  static Map<String, Consensus> consensus(List<Article> articles) {
    Map<String, Consensus> out = new TreeMap<>();
    for (Map.Entry<String, Map<Double, Claimants>> e : claims(articles).entrySet()) {
      Double best = null;
      int bestCount = 0;
      boolean tie = false;
      for (Map.Entry<Double, Claimants> v : e.getValue().entrySet()) {
        int c = v.getValue().articleIds.size();
        if (c > bestCount) {
          best = v.getKey();
          bestCount = c;
          tie = false;
        } else if (c == bestCount) {
          tie = true;
        }
      }
      if (best != null && !tie) out.put(e.getKey(), new Consensus(best, List.copyOf(e.getValue().get(best).articleIds)));
    }
    return out;
  }

  record Consensus(double value, List<String> articleIds) {}

  private static final class Claimants {
    final List<String> articleIds = new ArrayList<>();
    final String text;

    Claimants(String text) {
      this.text = text;
    }
  }

  private static Map<String, Map<Double, Claimants>> claims(List<Article> articles) {
    Map<String, Map<Double, Claimants>> byOf = new TreeMap<>();
    for (Article a : articles) {
      Map<String, Quantity> first = new LinkedHashMap<>();
      for (Quantity q : a.quantities()) {
        if (q.of() != null && !q.of().isBlank() && !Double.isNaN(q.value())) first.putIfAbsent(q.of(), q);
      }
      for (Quantity q : first.values()) {
        byOf.computeIfAbsent(q.of(), k -> new TreeMap<>())
            .computeIfAbsent(q.value(), k -> new Claimants(q.text()))
            .articleIds.add(a.id());
      }
    }
    return byOf;
  }
}
