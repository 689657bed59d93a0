package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Span;
import org.marsad.text.ar.Sentences;

/**
 * Sources of one event that name different people to the same office: two articles (of different outlets) that give
 * the same country's foreign minister, say, two different names. Only offices one person holds at a time
 * ({@code single-holder-offices.txt}) and only roles with their country or body ("Qatar foreign minister", not a
 * bare "foreign minister") take part; a holder marked as former or late ({@code former-markers.txt}) is not a
 * rival claim. People are told apart by the spelling key of their last name (as {@link DateConflicts} does), so one
 * person spelled two ways is one holder.
 */
public final class RoleConflicts {
  private static final Set<String> OFFICES = lowerCase(StoryLexicons.words("single-holder-offices.txt"));
  private static final Set<String> FORMER = StoryLexicons.words("former-markers.txt");
  /** How far around a name a "former" marker is looked for, in characters. */
  private static final int FORMER_WINDOW = 40;

  private RoleConflicts() {}

  /** Conflicts among the articles of one event. */
  public static List<Event.Conflict> of(List<Article> articles) {
    // role → person key → holder
    Map<String, Map<String, Holder>> byRole = new TreeMap<>();
    for (Article a : articles) {
      if (a == null) continue;
      List<Span> sentences = null;
      for (Entity e : a.entities()) {
        if (e.type() != EntityType.PER || e.role() == null) continue;
        String role = e.role().strip();
        if (!singleHolderWithCountry(role) || former(a, e.span())) continue;
        String name = e.canonical() != null ? e.canonical() : e.text();
        String person = DateConflicts.lastNameKey(name);
        if (person.isEmpty()) continue;
        if (sentences == null) sentences = Sentences.split(a.text(), a.body());
        Holder h = byRole.computeIfAbsent(role, k -> new LinkedHashMap<>()).computeIfAbsent(person, k -> new Holder(name));
        if (h.articles.add(a.id())) {
          h.outlets.add(QuantityConflicts.outlet(a));
          if (h.text == null) h.text = sentenceOf(a, sentences, e.span());
        }
      }
    }
    List<Event.Conflict> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Holder>> r : byRole.entrySet()) {
      List<Holder> holders = mergeSamePerson(new ArrayList<>(r.getValue().values()));
      if (holders.size() < 2 || !twoOutletsDisagree(holders)) continue;
      List<Event.Claim> claims = new ArrayList<>();
      for (Holder h : holders) claims.add(new Event.Claim(h.name, h.articles.stream().sorted().toList(), h.text));
      out.add(new Event.Conflict("role: " + r.getKey(), claims));
    }
    return out;
  }

  /**
   * One person named in full by one source and in part by another ("تميم" and "تميم بن حمد آل ثاني") has two last
   * names: the holder whose name words all occur in another's name is that other.
   */
  private static List<Holder> mergeSamePerson(List<Holder> holders) {
    holders.sort((x, y) -> Integer.compare(nameWords(y.name).size(), nameWords(x.name).size()));
    List<Holder> out = new ArrayList<>();
    for (Holder h : holders) {
      Holder into = null;
      for (Holder o : out) if (nameWords(o.name).containsAll(nameWords(h.name))) into = o;
      if (into == null) {
        out.add(h);
      } else {
        into.articles.addAll(h.articles);
        into.outlets.addAll(h.outlets);
      }
    }
    return out;
  }

  private static Set<String> nameWords(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : StoryLexicons.normalize(name).split(" ")) if (!w.isEmpty()) out.add(org.marsad.text.ar.SpellingKey.of(w));
    return out;
  }

  /** Some outlet names one holder where another outlet names another. */
  private static boolean twoOutletsDisagree(List<Holder> holders) {
    for (int i = 0; i < holders.size(); i++) {
      for (int j = i + 1; j < holders.size(); j++) {
        Set<String> union = new LinkedHashSet<>(holders.get(i).outlets);
        union.addAll(holders.get(j).outlets);
        if (union.size() >= 2) return true;
      }
    }
    return false;
  }

  /** "Qatar foreign minister": a single-holder office with something before it naming whose office it is. */
  static boolean singleHolderWithCountry(String role) {
    String r = role.toLowerCase(Locale.ROOT);
    for (String office : OFFICES) {
      if (r.length() > office.length() + 1 && r.endsWith(office) && r.charAt(r.length() - office.length() - 1) == ' ') {
        String whose = r.substring(0, r.length() - office.length() - 1);
        // "vice president", "deputy prime minister" hold a different office than the one they end with
        return !whose.endsWith("vice") && !whose.endsWith("deputy") && !whose.endsWith("former");
      }
    }
    return false;
  }

  private static boolean former(Article a, Span name) {
    int from = Math.max(0, name.start() - FORMER_WINDOW), to = Math.min(a.text().length(), name.end() + FORMER_WINDOW);
    for (TrendMeasures.Word w : TrendMeasures.words(a.text(), new Span(from, to))) {
      if (FORMER.contains(w.form())) return true;
    }
    return false;
  }

  private static String sentenceOf(Article a, List<Span> sentences, Span span) {
    for (Span s : sentences) if (s.contains(span)) return s.of(a.text()).strip();
    return span.of(a.text());
  }

  private static Set<String> lowerCase(Set<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) out.add(w.toLowerCase(Locale.ROOT));
    return Set.copyOf(out);
  }

  private static final class Holder {
    final String name;
    final Set<String> articles = new LinkedHashSet<>();
    final Set<String> outlets = new LinkedHashSet<>();
    String text;

    Holder(String name) {
      this.name = name;
    }
  }
}
