package org.marsad.stages.cluster;

import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Story;

/** Tuning aid, not a test: story counts on samples and seeds for a range of story thresholds. */
final class TuneStories {
  public static void main(String[] args) {
    for (List<Article> articles : List.of(RawArticles.readDir(RawArticles.samplesDir()), SeedArticles.read(SeedArticles.seedsDir()))) {
      List<Event> events = new BaselineEventGrouper().group(articles);
      for (double t : new double[] {0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.12, 0.15}) {
        var s = new BaselineStoryGrouper.Settings(Thresholds.fixed(t, Double.parseDouble(System.getProperty("merge", "0.03"))), 15, 30, Integer.getInteger("shared", 2));
        List<Story> stories = new BaselineStoryGrouper(new org.apache.lucene.analysis.ar.ArabicAnalyzer(), s)
            .group(events, BaselineStoryGrouperTest.byId(articles));
        System.out.printf("t=%.2f events=%d stories=%s%n", t, events.size(), stories.stream().map(x -> x.eventIds().size()).toList());
      }
    }
  }
}
