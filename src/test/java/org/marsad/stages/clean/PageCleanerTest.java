package org.marsad.stages.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.StageContext;

/** One test per cleaning rule, on our own Arabic lines. */
class PageCleanerTest {
  private static final String P1 = "افتتحت البلدية صباح اليوم حديقة عامة جديدة في وسط المدينة بحضور عدد كبير من السكان والزوار.";
  private static final String P2 = "وقال رئيس البلدية إن الحديقة تضم ممرات للمشي وملاعب للأطفال ومساحات خضراء واسعة للعائلات.";
  private static final String P3 = "وأضاف أن أعمال الصيانة ستتواصل طوال العام لضمان نظافة المكان وسلامة جميع مرتاديه.";
  private static final String TITLE = "البلدية تفتتح حديقة عامة جديدة في وسط المدينة";

  private final PageCleaner cleaner = new PageCleaner();

  private CleanResult clean(String text) {
    return cleaner.clean(text, null, null);
  }

  private static String body(String text, CleanResult r) {
    StringBuilder sb = new StringBuilder();
    for (Span s : r.body()) sb.append(s.of(text)).append('\n');
    return sb.toString();
  }

  private static String page(String... lines) {
    return String.join("\n", lines);
  }

  @Test
  void keepsParagraphsAsSpansIntoTheOriginalTrimmed() {
    String text = page(TITLE, "", "  " + P1 + "\u00A0 ", "", P2, P3);
    CleanResult r = clean(text);
    assertThat(r.body()).hasSize(3);
    assertThat(r.body().get(0).of(text)).isEqualTo(P1);
    for (Span s : r.body()) {
      assertThat(TextFold.isSpaceLike(text.charAt(s.start()))).isFalse();
      assertThat(TextFold.isSpaceLike(text.charAt(s.end() - 1))).isFalse();
    }
  }

  @Test
  void titleIsFirstSubstantialLineAndNotBody() {
    String text = page(TITLE, P1, P2);
    CleanResult r = clean(text);
    assertThat(r.title()).isEqualTo(TITLE);
    assertThat(body(text, r)).doesNotContain(TITLE);
  }

  @Test
  void siteBannerAtTheTopIsNeitherTitleNorBodyAndNamesTheOutlet() {
    String text = page("نشرة المدينة | أخبار الحي ساعة بساعة", TITLE, P1, P2);
    CleanResult r = clean(text);
    assertThat(r.title()).isEqualTo(TITLE);
    assertThat(r.outlet()).isEqualTo("نشرة المدينة");
    assertThat(body(text, r)).doesNotContain("ساعة بساعة");
  }

  @Test
  void siteNameOverATaglineIsMastheadAndNamesTheOutlet() {
    String text = page("نشرة المدينة", "صحيفة محلية مستقلة", TITLE, P1, P2);
    CleanResult r = clean(text);
    assertThat(r.title()).isEqualTo(TITLE);
    assertThat(r.outlet()).isEqualTo("نشرة المدينة");
    assertThat(body(text, r)).doesNotContain("صحيفة محلية");
  }

  @Test
  void aNavigationMenuIsNeitherTitleNorBody() {
    for (String menu : new String[] {"الرئيسية  سياسة  اقتصاد  رياضة  منوعات", "الرئيسية | سياسة | اقتصاد | رياضة"}) {
      String text = page(menu, TITLE, P1, P2);
      CleanResult r = clean(text);
      assertThat(r.title()).isEqualTo(TITLE);
      assertThat(body(text, r)).doesNotContain("اقتصاد");
    }
  }

  @Test
  void aTitleWithAColonIsNoBanner() {
    String text = page("البلدية: حديقة عامة جديدة في وسط المدينة", P1, P2);
    assertThat(clean(text).title()).isEqualTo("البلدية: حديقة عامة جديدة في وسط المدينة");
    assertThat(clean(text).outlet()).isNull();
  }

  @Test
  void sectionLabelIsNeitherTitleNorBody() {
    String text = page("أخبار محليات", TITLE, P1, P2);
    CleanResult r = clean(text);
    assertThat(r.title()).isEqualTo(TITLE);
    assertThat(body(text, r)).doesNotContain("محليات");
  }

  @Test
  void socialNetworkLinesAreDropped() {
    String text = page(TITLE, "فيسبوك", "Twitter", "واتساب", P1, P2);
    assertThat(body(text, clean(text))).doesNotContain("فيسبوك").doesNotContain("Twitter").doesNotContain("واتساب");
  }

  @Test
  void shortLinkLineIsDroppedAndNamesTheOutlet() {
    String text = page(TITLE, "الرابط المختصر https://example-news.net/a1B2", P1, P2);
    CleanResult r = clean(text);
    assertThat(body(text, r)).doesNotContain("example-news");
    assertThat(r.outlet()).isEqualTo("example-news.net");
  }

  @Test
  void knownDomainMapsToOutletName() {
    String text = page(TITLE, "الرابط المختصرhttp://khaleej.online/x9", P1, P2);
    assertThat(clean(text).outlet()).isEqualTo("Al-Khaleej Online");
  }

  @Test
  void relatedHeaderAndItsLinkListAreDropped() {
    String text = page(TITLE, P1, P2, "اقرأ أيضاً", "افتتاح مكتبة عامة في الحي الشمالي", "مهرجان للزهور في الربيع المقبل");
    String b = body(text, clean(text));
    assertThat(b).contains(P2).doesNotContain("مكتبة").doesNotContain("الزهور").doesNotContain("اقرأ");
  }

  @Test
  void inlineRelatedLinkInsideBodyIsDropped() {
    String text = page(TITLE, P1, "مواضيع ذات صِلة : البلدية تعلن خطة لتشجير الشوارع الرئيسية", P2, P3);
    String b = body(text, clean(text));
    assertThat(b).contains(P1).contains(P3).doesNotContain("مواضيع");
  }

  @Test
  void mastheadAndTheNameAfterItAreDropped() {
    String text = page("رئيس التحرير", "سامي يوسف", "رئيس التحرير", "سامي يوسف", TITLE, P1, P2);
    CleanResult r = clean(text);
    assertThat(r.title()).isEqualTo(TITLE);
    assertThat(body(text, r)).doesNotContain("سامي يوسف");
  }

  @Test
  void commentPromptsAndCountersAreDropped() {
    String text = page(TITLE, P1, P2, "أضف تعليقك", "تعليقات  4", "اترك تعليقاً");
    assertThat(body(text, clean(text))).doesNotContain("تعليق");
  }

  @Test
  void backToTopAndCookieNoticeAreDropped() {
    String text = page(TITLE, "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك", P1, P2, "زر الذهاب إلى الأعلى");
    String b = body(text, clean(text));
    assertThat(b).doesNotContain("الارتباط").doesNotContain("الأعلى");
  }

  @Test
  void repeatedTitleAndTitleCaptionAreDropped() {
    String text = page(TITLE, "حديقة عامة جديدة في المدينة", P1, P2, TITLE, TITLE);
    CleanResult r = clean(text);
    assertThat(r.body()).hasSize(2);
    assertThat(body(text, r)).doesNotContain("حديقة عامة جديدة في المدينة\n");
  }

  @Test
  void longHeadlineIsDroppedWhenTheTitleHintIsThePageTitle() {
    String headline = "البلدية تفتتح اليوم حديقة عامة جديدة في وسط المدينة وتعد السكان بمشاريع خضراء أخرى خلال العام المقبل";
    Metadata hints = Metadata.EMPTY.withTitle(headline + " | صحيفة المدينة");
    String text = page(headline, "", P1, P2);
    CleanResult r = cleaner.clean(text, hints, null);
    assertThat(r.body()).hasSize(2);
    assertThat(r.body().get(0).of(text)).isEqualTo(P1);
  }

  @Test
  void isolatedHeadingBetweenParagraphsIsDroppedButVerseRunIsKept() {
    String heading = "خطط للتوسعة";
    String v1 = "يا مدينة الصبح يا ضوء الندى", v2 = "فيك نمشي كلما طال المدى", v3 = "ونغني للشجر الذي بدا";
    String text = page(TITLE, P1, heading, P2, v1, v2, v3, P3);
    String b = body(text, clean(text));
    assertThat(b).doesNotContain(heading).contains(v1).contains(v2).contains(v3).contains(P3);
  }

  @Test
  void qaTeaserBeforeTheLeadIsDropped() {
    String text = page(TITLE, "- أين افتتحت الحديقة؟", "في وسط المدينة.", "• حديقة للأطفال.", P1, P2);
    String b = body(text, clean(text));
    assertThat(b).startsWith(P1).doesNotContain("أين");
  }

  @Test
  void dateLineGivesPublishedAndUpdateLabelIsSkipped() {
    String text = page(TITLE, "الثلاثاء، 15-03-2022 الساعة 09:45", "وقت التحديث:", "الثلاثاء، 15-03-2022 الساعة 18:10", P1, P2);
    CleanResult r = clean(text);
    assertThat(r.published()).isEqualTo("2022-03-15T09:45");
    assertThat(r.updated()).isEqualTo("2022-03-15T18:10");
    assertThat(body(text, r)).doesNotContain("2022");
  }

  @Test
  void updatedLabelOnTheSameLineIsNotPublished() {
    String text = page(TITLE, "آخر تحديث: 16 مارس 2022", "نشر في: 14 مارس 2022", P1, P2);
    assertThat(clean(text).published()).isEqualTo("2022-03-14");
  }

  @Test
  void monthNamesInEverySeries() {
    assertThat(PublicationDates.findAbsolute(TextFold.fold("الأحد 4 حزيران 2023")).iso()).isEqualTo("2023-06-04");
    assertThat(PublicationDates.findAbsolute(TextFold.fold("4 جوان 2023")).iso()).isEqualTo("2023-06-04");
    assertThat(PublicationDates.findAbsolute(TextFold.fold("4 يونيو 2023")).iso()).isEqualTo("2023-06-04");
    assertThat(PublicationDates.findAbsolute(TextFold.fold("12 كانون الأول 2019")).iso()).isEqualTo("2019-12-12");
    assertThat(PublicationDates.findAbsolute(TextFold.fold("٣ أيلول/سبتمبر ٢٠٢٠")).iso()).isEqualTo("2020-09-03");
    assertThat(PublicationDates.findAbsolute(TextFold.fold("June 4, 2021 10:30 PM")).iso()).isEqualTo("2021-06-04T22:30");
    assertThat(PublicationDates.findAbsolute(TextFold.fold("2021-06-04T08:05:00Z")).iso()).isEqualTo("2021-06-04T08:05");
  }

  @Test
  void gregorianMonthsLoadEverySeries() {
    for (String m : new String[] {"يناير", "كانون الثاني", "جانفي", "january"}) assertThat(GregorianMonths.month(m)).isEqualTo(1);
    for (String m : new String[] {"أغسطس", "اغسطس", "آب", "أوت", "august"}) assertThat(GregorianMonths.month(m)).isEqualTo(8);
    assertThat(GregorianMonths.month("رمضان")).isZero();
    assertThat(GregorianMonths.size()).isGreaterThanOrEqualTo(48);
  }

  @Test
  void hijriOnlyDateIsNotAPublicationDate() {
    assertThat(PublicationDates.findAbsolute(TextFold.fold("12 شوال 1444 هـ"))).isNull();
    assertThat(PublicationDates.findAbsolute(TextFold.fold("15/10/1436"))).isNull();
  }

  @Test
  void relativeTimeResolvesAgainstTheReferenceDateOnly() {
    String text = page(TITLE, "منذ يومين", P1, P2);
    assertThat(cleaner.clean(text, null, LocalDate.of(2024, 5, 10)).published()).isEqualTo("2024-05-08");
    assertThat(cleaner.clean(text, null, null).published()).isNull();
    String hours = page(TITLE, "قبل 3 ساعات", P1, P2);
    assertThat(cleaner.clean(hours, null, LocalDate.of(2024, 5, 10)).published()).isEqualTo("2024-05-10");
  }

  @Test
  void dateInsideABodySentenceIsNotPublished() {
    String text = page(TITLE, "وكانت البلدية قد أعلنت عن المشروع في 3 مارس 2020 ضمن خطة لتطوير الأحياء القديمة.", P2);
    assertThat(clean(text).published()).isNull();
  }

  @Test
  void todayWithFullDateInTheLeadIsPublishedWhenTheWeekdayAgrees() {
    String ok = page(TITLE, "افتتحت البلدية اليوم الخميس، (4 حزيران 2020) حديقة عامة جديدة في وسط المدينة بحضور السكان.", P2);
    assertThat(clean(ok).published()).isEqualTo("2020-06-04");
    String wrongDay = page(TITLE, "افتتحت البلدية اليوم الأحد، (4 حزيران 2020) حديقة عامة جديدة في وسط المدينة بحضور السكان.", P2);
    assertThat(clean(wrongDay).published()).isNull();
  }

  @Test
  void agencyDatelineIsStrippedAndNamesTheOutlet() {
    String text = page(TITLE, "(كونا) -- " + P1, P2);
    CleanResult r = clean(text);
    assertThat(r.outlet()).isEqualTo("Kuwait News Agency (KUNA)");
    assertThat(r.body().get(0).of(text)).isEqualTo(P1);
  }

  @Test
  void cityAndAgencyInParenthesesDateline() {
    String text = page(TITLE, "الدوحة (قنا) - " + P1, P2);
    CleanResult r = clean(text);
    assertThat(r.outlet()).isEqualTo("Qatar News Agency (QNA)");
    assertThat(r.body().get(0).of(text)).isEqualTo(P1);
  }

  @Test
  void sentenceOpeningWithAColonIsNotADateline() {
    String lead = "قال المتحدث باسم البلدية: إن الحديقة ستفتح أبوابها للجميع طوال أيام الأسبوع دون رسوم.";
    String text = page(TITLE, lead, P2);
    assertThat(clean(text).body().get(0).of(text)).isEqualTo(lead);
  }

  @Test
  void bylineLineGivesAuthorAndIsDropped() {
    String text = page(TITLE, "سارة المنصور – الرياض", P1, P2);
    CleanResult r = clean(text);
    assertThat(r.author()).isEqualTo("سارة المنصور");
    assertThat(body(text, r)).doesNotContain("سارة");
  }

  @Test
  void bylineGluedToTheLeadIsStripped() {
    String text = page(TITLE, "سارة المنصور – عين اليوم " + P1, P2);
    CleanResult r = clean(text);
    assertThat(r.body().get(0).of(text)).isEqualTo(P1);
    assertThat(r.author()).isEqualTo("سارة المنصور");
    assertThat(r.outlet()).isEqualTo("Ain Alyoum (3alyoum)");
  }

  @Test
  void shareWidgetGluedBeforeTheTextIsStripped() {
    String text = page(TITLE, "شارك من خلال تويتر فيسبوك اكتب رأيك " + P1, P2);
    assertThat(clean(text).body().get(0).of(text)).isEqualTo(P1);
  }

  @Test
  void tagListGluedAfterTheLastSentenceIsCut() {
    String text = page(TITLE, P1, P2 + " سمات الحديقة البلدية المدينة");
    assertThat(clean(text).body().get(1).of(text)).isEqualTo(P2);
  }

  @Test
  void agencyEndMarkerAndContactLinesAreDropped() {
    String text = page(TITLE, P1, P2, "// انتهى //", "للتواصل مع الكاتب ارسل رسالة SMS", "writer@example.org");
    assertThat(body(text, clean(text))).doesNotContain("انتهى").doesNotContain("SMS").doesNotContain("@");
  }

  @Test
  void hintsFromTheSourceFormatAreKept() {
    Metadata hints = Metadata.EMPTY.withTitle("عنوان من المصدر").withPublished("2019-01-02").withOutlet("مصدر");
    CleanResult r = cleaner.clean(page("الإثنين، 05-05-2021 الساعة 10:00", P1, P2), hints, null);
    assertThat(r.title()).isEqualTo("عنوان من المصدر");
    assertThat(r.published()).isEqualTo("2019-01-02");
    assertThat(r.outlet()).isEqualTo("مصدر");
  }

  @Test
  void emptyAndBlankTextsGiveEmptyBody() {
    assertThat(clean("").body()).isEmpty();
    assertThat(clean(" \n\u00A0\n ").body()).isEmpty();
  }

  @Test
  void stageDeclaresLayersAndFillsOnlyNullMetadata() {
    CleanStage stage = new CleanStage();
    assertThat(stage.requires()).isEqualTo(Set.of(Layer.TEXT));
    assertThat(stage.produces()).isEqualTo(Set.of(Layer.BODY, Layer.METADATA));
    String text = page(TITLE, "4 يونيو 2021", P1, P2);
    Article a = Article.ingested("x.txt", "x.txt", SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY.withOutlet("مصدر"));
    Article out = stage.process(a, StageContext.NONE);
    assertThat(out.meta().outlet()).isEqualTo("مصدر");
    assertThat(out.meta().title()).isEqualTo(TITLE);
    assertThat(out.meta().published()).isEqualTo("2021-06-04");
    assertThat(out.bodyText()).isEqualTo(P1 + Article.PARAGRAPH_BREAK + P2);
  }
}
