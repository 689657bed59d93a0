package org.marsad.stages.cluster;

import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Story;

/** Demo aid, not a test: prints the events and stories of samples/. */
final class ShowSamples {
  public static void main(String[] args) {
    List<Article> articles = RawArticles.readDir(RawArticles.samplesDir());
    List<Event> events = new BaselineEventGrouper().group(articles);
    for (Event e : events) {
      System.out.println(e.id() + " " + e.when() + " " + e.title() + " " + e.articleIds());
      for (Event.SummarySentence s : e.summary()) System.out.println("    " + s.articleId() + ": " + s.sentence());
    }
    for (Story s : new BaselineStoryGrouper().group(events, BaselineStoryGrouperTest.byId(articles))) {
      System.out.println(s.id() + " " + s.title() + " " + s.timeline());
    }
  }
}
