package org.marsad.model;

import java.util.List;

/** The result of a digest run: the contract's four sections. */
public record Digest(List<Article> articles, List<Event> events, List<Story> stories, List<InputError> errors) {
  public Digest {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    stories = List.copyOf(stories);
    errors = List.copyOf(errors);
  }
}
