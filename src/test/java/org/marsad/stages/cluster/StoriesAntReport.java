package org.marsad.stages.cluster;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.model.Article;
import org.marsad.model.Digest;
import org.marsad.model.Event;
import org.marsad.model.Story;

/**
 * Times the story, trend and conflict steps over a digested corpus and counts what they report (not a test: run its
 * main with the test classpath, a corpus folder as argument).
 */
public final class StoriesAntReport {
  private StoriesAntReport() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/ant-corpus-multisource-2018-04");
    Digest d = Marsad.digest(new DigestRequest(List.of(dir), null, null), Progress.NONE);
    Map<String, Article> byId = new HashMap<>();
    long tokens = 0;
    for (Article a : d.articles()) {
      byId.put(a.id(), a);
      tokens += a.bodyText().split("\\s+").length;
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double conflictsCpu = 0, storiesCpu = 0;
    List<Event> events = d.events();
    List<Story> stories = d.stories();
    int rounds = 3;
    for (int r = 0; r < rounds; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      events = EventConflicts.withConflicts(d.events(), byId);
      long c1 = mx.getCurrentThreadCpuTime();
      Map<String, Event> eventById = new HashMap<>();
      for (Event e : events) eventById.put(e.id(), e);
      for (Story s : d.stories()) {
        List<Event> members = s.eventIds().stream().map(eventById::get).toList();
        List<Event> order = StoryTimeline.order(members, byId);
        StoryTimeline.of(order, byId);
        StoryTrends.of(order, byId);
      }
      long c2 = mx.getCurrentThreadCpuTime();
      conflictsCpu += (c1 - c0) / 1e9;
      storiesCpu += (c2 - c1) / 1e9;
    }
    conflictsCpu /= rounds;
    storiesCpu /= rounds;
    long quantity = 0, date = 0, role = 0;
    for (Event e : events) {
      for (Event.Conflict c : e.conflicts()) {
        if (c.about().startsWith("date:")) date++;
        else if (c.about().startsWith("role:")) role++;
        else quantity++;
      }
    }
    long past = 0, trends = 0;
    for (Story s : stories) {
      past += s.timeline().size() - s.eventIds().size();
      trends += s.trends().size();
    }
    System.out.printf("%d articles, %d body tokens, %d events, %d stories%n", d.articles().size(), tokens, events.size(), stories.size());
    System.out.printf("conflicts: %d quantity, %d date, %d role; CPU %.2f s (%.0f tokens/s)%n", quantity, date, role,
        conflictsCpu, tokens / conflictsCpu);
    System.out.printf("stories: %d past happenings in timelines, %d trends; timeline+trends CPU %.2f s (%.0f tokens/s)%n", past, trends, storiesCpu, tokens / storiesCpu);
  }
}
