package org.marsad.stages.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Article;
import org.marsad.model.Brief;
import org.marsad.model.Event;
import org.marsad.model.Span;

/**
 * The brief of an event from its member articles: who ({@link Participants}), what (the summary's first sentence,
 * cut to one line), when the happening was ({@link HappeningDate}), where ({@link EventPlace}), why and how when a
 * source states them ({@link CauseClauses}), the extractive summary across outlets ({@link ExtractiveSummarizer}),
 * and the sources. Pure and thread-safe.
 */
public final class EventBriefs {
  /** Longest "what" line; a longer first sentence is cut at a word boundary. */
  static final int MAX_WHAT_CHARS = 220;
  /** The summary stops once it holds this many words. */
  static final int SUMMARY_WORDS = 120;
  /** Summary sentences: {@value #MIN_SENTENCES} for one article, one more per extra article, at most {@value #MAX_SENTENCES}. */
  static final int MIN_SENTENCES = 3, MAX_SENTENCES = 5;

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final ExtractiveSummarizer SUMMARIZER = new ExtractiveSummarizer(ExtractiveSummarizer.Settings.EVENTS);

  private EventBriefs() {}

  /**
   * The event with who, what, when, where and summary filled from its brief, and the brief itself; id, articles,
   * title and conflicts are kept. A field the brief cannot fill (no date, no place, no sentence) keeps the event's value.
   *
   * @param members the event's articles, in any order; others are ignored
   */
  public static Event brief(Event event, List<Article> members) {
    Brief b = of(event, members);
    if (b.sources().isEmpty()) return event; // none of its articles at hand: nothing to brief from
    List<Event.SummarySentence> summary = new ArrayList<>(b.summary().size());
    for (Brief.Sentence s : b.summary()) summary.add(new Event.SummarySentence(s.text(), s.articleId()));
    List<String> who = b.who().stream().map(Brief.Actor::name).toList();
    return new Event(event.id(), event.articleIds(), event.title(),
        b.when() != null ? b.when() : event.when(),
        b.where() != null ? b.where() : event.where(),
        who.isEmpty() ? event.who() : who,
        b.what() != null ? b.what() : event.what(),
        summary.isEmpty() ? event.summary() : summary,
        event.conflicts(),
        b);
  }

  /**
   * Every event with its brief (see {@link #brief}). An event whose brief fails is kept as it was: one bad article
   * never stops the batch.
   */
  public static List<Event> briefAll(List<Event> events, List<Article> articles) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    return events.parallelStream().map(e -> {
      List<Article> members = new ArrayList<>(e.articleIds().size());
      for (String id : e.articleIds()) {
        Article a = byId.get(id);
        if (a != null) members.add(a);
      }
      try {
        return brief(e, members);
      } catch (RuntimeException | StackOverflowError ex) {
        return e;
      }
    }).toList();
  }

  /** The full brief of an event. */
  public static Brief of(Event event, List<Article> members) {
    List<Article> ordered = inEventOrder(event, members);
    int maxSentences = Math.min(MAX_SENTENCES, MIN_SENTENCES + Math.max(0, ordered.size() - 1));
    SentencePool pool = SUMMARIZER.pool(ordered);
    List<ExtractiveSummarizer.Picked> picked = SUMMARIZER.summarize(pool, maxSentences, SUMMARY_WORDS);
    Map<String, Article> byId = new HashMap<>();
    for (Article a : ordered) byId.put(a.id(), a);

    List<Brief.Sentence> summary = new ArrayList<>(picked.size());
    for (ExtractiveSummarizer.Picked p : picked) {
      summary.add(new Brief.Sentence(p.text(), p.articleId(), byId.get(p.articleId()).meta().outlet(), p.span()));
    }
    String what = picked.isEmpty() ? null : oneLine(picked.get(0).text());

    Brief.Clause[] whyHow = whyAndHow(picked, pool, byId);
    List<Brief.Source> sources = new ArrayList<>(ordered.size());
    for (Article a : ordered) {
      String published = a.meta().published() != null ? a.meta().published() : a.meta().publishedInferred();
      sources.add(new Brief.Source(a.id(), a.meta().outlet(), a.meta().title(), published));
    }
    return new Brief(event.id(), Participants.of(ordered), what, HappeningDate.of(ordered), EventPlace.of(ordered),
        whyHow[0], whyHow[1], summary, sources);
  }

  /** Members in the event's reading order (its article id order). */
  private static List<Article> inEventOrder(Event event, List<Article> members) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : members) byId.putIfAbsent(a.id(), a);
    List<Article> out = new ArrayList<>(event.articleIds().size());
    for (String id : event.articleIds()) {
      Article a = byId.get(id);
      if (a != null) out.add(a);
    }
    return out;
  }

  /**
   * The first why- and how-clause in the summary sentences, in their order, then in the articles' lead sentences.
   * Nothing is inferred: no cue, no clause.
   */
  private static Brief.Clause[] whyAndHow(List<ExtractiveSummarizer.Picked> picked, SentencePool pool, Map<String, Article> byId) {
    List<String> ids = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (ExtractiveSummarizer.Picked p : picked) {
      ids.add(p.articleId());
      spans.add(p.span());
    }
    for (int i = 0; i < pool.size(); i++) {
      if (pool.candidate(i).position() != 0) continue;
      ids.add(pool.articleOf(i).id());
      spans.add(pool.candidate(i).span());
    }
    Brief.Clause why = null, how = null;
    Map<Article, char[]> chars = new IdentityHashMap<>();
    for (int k = 0; k < spans.size() && (why == null || how == null); k++) {
      Article a = byId.get(ids.get(k));
      char[] buf = chars.computeIfAbsent(a, x -> x.text().toCharArray());
      for (CauseClauses.Found f : CauseClauses.find(buf, spans.get(k))) {
        Brief.Clause c = new Brief.Clause(a.textOf(f.span()), a.id(), f.span());
        if (f.kind() == CauseClauses.Kind.WHY && why == null) why = c;
        if (f.kind() == CauseClauses.Kind.HOW && how == null) how = c;
      }
    }
    return new Brief.Clause[] {why, how};
  }

  /** One line: line breaks become spaces, and a long sentence is cut at a word boundary with an ellipsis. */
  static String oneLine(String sentence) {
    String s = WHITESPACE.matcher(sentence).replaceAll(" ").strip();
    if (s.length() <= MAX_WHAT_CHARS) return s;
    int space = s.lastIndexOf(' ', MAX_WHAT_CHARS);
    return s.substring(0, space > MAX_WHAT_CHARS / 2 ? space : MAX_WHAT_CHARS) + "…";
  }
}
