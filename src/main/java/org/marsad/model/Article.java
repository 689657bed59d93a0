package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * One news article: the text once, and everything else as spans into it (spaCy's Doc/Span).
 *
 * <p>{@code text} is the original file text for single-article plain-text files, the record's text for records of
 * multi-article files (JSONL, RSS, WARC, TREC), and the page's visible text for HTML. All offsets index into it.
 *
 * @param id the file name, or file name + "#" + record key for multi-article files
 * @param source the path the article was read from
 * @param charset the charset the bytes were decoded with
 * @param body the body paragraphs in reading order; empty until the clean stage ran
 */
public record Article(
    String id,
    String source,
    SourceFormat format,
    String charset,
    String text,
    Metadata meta,
    List<Span> body,
    List<Entity> entities,
    List<DateMention> dates,
    List<Quantity> quantities,
    List<Quote> quotes,
    List<Problem> problems) {

  /** Paragraph separator of {@link #bodyText()}. */
  public static final String PARAGRAPH_BREAK = "\n\n";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    meta = meta == null ? Metadata.EMPTY : meta;
    body = List.copyOf(body);
    for (Span s : body) {
      if (s.end() > text.length()) throw new IllegalArgumentException("body span " + s + " past text end " + text.length());
    }
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    quantities = List.copyOf(quantities);
    quotes = List.copyOf(quotes);
    problems = List.copyOf(problems);
  }

  /** A freshly ingested article: text and source metadata, nothing analysed yet. */
  public static Article ingested(String id, String source, SourceFormat format, String charset, String text, Metadata meta) {
    return new Article(id, source, format, charset, text, meta, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** The cleaned body: its paragraphs joined by {@link #PARAGRAPH_BREAK}. */
  public String bodyText() {
    StringBuilder sb = new StringBuilder();
    for (Span s : body) {
      if (sb.length() > 0) sb.append(PARAGRAPH_BREAK);
      sb.append(text, s.start(), s.end());
    }
    return sb.toString();
  }

  public String textOf(Span span) {
    return span.of(text);
  }

  public Article withMeta(Metadata v) { return new Article(id, source, format, charset, text, v, body, entities, dates, quantities, quotes, problems); }
  public Article withBody(List<Span> v) { return new Article(id, source, format, charset, text, meta, v, entities, dates, quantities, quotes, problems); }
  public Article withEntities(List<Entity> v) { return new Article(id, source, format, charset, text, meta, body, v, dates, quantities, quotes, problems); }
  public Article withDates(List<DateMention> v) { return new Article(id, source, format, charset, text, meta, body, entities, v, quantities, quotes, problems); }
  public Article withQuantities(List<Quantity> v) { return new Article(id, source, format, charset, text, meta, body, entities, dates, v, quotes, problems); }
  public Article withQuotes(List<Quote> v) { return new Article(id, source, format, charset, text, meta, body, entities, dates, quantities, v, problems); }

  public Article withProblem(Problem p) {
    List<Problem> all = new java.util.ArrayList<>(problems);
    all.add(p);
    return new Article(id, source, format, charset, text, meta, body, entities, dates, quantities, quotes, all);
  }
}
