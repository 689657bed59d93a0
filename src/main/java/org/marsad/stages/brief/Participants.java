package org.marsad.stages.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.Brief;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;

/**
 * Who takes part in an event: resolved persons first, then organisations, each by the number of the event's
 * articles naming it (then mentions, then first mention in reading order), under its canonical name (the resolver's
 * one identity across articles). A person's role is the office the texts give it most often; a rank or courtesy
 * title (sheikh, prince) or a relative one ("counterpart") only when no office is given. Pure.
 */
final class Participants {
  static final int MAX_PERSONS = 5;
  static final int MAX_ORGANISATIONS = 3;
  /** The resolver writes this for a role it found no words for. */
  private static final String NO_ROLE = "-";
  private static final Set<String> RANKS = Set.of("sheikh", "sheikha", "prince", "princess", "counterpart");

  private Participants() {}

  private static final class Tally {
    final String name;
    final EntityType type;
    final int first;
    final Set<String> articles = new LinkedHashSet<>();
    int mentions;
    final Map<String, Integer> roles = new HashMap<>();

    Tally(String name, EntityType type, int first) {
      this.name = name;
      this.type = type;
      this.first = first;
    }

    String role() {
      String best = null;
      int bestCount = 0;
      boolean bestIsOffice = false;
      for (Map.Entry<String, Integer> e : roles.entrySet()) {
        boolean office = !RANKS.contains(e.getKey().toLowerCase(java.util.Locale.ROOT));
        boolean better = office != bestIsOffice ? office
            : e.getValue() != bestCount ? e.getValue() > bestCount : best == null || e.getKey().compareTo(best) < 0;
        if (better) {
          best = e.getKey();
          bestCount = e.getValue();
          bestIsOffice = office;
        }
      }
      return best;
    }
  }

  /** Persons then organisations of the articles (given in reading order). */
  static List<Brief.Actor> of(List<Article> articles) {
    Map<String, Tally> persons = new LinkedHashMap<>();
    Map<String, Tally> organisations = new LinkedHashMap<>();
    int order = 0;
    for (Article a : articles) {
      for (Entity e : a.entities()) {
        Map<String, Tally> into = e.type() == EntityType.PER ? persons : e.type() == EntityType.ORG ? organisations : null;
        if (into == null) continue;
        String name = (e.canonical() != null && !e.canonical().isBlank() ? e.canonical() : e.text()).strip();
        if (name.isEmpty()) continue;
        int at = order++;
        Tally t = into.computeIfAbsent(name, n -> new Tally(n, e.type(), at));
        t.articles.add(a.id());
        t.mentions++;
        if (e.role() != null && !e.role().isBlank() && !e.role().equals(NO_ROLE)) t.roles.merge(e.role(), 1, Integer::sum);
      }
    }
    List<Brief.Actor> out = new ArrayList<>();
    out.addAll(top(persons, MAX_PERSONS));
    out.addAll(top(organisations, MAX_ORGANISATIONS));
    return out;
  }

  private static List<Brief.Actor> top(Map<String, Tally> tallies, int limit) {
    return tallies.values().stream()
        .sorted(Comparator.comparingInt((Tally t) -> -t.articles.size()).thenComparingInt(t -> -t.mentions).thenComparingInt(t -> t.first))
        .limit(limit)
        .map(t -> new Brief.Actor(t.name, t.type, t.type == EntityType.PER ? t.role() : null, List.copyOf(t.articles)))
        .toList();
  }
}
