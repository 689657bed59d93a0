package org.marsad.stages.cluster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Quantity;
import org.marsad.stages.cluster.TrendMeasures.Claim;
import org.marsad.stages.cluster.TrendMeasures.Measure;

/**
 * Disagreements and consensus over counts, measure by measure ({@link TrendMeasures}: what is counted, whose, what
 * happened to it). Each article counts with its one claim per measure. Two claims disagree only when
 * <ul>
 *   <li>their measure says whose count it is or what happened ({@link Measure#specific}): a bare noun ("مباراة",
 *       "نقطة") says too little to tell a disagreement from two different counts that share the noun;
 *   <li>their values cannot both hold (a bound or an estimate that fits the other value is no disagreement);
 *   <li>they come from different outlets (one outlet's later figure is an update, not a second source);
 *   <li>their articles were published at most {@link #MAX_DAYS_APART} day apart (a running toll grows);
 *   <li>the larger is at most {@link #MAX_RATIO} times the smaller (outlets misreport a figure by a few, not by
 *       tenfold: a count ten times another is nearly always another measure that shares its noun).
 * </ul>
 */
final class QuantityConflicts {
  static final int MAX_DAYS_APART = 1;
  static final double MAX_RATIO = 2.0;

  private QuantityConflicts() {}

  /** One conflict per measure on which the articles disagree; one claim per value, with every article giving it. */
  static List<Event.Conflict> ofMeasures(List<Article> articles) {
    return ofMeasures(articles, new ArticleClaims());
  }

  /** As {@link #ofMeasures(List)}, reading each article's claims through {@code claims}. */
  static List<Event.Conflict> ofMeasures(List<Article> articles, ArticleClaims claims) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) if (a != null) byId.putIfAbsent(a.id(), a);
    List<Event.Conflict> out = new ArrayList<>();
    for (Map.Entry<Measure, List<Claim>> m : byMeasure(byId.values(), claims).entrySet()) {
      if (!m.getKey().specific()) continue;
      List<Claim> measured = m.getValue();
      Set<Double> disputed = new LinkedHashSet<>();
      for (int i = 0; i < measured.size(); i++) {
        for (int j = i + 1; j < measured.size(); j++) {
          Claim x = measured.get(i), y = measured.get(j);
          if (disagree(x, byId.get(x.articleId()), y, byId.get(y.articleId()))) {
            disputed.add(x.value());
            disputed.add(y.value());
          }
        }
      }
      if (disputed.size() < 2) continue;
      Map<Double, List<Claim>> byValue = new TreeMap<>();
      for (Claim c : measured) if (disputed.contains(c.value())) byValue.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(c);
      List<Event.Claim> sides = new ArrayList<>();
      for (Map.Entry<Double, List<Claim>> v : byValue.entrySet()) {
        List<String> ids = v.getValue().stream().map(Claim::articleId).distinct().sorted().toList();
        sides.add(new Event.Claim(Quantity.valueText(v.getKey()), ids, v.getValue().get(0).text()));
      }
      out.add(new Event.Conflict(m.getKey().label(), sides));
    }
    return out;
  }

  /**
   * The earlier rule, one conflict per counted noun as the quantities stage writes it, with none of the checks above.
   *
   * @deprecated only {@link BaselineEventGrouper} still calls it (and its test pins the label); {@code Marsad.group}
   *     replaces those conflicts with {@link EventConflicts}. Remove with that call.
   */
  @Deprecated
  static List<Event.Conflict> of(List<Article> articles) {
    Map<String, Map<Double, List<String>>> byOf = new TreeMap<>();
    Map<String, String> textOf = new java.util.HashMap<>();
    for (Article a : articles) {
      Map<String, Quantity> first = new LinkedHashMap<>();
      for (Quantity q : a.quantities()) {
        if (q.of() != null && !q.of().isBlank() && !Double.isNaN(q.value())) first.putIfAbsent(q.of(), q);
      }
      for (Quantity q : first.values()) {
        byOf.computeIfAbsent(q.of(), k -> new TreeMap<>()).computeIfAbsent(q.value(), k -> new ArrayList<>()).add(a.id());
        textOf.putIfAbsent(q.of() + "\u0000" + q.value(), q.text());
      }
    }
    List<Event.Conflict> out = new ArrayList<>();
    for (Map.Entry<String, Map<Double, List<String>>> e : byOf.entrySet()) {
      if (e.getValue().size() < 2) continue;
      List<Event.Claim> claims = new ArrayList<>();
      for (Map.Entry<Double, List<String>> v : e.getValue().entrySet()) {
        claims.add(new Event.Claim(Quantity.valueText(v.getKey()), v.getValue(), textOf.get(e.getKey() + "\u0000" + v.getKey())));
      }
      out.add(new Event.Conflict(e.getKey(), claims));
    }
    return out;
  }

  static boolean disagree(Claim x, Article ax, Claim y, Article ay) {
    if (x.compatibleWith(y) || x.articleId().equals(y.articleId())) return false;
    if (outlet(ax).equals(outlet(ay))) return false;
    double lo = Math.min(x.value(), y.value()), hi = Math.max(x.value(), y.value());
    if (hi > MAX_RATIO * lo) return false;
    LocalDate dx = day(ax), dy = day(ay);
    return dx == null || dy == null || Math.abs(dx.toEpochDay() - dy.toEpochDay()) <= MAX_DAYS_APART;
  }

  /**
   * Per measure, the value most articles give, when one value has strictly more articles than any other; with the
   * articles that give it.
   */
  static Map<Measure, Consensus> consensus(List<Article> articles) {
    return consensus(articles, new ArticleClaims());
  }

  /** As {@link #consensus(List)}, reading each article's claims through {@code claims}. */
  static Map<Measure, Consensus> consensus(List<Article> articles, ArticleClaims claims) {
    Map<Measure, Consensus> out = new LinkedHashMap<>();
    for (Map.Entry<Measure, List<Claim>> e : byMeasure(articles, claims).entrySet()) {
      Map<Double, List<String>> byValue = new TreeMap<>();
      Set<Double> running = new java.util.HashSet<>();
      for (Claim c : e.getValue()) {
        byValue.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(c.articleId());
        if (c.running()) running.add(c.value());
      }
      Double best = null;
      int bestCount = 0;
      boolean tie = false;
      for (Map.Entry<Double, List<String>> v : byValue.entrySet()) {
        int c = v.getValue().size();
        if (c > bestCount) {
          best = v.getKey();
          bestCount = c;
          tie = false;
        } else if (c == bestCount) {
          tie = true;
        }
      }
      if (best != null && !tie) {
        out.put(e.getKey(), new Consensus(best, byValue.get(best).stream().sorted().toList(), running.contains(best)));
      }
    }
    return out;
  }

  /** @param running some article gives the value as a running total (membership always is one) */
  record Consensus(double value, List<String> articleIds, boolean running) {}

  private static Map<Measure, List<Claim>> byMeasure(Iterable<Article> articles, ArticleClaims claims) {
    Map<Measure, List<Claim>> out = new LinkedHashMap<>();
    for (Article a : articles) {
      if (a == null) continue;
      for (Claim c : claims.of(a)) out.computeIfAbsent(c.measure(), k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  /** The outlet, or the article itself when the outlet is unknown (then each article is its own source). */
  static String outlet(Article a) {
    String o = a.meta().outlet();
    return o == null || o.isBlank() ? "article:" + a.id() : o.strip();
  }

  /** The day the article was published, or the day inferred from its event; null when neither is known. */
  static LocalDate day(Article a) {
    String p = a.meta().published() != null ? a.meta().published() : a.meta().publishedInferred();
    if (p == null || p.length() < 10) return null;
    try {
      return LocalDate.parse(p.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
