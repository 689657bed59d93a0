package org.marsad.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marsad.model.Article;
import org.marsad.model.Digest;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Story;

/** The readable summary of a digest: stories, their events, each event's articles, dates, conflicts, top entities. */
final class TextReport {
  private static final int TOP_ENTITIES = 6;

  private TextReport() {}

  static void print(Digest d, PrintStream out) {
    Map<String, Article> articles = new HashMap<>();
    for (Article a : d.articles()) articles.put(a.id(), a);
    Map<String, Event> events = new LinkedHashMap<>();
    for (Event e : d.events()) events.put(e.id(), e);

    out.printf("%d articles, %d events, %d stories, %d errors%n", d.articles().size(), d.events().size(),
        d.stories().size(), d.errors().size());
    for (Story s : d.stories()) {
      out.println();
      out.println("══ story: " + nullToDash(s.title()) + "  (" + s.eventIds().size() + " event(s))");
      for (String eventId : s.eventIds()) printEvent(events.get(eventId), articles, out);
      if (s.eventIds().size() > 1 && !s.timeline().isEmpty()) {
        out.println("   timeline:");
        for (Story.TimelineEntry t : s.timeline()) out.println("     " + nullToDash(t.when()) + "  " + t.what());
      }
      for (Story.Trend t : s.trends()) {
        out.println("   trend: " + t.about() + ": " + t.points().stream()
            .map(p -> nullToDash(p.when()) + "=" + org.marsad.model.Quantity.valueText(p.value())).collect(Collectors.joining(" → ")));
      }
    }
    if (!d.errors().isEmpty()) {
      out.println();
      out.println("errors:");
      d.errors().forEach(e -> out.println("  " + e.file() + ": " + e.error()));
    }
  }

  private static void printEvent(Event e, Map<String, Article> articles, PrintStream out) {
    if (e == null) return;
    out.println("  ── event " + e.id() + "  " + nullToDash(e.when()) + "  " + nullToDash(e.title()));
    out.println("     " + e.articleIds().size() + " article(s) from " + outlets(e, articles) + " outlet(s)");
    for (String id : e.articleIds()) {
      Article a = articles.get(id);
      if (a == null) continue;
      String when = a.meta().published() != null ? a.meta().published()
          : a.meta().publishedInferred() != null ? "≈" + a.meta().publishedInferred() : "—";
      out.println("     • " + when + "  [" + nullToDash(a.meta().outlet()) + "]  " + nullToDash(a.meta().title()) + "  (" + id + ")");
    }
    String top = topEntities(e, articles);
    out.println("     top entities: " + (top.isEmpty() ? "—" : top));
    for (Event.Conflict c : e.conflicts()) {
      out.println("     ⚠ sources disagree: " + c.about());
      for (Event.Claim claim : c.claims()) out.println("         " + claim.value() + "  ← " + String.join(", ", claim.articleIds()));
    }
  }

  private static long outlets(Event e, Map<String, Article> articles) {
    return e.articleIds().stream().map(articles::get).filter(a -> a != null)
        .map(a -> a.meta().outlet() == null ? "?" + a.id() : a.meta().outlet()).distinct().count();
  }

  private static String topEntities(Event e, Map<String, Article> articles) {
    Map<String, Integer> counts = new HashMap<>();
    for (String id : e.articleIds()) {
      Article a = articles.get(id);
      if (a == null) continue;
      for (Entity en : a.entities()) counts.merge(en.canonical() != null ? en.canonical() : en.text(), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP_ENTITIES).toList();
    return sorted.stream().map(en -> en.getKey() + " (" + en.getValue() + ")").collect(Collectors.joining("، "));
  }

  private static String nullToDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }
}
