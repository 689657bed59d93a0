package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * The brief of one event: who, what, when, where, and why and how when a source states them (5W1H); an extractive
 * summary across the event's articles; and its sources. Everything in it is taken from the articles, each piece with
 * the article it came from; what no source says stays null.
 *
 * @param when ISO date of the happening ({@code YYYY-MM-DD}), or null when unknown
 * @param why a clause giving the reason (after بسبب، لأن، بهدف…), or null when no source states one
 * @param how a clause giving the means (after عبر، من خلال، باستخدام…), or null when no source states one
 */
public record Brief(String eventId, List<Actor> who, String what, String when, String where, Clause why, Clause how,
    List<Sentence> summary, List<Source> sources) {

  public Brief {
    Objects.requireNonNull(eventId, "eventId");
    who = List.copyOf(who);
    summary = List.copyOf(summary);
    sources = List.copyOf(sources);
  }

  /** A resolved entity taking part: its canonical name, its role where a text gives one, the articles naming it. */
  public record Actor(String name, EntityType type, String role, List<String> articleIds) {
    public Actor {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      articleIds = List.copyOf(articleIds);
    }
  }

  /** A summary sentence as its source wrote it, with where it is. */
  public record Sentence(String text, String articleId, String outlet, Span span) {
    public Sentence {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(span, "span");
    }
  }

  /** A stated reason or means: the clause as written, from the cue word to the end of the clause. */
  public record Clause(String text, String articleId, Span span) {
    public Clause {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(span, "span");
    }
  }

  /** One article of the event. {@code published} is the article's own date, else the inferred one, else null. */
  public record Source(String articleId, String outlet, String title, String published) {
    public Source {
      Objects.requireNonNull(articleId, "articleId");
    }
  }
}
