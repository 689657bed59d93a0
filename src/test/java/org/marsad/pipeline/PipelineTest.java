package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

class PipelineTest {
  private static final String TEXT = "عنوان تجريبي\n\nفقرة أولى من الخبر.";

  private static Stage stage(String name, Set<Layer> requires, Set<Layer> produces, java.util.function.UnaryOperator<Article> f) {
    return new Stage() {
      public String name() { return name; }
      public Set<Layer> requires() { return requires; }
      public Set<Layer> produces() { return produces; }
      public Article process(Article a, StageContext c) { return f.apply(a); }
    };
  }

  private static final Stage BODY = stage("clean", Set.of(Layer.TEXT), Set.of(Layer.BODY),
      a -> a.withBody(List.of(new Span(14, TEXT.length()))));
  private static final Stage QUOTES = stage("quotes", Set.of(Layer.BODY, Layer.ENTITIES), Set.of(Layer.QUOTES), a -> a);
  private static final Stage NER = stage("ner", Set.of(Layer.BODY), Set.of(Layer.ENTITIES), a -> a);

  private static Article article() {
    return Article.ingested("a.txt", "/tmp/a.txt", SourceFormat.TEXT, "UTF-8", TEXT, Metadata.EMPTY);
  }

  @Test
  void refusesAStageWhoseRequirementNoEarlierStageProduces() {
    assertThatThrownBy(() -> Pipeline.of(BODY, QUOTES, NER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage 'quotes' requires ENTITIES; no earlier stage produces it");
  }

  @Test
  void namesEveryUnmetRequirement() {
    assertThatThrownBy(() -> Pipeline.of(QUOTES))
        .hasMessageContaining("stage 'quotes' requires BODY")
        .hasMessageContaining("stage 'quotes' requires ENTITIES");
  }

  @Test
  void acceptsAnOrderThatMeetsEveryRequirement() {
    Pipeline p = Pipeline.of(BODY, NER, QUOTES);
    assertThat(p.produces()).contains(Layer.TEXT, Layer.BODY, Layer.ENTITIES, Layer.QUOTES);
    assertThat(p.process(article(), StageContext.NONE).bodyText()).isEqualTo("فقرة أولى من الخبر.");
  }

  @Test
  void aThrowingStageBecomesAProblemAndTheArticleGoesOn() {
    Stage broken = stage("broken", Set.of(Layer.TEXT), Set.of(), a -> { throw new IllegalStateException("boom"); });
    Article out = Pipeline.of(broken, BODY).process(article(), StageContext.NONE);
    assertThat(out.problems()).singleElement().satisfies(p -> {
      assertThat(p.stage()).isEqualTo("broken");
      assertThat(p.message()).isEqualTo("IllegalStateException: boom");
    });
    assertThat(out.body()).hasSize(1);
  }

  @Test
  void articleRefusesABodySpanPastTheText() {
    assertThatThrownBy(() -> article().withBody(List.of(new Span(0, TEXT.length() + 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void spanRefusesNegativeOrBackwardRanges() {
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(5, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
