package org.marsad.stages.brief;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Span;

/**
 * Where an event happened: the place its articles name in their lead paragraph, where a report puts the happening's
 * place ("في روما"; background places come later). A place in the first sentence counts {@value #FIRST_SENTENCE_VOTES}
 * votes, elsewhere in the lead paragraph one, once per article; ties go to the place more articles name anywhere,
 * then to the first named. Null when no article names a place. Pure.
 */
final class EventPlace {
  static final int FIRST_SENTENCE_VOTES = 2;

  private EventPlace() {}

  static String of(List<Article> articles) {
    Map<String, Integer> votes = new HashMap<>();
    Map<String, Integer> anywhere = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    int order = 0;
    for (Article a : articles) {
      Set<String> seen = new HashSet<>();
      Map<String, Integer> articleVotes = new HashMap<>();
      Span lead = a.body().isEmpty() ? null : a.body().get(0);
      int firstSentenceEnd = lead == null ? -1 : firstSentenceEnd(a.text(), lead);
      for (Entity e : a.entities()) {
        if (e.type() != EntityType.LOC) continue;
        String name = (e.canonical() != null && !e.canonical().isBlank() ? e.canonical() : e.text()).strip();
        if (name.isEmpty()) continue;
        first.putIfAbsent(name, order++);
        if (seen.add(name)) anywhere.merge(name, 1, Integer::sum);
        if (lead != null && lead.contains(e.span())) {
          int v = e.span().end() <= firstSentenceEnd ? FIRST_SENTENCE_VOTES : 1;
          articleVotes.merge(name, v, Math::max);
        }
      }
      articleVotes.forEach((k, v) -> votes.merge(k, v, Integer::sum));
    }
    Map<String, Integer> ranking = votes.isEmpty() ? anywhere : votes;
    String best = null;
    for (String name : ranking.keySet()) {
      if (best == null || better(name, best, ranking, anywhere, first)) best = name;
    }
    return best;
  }

  private static boolean better(String a, String b, Map<String, Integer> ranking, Map<String, Integer> anywhere, Map<String, Integer> first) {
    int c = Integer.compare(ranking.get(a), ranking.get(b));
    if (c != 0) return c > 0;
    c = Integer.compare(anywhere.getOrDefault(a, 0), anywhere.getOrDefault(b, 0));
    if (c != 0) return c > 0;
    return first.get(a) < first.get(b);
  }

  /** End of the lead paragraph's first sentence: its first . ! ? ؟ followed by a space or the paragraph's end. */
  static int firstSentenceEnd(String text, Span paragraph) {
    for (int i = paragraph.start(); i < paragraph.end(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '؟') && (i + 1 == paragraph.end() || Character.isWhitespace(text.charAt(i + 1)))) return i + 1;
    }
    return paragraph.end();
  }
}
