package org.marsad.stages.cluster;

import java.util.List;
import java.util.Map;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Story;

/** Groups events that continue one another into stories. */
public interface StoryGrouper {
  /**
   * Puts every event in exactly one story (a story may hold a single event).
   *
   * @param byId the events' articles by article id
   */
  List<Story> group(List<Event> events, Map<String, Article> byId);
}
