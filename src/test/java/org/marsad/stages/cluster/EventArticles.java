package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

/** Hand-made analysed articles for event tests: our own sentences, names found by position in the text. */
final class EventArticles {
  private EventArticles() {}

  /**
   * @param published ISO date or null
   * @param names persons (P:), places (L:) and organisations (O:) as they occur in the body, e.g. "L:دوما"
   */
  static Article article(String id, String outlet, String published, String title, String body, String... names) {
    String text = title + "\n" + body;
    int bodyStart = title.length() + 1;
    List<Entity> entities = new ArrayList<>();
    for (String n : names) {
      EntityType type = switch (n.charAt(0)) {
        case 'P' -> EntityType.PER;
        case 'L' -> EntityType.LOC;
        default -> EntityType.ORG;
      };
      String name = n.substring(2);
      int at = text.indexOf(name);
      if (at < 0) throw new IllegalArgumentException(name + " not in the text of " + id);
      entities.add(new Entity(type, new Span(at, at + name.length()), name, null, null));
    }
    Metadata meta = new Metadata(title, outlet, null, null, published, null, null);
    return Article.ingested(id, id, SourceFormat.TEXT, "UTF-8", text, meta)
        .withBody(List.of(new Span(bodyStart, text.length())))
        .withEntities(entities);
  }
}
