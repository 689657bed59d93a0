package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * One happening at a time and place, as reported by one or more articles.
 *
 * @param when ISO date of the happening (may be null when unknown)
 * @param brief the full brief (actors with roles, why, how, sourced summary) once the brief step ran, else null
 */
public record Event(
    String id,
    List<String> articleIds,
    String title,
    String when,
    String where,
    List<String> who,
    String what,
    List<SummarySentence> summary,
    List<Conflict> conflicts,
    Brief brief) {

  /** An event before the brief step. */
  public Event(String id, List<String> articleIds, String title, String when, String where, List<String> who,
      String what, List<SummarySentence> summary, List<Conflict> conflicts) {
    this(id, articleIds, title, when, where, who, what, summary, conflicts, null);
  }

  public Event {
    Objects.requireNonNull(id, "id");
    articleIds = List.copyOf(articleIds);
    if (articleIds.isEmpty()) throw new IllegalArgumentException("event " + id + " has no article");
    who = List.copyOf(who);
    summary = List.copyOf(summary);
    conflicts = List.copyOf(conflicts);
  }

  public Event withConflicts(List<Conflict> v) {
    return new Event(id, articleIds, title, when, where, who, what, summary, v, brief);
  }

  /** A summary sentence with the article it was taken from. */
  public record SummarySentence(String sentence, String articleId) {}

  /** Sources disagreeing about the same thing at the same time. */
  public record Conflict(String about, List<Claim> claims) {
    public Conflict {
      claims = List.copyOf(claims);
    }
  }

  /** One side of a conflict: a value, who states it, and in which words. */
  public record Claim(String value, List<String> articleIds, String text) {
    public Claim {
      articleIds = List.copyOf(articleIds);
    }
  }
}
