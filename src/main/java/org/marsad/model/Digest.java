package org.marsad.model;

import java.util.List;

/**
 * The result of a digest run: the contract's four sections, plus the files a folder walk skipped because they hold
 * no news (a dataset's metadata JSON, say): those are not errors.
 */
public record Digest(List<Article> articles, List<Event> events, List<Story> stories, List<InputError> errors,
    List<InputError> skipped) {
  public Digest {
    skipped = List.copyOf(skipped);
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    stories = List.copyOf(stories);
    errors = List.copyOf(errors);
  }
}
