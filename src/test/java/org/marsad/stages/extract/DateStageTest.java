package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;
import org.marsad.pipeline.StageContext;

/** One test per rule of {@link DateStage}, on sentences written for the test. */
class DateStageTest {
  /** A Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2021, 6, 28);

  private static DateMention only(String text, LocalDate ref) {
    List<DateMention> ds = DateStage.find(text, ref);
    assertThat(ds).as(text).hasSize(1);
    DateMention d = ds.get(0);
    assertThat(d.text()).isEqualTo(text.substring(d.span().start(), d.span().end()));
    return d;
  }

  @Test
  void dayMonthYearInEverySeries() {
    assertThat(only("افتتح المعرض في 4 حزيران 2020 بحضور الوزير", null).value()).isEqualTo("2020-06-04");
    assertThat(only("وقعت الهجمات في 11 سبتمبر 2001 في نيويورك", null).value()).isEqualTo("2001-09-11");
    assertThat(only("انطلقت الدورة يوم 3 جويلية 2019 في الجزائر", null).text()).isEqualTo("3 جويلية 2019");
    assertThat(only("ولد في 12 كانون الثاني 1950 بدمشق", null).value()).isEqualTo("1950-01-12");
  }

  @Test
  void hijriDateIsConverted() {
    assertThat(only("بدأ الصيام في 1 رمضان 1442 هـ عند المسلمين", null).value()).isEqualTo("2021-04-13");
  }

  @Test
  void monthAndYear() {
    DateMention d = only("وقع الاتفاق في فبراير 2020 بعد مفاوضات طويلة", null);
    assertThat(d.value()).isEqualTo("2020-02");
    assertThat(d.text()).isEqualTo("فبراير 2020");
  }

  @Test
  void numericDate() {
    assertThat(only("صدر القرار بتاريخ 28-06-2021 عن الوزارة", null).value()).isEqualTo("2021-06-28");
    assertThat(only("نشر التقرير 2019/12/01 على الموقع", null).value()).isEqualTo("2019-12-01");
  }

  @Test
  void yearRange() {
    DateMention d = only("دامت الحرب بين 2014-2017 في المنطقة", null);
    assertThat(d.value()).isEqualTo("2014/2017");
  }

  @Test
  void yearAfterYearWord() {
    DateMention d = only("تأسست الجمعية عام 1998 في عمّان", null);
    assertThat(d.value()).isEqualTo("1998");
    assertThat(d.text()).isEqualTo("عام 1998");
  }

  @Test
  void bareYearAfterPreposition() {
    assertThat(only("وفي 2016 انتقل إلى باريس", null).value()).isEqualTo("2016");
  }

  @Test
  void todayWithWeekdayIsTheReferenceDateWhenItMatches() {
    assertThat(only("تبدأ اليوم الإثنين أعمال المؤتمر", MONDAY).value()).isEqualTo("2021-06-28");
  }

  @Test
  void todayWithOtherWeekdayIsTheNearestSuchDayBefore() {
    assertThat(only("تبدأ اليوم الخميس أعمال المؤتمر", MONDAY).value()).isEqualTo("2021-06-24");
  }

  @Test
  void bareWeekdayIsTheLatestOnOrBeforeReference() {
    DateMention d = only("التقى الوزيران الأحد في العاصمة", MONDAY);
    assertThat(d.value()).isEqualTo("2021-06-27");
    assertThat(d.weekday()).isEqualTo(7);
  }

  @Test
  void weekdayWithoutReferenceStaysUnresolved() {
    DateMention d = only("تنطلق اليوم الثلاثاء أعمال القمة", null);
    assertThat(d.value()).isNull();
    assertThat(d.weekday()).isEqualTo(2);
  }

  @Test
  void weekdayTakesTheFullDateRightAfterIt() {
    List<DateMention> ds = DateStage.find("عقد الاجتماع اليوم الخميس (4 حزيران 2020) عبر الفيديو", null);
    assertThat(ds).extracting(DateMention::value).containsExactly("2020-06-04", "2020-06-04");
  }

  @Test
  void nextAndPastWeekdays() {
    assertThat(only("يصل الوفد الأربعاء المقبل", MONDAY).value()).isEqualTo("2021-06-30");
    assertThat(only("غادر الوفد يوم الإثنين الماضي", MONDAY).value()).isEqualTo("2021-06-21");
  }

  @Test
  void yesterdayAndTomorrow() {
    assertThat(only("قال المتحدث أمس إن المحادثات مستمرة", MONDAY).value()).isEqualTo("2021-06-27");
    assertThat(only("تعقد الجلسة غدا في المقر", MONDAY).value()).isEqualTo("2021-06-29");
  }

  @Test
  void relativeUnits() {
    // 21–27 June 2021: the contract has no week values, so the month that holds the whole week
    assertThat(only("زار الرئيس المدينة الأسبوع الماضي", MONDAY).value()).isEqualTo("2021-06");
    assertThat(only("تجرى الانتخابات الشهر المقبل", MONDAY).value()).isEqualTo("2021-07");
    assertThat(only("ارتفعت الصادرات العام الماضي", MONDAY).value()).isEqualTo("2020");
  }

  @Test
  void agoMovesTheReference() {
    DateMention d = only("غادر البلاد منذ 3 سنوات ولم يعد", MONDAY);
    assertThat(d.value()).isEqualTo("2018");
    assertThat(only("وصل قبل يومين إلى المطار", MONDAY).value()).isEqualTo("2021-06-26");
  }

  @Test
  void monthWithPastResolvesToThePreviousOccurrence() {
    assertThat(only("بدأت الأزمة نوفمبر الماضي", MONDAY).value()).isEqualTo("2020-11");
  }

  @Test
  void durationsAreNotDates() {
    assertThat(DateStage.find("استمر الحصار ثلاثة اعوام كاملة", MONDAY)).isEmpty();
    assertThat(DateStage.find("عمل هناك 5 سنوات", MONDAY)).isEmpty();
  }

  @Test
  void theDayIsNotToday() {
    assertThat(DateStage.find("في اليوم الأول من المعرض", MONDAY)).isEmpty();
    assertThat(DateStage.find("ننتظر اليوم الذي تنتهي فيه الحرب", MONDAY)).isEmpty();
    assertThat(only("يسافر الوفد اليوم إلى القاهرة", MONDAY).value()).isEqualTo("2021-06-28");
  }

  @Test
  void stageUsesPublishedThenInferredThenContext() {
    String text = "اجتمع المجلس الأحد في المقر";
    Article a = Article.ingested("a", "a", SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY).withBody(List.of(new Span(0, text.length())));
    DateStage stage = new DateStage();
    assertThat(stage.process(a, StageContext.NONE).dates().get(0).value()).isNull();
    assertThat(stage.process(a, new StageContext(MONDAY)).dates().get(0).value()).isEqualTo("2021-06-27");
    Article published = a.withMeta(Metadata.EMPTY.withPublished("2021-07-07T10:00"));
    assertThat(stage.process(published, new StageContext(MONDAY)).dates().get(0).value()).isEqualTo("2021-07-04");
    Article inferred = a.withMeta(Metadata.EMPTY.withPublishedInferred("2021-07-07"));
    assertThat(stage.process(inferred, StageContext.NONE).dates().get(0).value()).isEqualTo("2021-07-04");
    assertThat(DateStage.resolve(stage.process(a, StageContext.NONE), MONDAY).dates().get(0).value()).isEqualTo("2021-06-27");
  }

  @Test
  void ordinalDayBeforeMonth() {
    assertThat(only("تنطلق البطولة في الخامس من مارس 2022", null).value()).isEqualTo("2022-03-05");
  }

  @Test
  void vagueAgoIsNotADate() {
    assertThat(DateStage.find("غادر البلاد منذ سنوات", MONDAY)).isEmpty();
  }

  @Test
  void hugeAmountsAreNotDates() {
    assertThat(DateStage.find("منذ 9000000 سنة تكونت الصخور", MONDAY)).isEmpty();
  }

  @Test
  void slashJoinedMonthNamesAreOneDate() {
    DateMention d = only("وفي شهر يناير/كانون الثاني 2019 بدأت الأعمال", null);
    assertThat(d.text()).isEqualTo("شهر يناير/كانون الثاني 2019");
    assertThat(d.value()).isEqualTo("2019-01");
  }

  @Test
  void weekdayWithOrdinalIsNotADate() {
    assertThat(DateStage.find("خرج المتظاهرون في الجمعة الثالثة على التوالي", MONDAY)).isEmpty();
  }

  @Test
  void aWeekAcrossTwoMonthsIsGivenByItsYear() {
    // reference Monday 2021-07-05: last week is 28 June – 4 July
    assertThat(only("زار الرئيس المدينة الأسبوع الماضي", LocalDate.of(2021, 7, 5)).value()).isEqualTo("2021");
  }

  @Test
  void decadeIsARangeOfTenYears() {
    assertThat(only("ازدهرت الصناعة في الثمانينيات بفضل التصدير", MONDAY).value()).isEqualTo("1980/1989");
    assertThat(only("كانت المدينة صغيرة في الخمسينات", null).value()).isEqualTo("1950/1959");
  }

  @Test
  void decadeTakesTheCenturyNamedAfterIt() {
    List<DateMention> ds = DateStage.find("بنيت السكة في الستينيات من القرن التاسع عشر", MONDAY);
    assertThat(ds).extracting(DateMention::text).containsExactly("الستينيات", "القرن التاسع عشر");
    assertThat(ds).extracting(DateMention::value).containsExactly("1860/1869", "1800/1899");
  }

  @Test
  void decadeNotAfterTheReferenceDecadeIsThisCentury() {
    assertThat(only("تغيرت الأسواق في العشرينيات", LocalDate.of(2026, 3, 1)).value()).isEqualTo("2020/2029");
    assertThat(only("تغيرت الأسواق في العشرينيات", LocalDate.of(2015, 3, 1)).value()).isEqualTo("1920/1929");
  }

  @Test
  void centuryByOrdinalCardinalOrDigits() {
    assertThat(only("شهد القرن العشرين حربين عالميتين", MONDAY).value()).isEqualTo("1900/1999");
    assertThat(only("تحديات القرن الحادي والعشرين كثيرة", MONDAY).value()).isEqualTo("2000/2099");
    assertThat(only("في القرن 19 انتشرت المطابع", MONDAY).value()).isEqualTo("1800/1899");
  }

  @Test
  void lastCenturyCountsFromTheReference() {
    assertThat(only("عاش في منتصف القرن الماضي", MONDAY).value()).isEqualTo("1900/1999");
    DateMention d = only("عاش في منتصف القرن الماضي", null);
    assertThat(d.text()).isEqualTo("القرن الماضي");
    assertThat(d.value()).isNull();
  }

  @Test
  void centuryWithoutItsNumberIsNotADate() {
    assertThat(DateStage.find("مشروع القرن كما سماه أصحابه", MONDAY)).isEmpty();
  }

  @Test
  void presentPastAndFutureReferencesHaveNoValue() {
    DateMention now = only("يعمل حاليا على كتاب جديد", MONDAY);
    assertThat(now.text()).isEqualTo("حاليا");
    assertThat(now.value()).isNull();
    assertThat(only("تغيرت المدينة كثيرا في الوقت الحاضر", MONDAY).text()).isEqualTo("في الوقت الحاضر");
    assertThat(only("افتتح مؤخرا متحفا للخط", MONDAY).value()).isNull();
    assertThat(only("سيصدر الديوان قريبا", MONDAY).value()).isNull();
  }

  @Test
  void yearCoordinatedWithAYear() {
    assertThat(DateStage.find("صدرت طبعتان في 2002 و2003 من الكتاب", MONDAY)).extracting(DateMention::value)
        .containsExactly("2002", "2003");
    assertThat(DateStage.find("صور فيلمين عام 1910 و 1912 لصالح الاستوديو", MONDAY)).extracting(DateMention::value)
        .containsExactly("1910", "1912");
  }

  @Test
  void yearAloneInBracketsMayBeOld() {
    assertThat(only("احتلال المدينة (1830) غير تاريخها", MONDAY).value()).isEqualTo("1830");
    assertThat(DateStage.find("وصل عدد الزوار 1830 زائرا", MONDAY)).isEmpty();
  }

  @Test
  void ambiguousMonthAfterTheWordMonth() {
    DateMention d = only("بدأ المشروع في شهر مارس الماضي", MONDAY);
    assertThat(d.text()).isEqualTo("شهر مارس الماضي");
    assertThat(d.value()).isEqualTo("2021-03");
    assertThat(DateStage.find("مارس الحزب ضغوطا كبيرة", MONDAY)).isEmpty();
  }

  @Test
  void agoWithAnApproximateAmount() {
    assertThat(only("بدأت الشراكة قبل أكثر من عام", MONDAY).value()).isEqualTo("2020");
    assertThat(only("غادر منذ نحو عامين", MONDAY).value()).isEqualTo("2019");
  }
}
