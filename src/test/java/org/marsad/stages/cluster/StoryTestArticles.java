package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Metadata;
import org.marsad.model.Quantity;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

/**
 * Articles analysed by hand for the story, trend and conflict rules: the text is the body, and each count, date or
 * person is placed on the first occurrence of its words (after the previous one of its kind), so a test checks only
 * the rule under test, not the extraction stages.
 */
final class StoryTestArticles {
  private final String id;
  private final String text;
  private Metadata meta = Metadata.EMPTY;
  private final List<Quantity> quantities = new ArrayList<>();
  private final List<DateMention> dates = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private int cursor;

  private StoryTestArticles(String id, String text) {
    this.id = id;
    this.text = text;
  }

  static StoryTestArticles of(String id, String text) {
    return new StoryTestArticles(id, text);
  }

  StoryTestArticles outlet(String outlet) {
    meta = meta.withOutlet(outlet);
    return this;
  }

  StoryTestArticles published(String published) {
    meta = meta.withPublished(published);
    return this;
  }

  /** A count as QuantityStage gives it: {@code of} is the counted noun, with "(organisation)" when it read one. */
  StoryTestArticles count(String words, double value, String of) {
    return count(words, value, null, of);
  }

  StoryTestArticles count(String words, double value, String unit, String of) {
    Span s = find(words);
    quantities.add(new Quantity(s, words, value, unit, of));
    return this;
  }

  StoryTestArticles date(String words, String value) {
    Span s = find(words);
    dates.add(new DateMention(s, words, value, 0));
    return this;
  }

  StoryTestArticles person(String words, String canonical, String role) {
    Span s = find(words);
    entities.add(new Entity(EntityType.PER, s, words, canonical, role));
    return this;
  }

  private Span find(String words) {
    int at = text.indexOf(words, cursor);
    if (at < 0) at = text.indexOf(words);
    if (at < 0) throw new IllegalArgumentException("\"" + words + "\" not in the text of " + id);
    cursor = at + words.length();
    return new Span(at, at + words.length());
  }

  Article build() {
    return Article.ingested(id, id, SourceFormat.TEXT, "UTF-8", text, meta)
        .withBody(List.of(new Span(0, text.length())))
        .withQuantities(quantities)
        .withDates(dates)
        .withEntities(entities);
  }
}
