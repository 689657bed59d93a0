package org.marsad.stages.brief;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

/** Articles written for these tests (our own sentences), with body spans and, on request, mentions. */
public final class BriefFixtures {
  private BriefFixtures() {}

  /** An article whose text is the paragraphs joined by a blank line, each one body span. */
  public static Article article(String id, String... paragraphs) {
    return dated(id, null, paragraphs);
  }

  /** The same with a publication time ({@code meta.published}, may be null). */
  public static Article dated(String id, String published, String... paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Span> body = new ArrayList<>();
    for (String p : paragraphs) {
      if (text.length() > 0) text.append("\n\n");
      body.add(new Span(text.length(), text.length() + p.length()));
      text.append(p);
    }
    Metadata meta = Metadata.EMPTY.withOutlet("outlet-" + id).withTitle("title " + id).withPublished(published);
    return Article.ingested(id, id, SourceFormat.TEXT, "UTF-8", text.toString(), meta).withBody(body);
  }

  /** The span of the first occurrence of {@code phrase} in the article's text. */
  public static Span spanOf(Article a, String phrase) {
    int at = a.text().indexOf(phrase);
    if (at < 0) throw new IllegalArgumentException("not in " + a.id() + ": " + phrase);
    return new Span(at, at + phrase.length());
  }

  /** Adds an entity mention at the first occurrence of {@code phrase}. */
  public static Article withEntity(Article a, EntityType type, String phrase, String canonical, String role) {
    List<Entity> all = new ArrayList<>(a.entities());
    all.add(new Entity(type, spanOf(a, phrase), phrase, canonical, role));
    all.sort((x, y) -> x.span().compareTo(y.span()));
    return a.withEntities(all);
  }

  /** Adds a date mention at the first occurrence of {@code phrase}. */
  public static Article withDate(Article a, String phrase, String value) {
    List<DateMention> all = new ArrayList<>(a.dates());
    all.add(new DateMention(spanOf(a, phrase), phrase, value, 0));
    all.sort((x, y) -> x.span().compareTo(y.span()));
    return a.withDates(all);
  }
}
