package org.marsad.stages.cluster;

import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Event;

/** Groups a batch of articles into events. */
public interface EventGrouper {
  /**
   * Puts every article in exactly one event (an event may hold a single article). The same input, in any order,
   * gives the same events with the same ids in the same order.
   */
  List<Event> group(List<Article> articles);
}
