package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;
import org.marsad.pipeline.StageContext;

/** إدارة before a name (the X administration) announces a person: the tagger's trigger lexicon lists it. */
class AdministrationTriggerTest {
  private static List<String> persons(String sentence) {
    Article a = Article.ingested("t", "t", SourceFormat.TEXT, "UTF-8", sentence, null).withBody(List.of(new Span(0, sentence.length())));
    return new NerStage().process(a, StageContext.NONE).entities().stream()
        .filter(e -> e.type() == EntityType.PER).map(Entity::text).toList();
  }

  @Test
  void nameAfterAdministrationIsAPerson() {
    assertThat(persons("وتريد إدارة جو بايدن خفض الإنفاق العسكري.")).containsExactly("جو بايدن");
    assertThat(persons("وتريد إدارة مارتن فان بيورين خفض الإنفاق.")).containsExactly("مارتن فان بيورين");
  }
}
