package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Metadata;
import org.marsad.model.Problem;
import org.marsad.model.Quantity;
import org.marsad.model.Quote;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

class ArticleJsonTest {

  @Test
  void everyLayerSurvivesTheRoundTrip() {
    Article a = SyntheticArticles.article(10, 120);
    assertThat(a.entities()).isNotEmpty();
    assertThat(a.problems()).isNotEmpty();
    assertThat(ArticleJson.fromJson(ArticleJson.toJson(a))).isEqualTo(a);
  }

  @Test
  void nullMetadataFieldsStayNull() {
    String text = "سافر الوزير إلى عمّان";
    Article a = Article.ingested("a.txt", "/in/a.txt", SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY);
    Article back = ArticleJson.fromJson(ArticleJson.toJson(a));
    assertThat(back).isEqualTo(a);
    assertThat(back.meta()).isEqualTo(Metadata.EMPTY);
    assertThat(back.charset()).isEqualTo("UTF-8");
  }

  @Test
  void specialDoublesSurvive() {
    String text = "ارتفع المؤشر";
    Span s = new Span(0, 5);
    List<Quantity> qs = List.of(
        new Quantity(s, "ارتفع", Double.NaN, null, null),
        new Quantity(s, "ارتفع", Double.POSITIVE_INFINITY, "نقطة", null),
        new Quantity(s, "ارتفع", -0.0, null, "المؤشر"),
        new Quantity(s, "ارتفع", 0.1 + 0.2, null, null),
        new Quantity(s, "ارتفع", Double.MIN_VALUE, null, null));
    Article a = Article.ingested("q", "q", SourceFormat.JSONL, null, text, null).withQuantities(qs);
    assertThat(ArticleJson.fromJson(ArticleJson.toJson(a)).quantities()).isEqualTo(qs);
  }

  @Test
  void unpairedSurrogatesAndControlCharsSurvive() {
    String text = "نص \uD800 مكسور \uDC00 و\uD83D\uDE00 \u0000 \"اقتباس\" \\ \t\r\n";
    Article a = Article.ingested("s", "s", SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY.withTitle("\uDBFF"));
    String json = ArticleJson.toJson(a);
    assertThat(json).contains("\\uD800").contains("\\uDC00").doesNotContain("\uD800");
    assertThat(ArticleJson.fromJson(json)).isEqualTo(a);
  }

  @Test
  void notAnArticleIsAClearError() {
    assertThatThrownBy(() -> ArticleJson.fromJson("{\"id\": 3"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not an article JSON");
    // a span past the text end is refused by Article itself
    assertThatThrownBy(() -> ArticleJson.fromJson(
        "{\"id\":\"x\",\"source\":\"x\",\"format\":\"TEXT\",\"text\":\"ab\",\"body\":[{\"start\":0,\"end\":9}],"
            + "\"entities\":[],\"dates\":[],\"quantities\":[],\"quotes\":[],\"problems\":[]}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("past text end");
  }

  @Property(tries = 300)
  void randomArticlesRoundTrip(@ForAll("articles") Article a) {
    assertThat(ArticleJson.fromJson(ArticleJson.toJson(a))).isEqualTo(a);
  }

  @Provide
  Arbitrary<Article> articles() {
    Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> arabic = Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(' ', '\n')
        .ofMinLength(1).ofMaxLength(200);
    Arbitrary<String> maybe = anyText.injectNull(0.3);
    Arbitrary<Metadata> meta = Combinators.combine(List.of(maybe, maybe, maybe, maybe, maybe, maybe, maybe))
        .as(f -> new Metadata(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6)));
    Arbitrary<Double> doubles = Arbitraries.oneOf(Arbitraries.doubles(),
        Arbitraries.of(Double.NaN, Double.NEGATIVE_INFINITY, -0.0, Double.MAX_VALUE));
    return Combinators.combine(anyText, Arbitraries.oneOf(arabic, anyText.filter(s -> !s.isEmpty())), meta,
            Arbitraries.of(SourceFormat.class), Arbitraries.longs(), doubles, maybe)
        .as((id, text, m, format, seed, value, extra) -> {
          java.util.Random r = new java.util.Random(seed);
          List<Span> spans = new ArrayList<>();
          for (int k = r.nextInt(4); k > 0; k--) {
            int start = r.nextInt(text.length() + 1);
            spans.add(new Span(start, start + r.nextInt(text.length() - start + 1)));
          }
          List<Entity> entities = new ArrayList<>();
          List<DateMention> dates = new ArrayList<>();
          List<Quantity> quantities = new ArrayList<>();
          List<Quote> quotes = new ArrayList<>();
          List<Problem> problems = new ArrayList<>();
          for (Span s : spans) {
            entities.add(new Entity(EntityType.values()[r.nextInt(4)], s, s.of(text), extra, extra));
            dates.add(new DateMention(s, s.of(text), extra, r.nextInt(8)));
            quantities.add(new Quantity(s, s.of(text), value, extra, null));
            quotes.add(new Quote(s, s.of(text), extra));
            problems.add(new Problem("stage", r.nextBoolean() ? s : null, m.toString()));
          }
          return new Article(id, extra == null ? "" : extra, format, extra, text, m, spans, entities, dates,
              quantities, quotes, problems);
        });
  }
}
