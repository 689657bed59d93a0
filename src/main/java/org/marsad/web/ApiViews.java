package org.marsad.web;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Brief;
import org.marsad.model.Event;
import org.marsad.model.Story;

/** The JSON shapes of the REST API (see {@code openapi.json}); built from a {@link Corpus.Snapshot}. */
final class ApiViews {
  private ApiViews() {}

  record EventSummary(String id, String title, String when, String where, List<String> outlets, int articleCount,
      int conflictCount, String storyId) {}

  record ArticleRef(String id, String title, String outlet, String published) {}

  record StoryRef(String id, String title, List<Story.TimelineEntry> timeline) {}

  /**
   * @param actors who with type and role (the brief's), as the digest JSON gives them; empty before the brief step
   * @param why the stated reason with its source and offsets, or null when no source states one
   * @param how the stated means, likewise
   */
  record EventDetail(String id, String title, String when, String where, List<String> who, String what,
      List<Event.SummarySentence> summary, List<ArticleRef> articles, List<Event.Conflict> conflicts, StoryRef story,
      List<ActorView> actors,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS) ClauseView why,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS) ClauseView how) {}

  /** {@code role} is null (and shown as null) when no text gives one. */
  record ActorView(String name, String type,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS) String role,
      List<String> articles) {}

  record ClauseView(String text, String article, int start, int end) {}

  record StoryDetail(String id, String title, List<EventSummary> events, List<Story.TimelineEntry> timeline,
      List<Story.Trend> trends) {}

  record Page<T>(long total, int offset, int limit, List<T> items) {}

  record Message(String message) {}

  /** shared/CONTRACT.md §4, plus the nearest sources when nothing answers. */
  record AskView(String question, String message, List<AnswerView> answers, List<String> nearest) {}

  record AnswerView(String value, String text, @com.fasterxml.jackson.annotation.JsonProperty("holds_for") String holdsFor,
      List<String> sources) {}

  static EventSummary summary(Corpus.Snapshot s, Event e) {
    Story story = s.storyByEventId().get(e.id());
    return new EventSummary(e.id(), e.title(), e.when(), e.where(), s.outlets(e), e.articleIds().size(),
        e.conflicts().size(), story == null ? null : story.id());
  }

  static EventDetail detail(Corpus.Snapshot s, Event e) {
    List<ArticleRef> articles = new ArrayList<>();
    for (String id : e.articleIds()) articles.add(ref(s.articlesById().get(id), id));
    Story story = s.storyByEventId().get(e.id());
    Brief b = e.brief();
    List<ActorView> actors = new ArrayList<>();
    if (b != null) for (Brief.Actor a : b.who()) actors.add(new ActorView(a.name(), a.type().name(), a.role(), a.articleIds()));
    return new EventDetail(e.id(), e.title(), e.when(), e.where(), e.who(), e.what(), e.summary(), articles,
        e.conflicts(), story == null ? null : new StoryRef(story.id(), story.title(), story.timeline()),
        actors, b == null ? null : clause(b.why()), b == null ? null : clause(b.how()));
  }

  static ClauseView clause(Brief.Clause c) {
    return c == null ? null : new ClauseView(c.text(), c.articleId(), c.span().start(), c.span().end());
  }

  static StoryDetail story(Corpus.Snapshot s, Story story) {
    List<EventSummary> events = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String id : story.eventIds()) {
      Event e = s.event(id); // an event merged since the story was grouped counts as the one it joined, once
      if (e != null && seen.add(e.id())) events.add(summary(s, e));
    }
    return new StoryDetail(story.id(), story.title(), events, story.timeline(), story.trends());
  }

  static ArticleRef ref(Article a, String id) {
    if (a == null) return new ArticleRef(id, null, null, null);
    String published = a.meta().published() != null ? a.meta().published() : a.meta().publishedInferred();
    return new ArticleRef(id, a.meta().title(), a.meta().outlet(), published);
  }
}
