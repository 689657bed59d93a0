package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.marsad.testing.RandomText;

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

  @Test
  void randomArticlesRoundTrip() {
    RandomText.forAll("randomArticlesRoundTrip", 20260420L, 300, ArticleJsonTest::article, ArticleJsonTest::show,
        a -> assertThat(ArticleJson.fromJson(ArticleJson.toJson(a))).isEqualTo(a));
  }

  private static final RandomText.CharSource ARABIC = RandomText.mix().range('\u0600', '\u06FF').chars(" \n");
  private static final double[] SPECIAL_DOUBLES = {Double.NaN, Double.NEGATIVE_INFINITY, -0.0, Double.MAX_VALUE};

  /** Any chars at all (lone surrogates, controls, noncharacters), up to 60. */
  private static String anyText(Random r, int minLength) {
    return RandomText.string(r, RandomText.ANY_CHAR, minLength, 60);
  }

  private static String maybe(Random r) {
    return r.nextInt(10) < 3 ? null : anyText(r, 0);
  }

  /** Half special values; else a two-decimal number of random magnitude, a uniform finite value or any bit pattern. */
  private static double randomDouble(Random r) {
    if (r.nextBoolean()) {
      return SPECIAL_DOUBLES[r.nextInt(SPECIAL_DOUBLES.length)];
    }
    return switch (r.nextInt(3)) {
      case 0 -> Math.round((r.nextDouble() * 2 - 1) * Math.pow(10, r.nextInt(15)) * 100) / 100.0;
      case 1 -> (r.nextDouble() * 2 - 1) * Double.MAX_VALUE;
      default -> Double.longBitsToDouble(r.nextLong());
    };
  }

  private static Article article(Random r) {
    String id = anyText(r, 0);
    String text = r.nextBoolean() ? RandomText.string(r, ARABIC, 1, 200) : anyText(r, 1);
    Metadata m = new Metadata(maybe(r), maybe(r), maybe(r), maybe(r), maybe(r), maybe(r), maybe(r));
    SourceFormat format = SourceFormat.values()[r.nextInt(SourceFormat.values().length)];
    double value = randomDouble(r);
    String extra = maybe(r);
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
  }

  /** The drawn article's free parts with every string as a Java literal; the rest follows from spans and extra. */
  private static String show(Article a) {
    Metadata m = a.meta();
    return "id " + RandomText.literal(a.id()) + ", format " + a.format() + ", extra " + RandomText.literal(a.charset())
        + ", text " + RandomText.literal(a.text()) + ", meta [" + RandomText.literal(m.title()) + ", "
        + RandomText.literal(m.outlet()) + ", " + RandomText.literal(m.author()) + ", " + RandomText.literal(m.url())
        + ", " + RandomText.literal(m.published()) + ", " + RandomText.literal(m.publishedInferred()) + ", "
        + RandomText.literal(m.lead()) + "], spans " + a.body() + ", entity types "
        + a.entities().stream().map(Entity::type).toList() + ", value bits "
        + (a.quantities().isEmpty() ? "-" : Long.toHexString(Double.doubleToRawLongBits(a.quantities().get(0).value())));
  }
}
