package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

class ArticleVectorsTest {
  private static final ArabicAnalyzer ANALYZER = new ArabicAnalyzer();

  /** An article of two body paragraphs, with PER entities for the given canonical names (spans on the first word). */
  private static Article article(String id, String lead, String rest, String... persons) {
    String text = lead + "\n\n" + rest;
    List<Entity> es = new ArrayList<>();
    for (String p : persons) es.add(new Entity(EntityType.PER, new Span(0, lead.indexOf(' ')), lead.substring(0, lead.indexOf(' ')), p, null));
    return new Article(id, id, SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY.withPublished("2020-01-01"),
        List.of(new Span(0, lead.length()), new Span(lead.length() + 2, text.length())), es, List.of(), List.of(), List.of(), List.of());
  }

  private static SparseVector[] vectors(List<Article> articles, Weights w) {
    List<String> texts = new ArrayList<>();
    for (Article a : articles) texts.add(ArticleText.forSimilarity(a));
    return ArticleVectors.of(articles, texts, ANALYZER, w).vectors();
  }

  @Test
  void aWordSharedInTheLeadCountsMoreThanOneSharedFurtherDown() {
    List<Article> as = List.of(
        article("a", "بركان جبل", "سفينة قمح"),
        article("b", "بركان نهر", "قطار شعير"),   // shares a lead word with a
        article("c", "قلم صحراء", "سفينة ذهب"),   // shares a later word with a
        article("d", "مطر غيمة", "كتاب ورق"));
    SparseVector[] body = vectors(as, Weights.BODY_ONLY);
    assertThat(body[0].dot(body[1])).isGreaterThan(0).isCloseTo(body[0].dot(body[2]), within(1e-6));
    SparseVector[] lead = vectors(as, new Weights(1, 0.5, 0));
    assertThat(lead[0].dot(lead[1])).isGreaterThan(lead[0].dot(lead[2]) + 0.05);
  }

  @Test
  void aSharedNameLinksArticlesThatShareNoWords() {
    List<Article> as = List.of(
        article("a", "بركان جبل", "سفينة قمح", "سالم"),
        article("b", "قطار نهر", "شعير ذهب", "سالم"),
        article("c", "مطر غيمة", "كتاب ورق", "ناصر"));
    assertThat(vectors(as, Weights.BODY_ONLY)[0].dot(vectors(as, Weights.BODY_ONLY)[1])).isZero();
    SparseVector[] v = vectors(as, new Weights(1, 0, 1));
    assertThat(v[0].dot(v[1])).isGreaterThan(0.3);
    assertThat(v[0].dot(v[2])).isZero();
  }

  @Test
  void anArticleWithoutNamesStillHasAUnitVector() {
    List<Article> as = List.of(article("a", "بركان جبل", "سفينة قمح", "سالم"), article("b", "قطار نهر", "شعير ذهب"));
    for (SparseVector x : vectors(as, new Weights(1, 0.5, 1))) assertThat(x.norm()).isCloseTo(1.0, within(1e-6));
  }
}
