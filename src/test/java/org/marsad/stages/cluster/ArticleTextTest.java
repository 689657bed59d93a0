package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

class ArticleTextTest {
  static Article raw(String text, String published) {
    return Article.ingested("a", "a", SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY.withPublished(published));
  }

  @Test
  void publishedDateIsFirstTenCharsWhenADate() {
    assertThat(ArticleText.publishedDate(raw("", "2023-03-12T10:15"))).isEqualTo("2023-03-12");
    assertThat(ArticleText.publishedDate(raw("", "2023-03"))).isNull();
    assertThat(ArticleText.publishedDate(raw("", "الأحد 12 مارس"))).isNull();
    assertThat(ArticleText.publishedDate(raw("", null))).isNull();
  }

  @Test
  void decimalPointDoesNotEndASentence() {
    assertThat(ArticleText.firstSentence("ارتفع المؤشر 2.5 بالمئة اليوم. وتراجع الدولار.")).isEqualTo("ارتفع المؤشر 2.5 بالمئة اليوم.");
  }

  @Test
  void arabicQuestionMarkEndsASentence() {
    assertThat(ArticleText.firstSentence("هل تنجح الخطة؟ يرى الخبراء ذلك.")).isEqualTo("هل تنجح الخطة؟");
  }

  @Test
  void longSentenceIsCutAtAWord() {
    String lead = ArticleText.firstSentence("كلمة ".repeat(200));
    assertThat(lead.length()).isLessThanOrEqualTo(ArticleText.MAX_LEAD + 1);
    assertThat(lead).endsWith("كلمة…");
  }

  @Test
  void leadOfCleanedBodyIsItsFirstSentence() {
    String text = "القائمة\nافتتحت البلدية حديقة جديدة. وحضر الافتتاح مئات السكان.";
    Article a = raw(text, null).withBody(List.of(new Span(8, text.length())));
    assertThat(ArticleText.leadSentence(a)).isEqualTo("افتتحت البلدية حديقة جديدة.");
  }

  @Test
  void leadOfRawTextSkipsShortLinesAndTitles() {
    String title = "البلدية تفتتح حديقة جديدة في الحي الشرقي بعد انتظار طويل دام أكثر من خمس سنوات كاملة";
    String lead = "افتتحت البلدية صباح اليوم حديقة عامة جديدة في الحي الشرقي تضم ملاعب للأطفال ومسارات للمشي وسط حضور كبير من السكان.";
    Article a = raw("الرئيسية  أخبار\n" + title + "\nشارك الخبر\n" + lead + "\nجملة أخرى.", null);
    assertThat(ArticleText.leadSentence(a)).isEqualTo(lead);
  }

  @Test
  void noTextNoLead() {
    assertThat(ArticleText.leadSentence(raw("", null))).isNull();
  }

  @Test
  void similarityTextIsTitleAndBody() {
    Article a = raw("نص الخبر", null).withMeta(Metadata.EMPTY.withTitle("العنوان"));
    assertThat(ArticleText.forSimilarity(a)).isEqualTo("العنوان\nنص الخبر");
  }
}
