package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Quantity;

/** One test per rule of {@link QuantityStage}, on sentences written for the test. */
class QuantityStageTest {
  private static Quantity only(String text) {
    List<Quantity> qs = QuantityStage.find(text);
    assertThat(qs).as(text).hasSize(1);
    Quantity q = qs.get(0);
    assertThat(q.text()).isEqualTo(text.substring(q.span().start(), q.span().end()));
    return q;
  }

  @Test
  void countedNounAfterTheNumberLosesItsTanween() {
    Quantity q = only("انضم إلى الرابطة 57 نادياً هذا الموسم");
    assertThat(q.value()).isEqualTo(57);
    assertThat(q.of()).isEqualTo("نادي");
    assertThat(q.text()).isEqualTo("57 نادياً");
  }

  @Test
  void genericNounIsReadWithTheOrganisationBeforeIt() {
    Quantity q = only("يضم الحلف العسكري حاليا 30 عضوا من القارتين");
    assertThat(q.of()).isEqualTo("عضو (الحلف)");
  }

  @Test
  void currencyWithScale() {
    Quantity q = only("خصصت الحكومة 250 مليون دولار للمدارس");
    assertThat(q.value()).isEqualTo(250_000_000);
    assertThat(q.unit()).isEqualTo("USD");
  }

  @Test
  void definiteNumeralAfterTheNounPhrase() {
    Quantity q = only("اجتمع قادة دول المغرب العربي الخمس في تونس");
    assertThat(q.value()).isEqualTo(5);
    assertThat(q.of()).isEqualTo("دول المغرب العربي");
  }

  @Test
  void tatweelArticleBeforeDigits() {
    Quantity q = only("وصل ممثلو الأعضاء الـ 47 إلى القاعة");
    assertThat(q.value()).isEqualTo(47);
  }

  @Test
  void durationHasUnitYears() {
    Quantity q = only("استمر البناء 4 سنوات كاملة");
    assertThat(q.value()).isEqualTo(4);
    assertThat(q.unit()).isEqualTo("years");
    Quantity w = only("استمر الحصار سبعة اعوام");
    assertThat(w.value()).isEqualTo(7);
    assertThat(w.unit()).isEqualTo("years");
  }

  @Test
  void scaleWordsAlone() {
    assertThat(only("فر 12 ألف من سكان المدينة").value()).isEqualTo(12_000);
    assertThat(only("يعيش هناك 3 ملايين").value()).isEqualTo(3_000_000);
  }

  @Test
  void countAfterMinTakesTheNounAfterIt() {
    assertThat(only("أفرج عن 15 ألفا من المعتقلين").of()).isEqualTo("المعتقلين");
  }

  @Test
  void percentage() {
    Quantity q = only("ارتفعت الأسعار 12 بالمئة");
    assertThat(q.unit()).isEqualTo("%");
    assertThat(only("نسبة المشاركة 45% فقط").unit()).isEqualTo("%");
  }

  @Test
  void yearsAreNotCounts() {
    assertThat(QuantityStage.find("تأسست الشركة عام 1998 في القاهرة")).isEmpty();
    assertThat(QuantityStage.find("وفي 2016 تغير كل شيء.")).isEmpty();
    assertThat(QuantityStage.find("بين 2011-2013 توقف العمل")).isEmpty();
  }

  @Test
  void identifiersAreNotCounts() {
    assertThat(QuantityStage.find("طالب بتطبيق القرار الأممي رقم 1701 فورا")).isEmpty();
    assertThat(QuantityStage.find("نصت المادة 12 من الدستور على ذلك")).isEmpty();
    assertThat(QuantityStage.find("استنادا إلى قرار الجمعية العامة المرقم 377")).isEmpty();
    assertThat(QuantityStage.find("للاستفسار اتصلوا على 0501234567")).isEmpty();
  }

  @Test
  void datesAndTimesAreNotCounts() {
    assertThat(QuantityStage.find("وقع الاتفاق في 5 آذار 2019")).isEmpty();
    assertThat(QuantityStage.find("صدر البيان بتاريخ 03-11-2022")).isEmpty();
    assertThat(QuantityStage.find("بدأت الجلسة الساعة 10:30 صباحا")).isEmpty();
  }

  @Test
  void aDayWithMinBeforeItsMonthIsNotACount() {
    assertThat(QuantityStage.find("افتتح المعرض في 9 من أيلول الماضي")).isEmpty();
    assertThat(QuantityStage.find("عاد الوفد في 21 من شهر مايو")).isEmpty();
    // a count of people from a month's intake stays a count
    assertThat(only("تخرج 40 من طلاب الدفعة").value()).isEqualTo(40);
  }

  @Test
  void aFundIsCountedButAPostBoxIsAnIdentifier() {
    assertThat(only("ارتفعت تبرعات صندوق الإغاثة المشترك إلى 3 ملايين دولار").value()).isEqualTo(3_000_000);
    assertThat(QuantityStage.find("راسلونا على صندوق بريد 4417 في المدينة")).isEmpty();
  }

  @Test
  void ordinalsAreNotCounts() {
    assertThat(QuantityStage.find("حل الفريق في المركز الثالث")).isEmpty();
  }

  @Test
  void weekdayIsNotTheNumberTwo() {
    assertThat(QuantityStage.find("أفرجت الشرطة عنه الاثنين دون كفالة")).isEmpty();
  }

  @Test
  void definiteNumeralAfterTimeUnitIsADuration() {
    Quantity q = only("تخطط الوزارة لبناء المدارس في السنوات الخمس المقبلة");
    assertThat(q.unit()).isEqualTo("years");
    assertThat(q.value()).isEqualTo(5);
  }

  @Test
  void accusativeCurrency() {
    assertThat(only("دفع نحو 70 دولارا للتذكرة").unit()).isEqualTo("USD");
  }

  @Test
  void wordOneIsNotACount() {
    assertThat(QuantityStage.find("وهو أحد سكان الحي القديم")).isEmpty();
  }

  @Test
  void nounWithGluedPrepositionIsNotCounted() {
    assertThat(only("أصيب 20 بالرصاص في المواجهات").of()).isNull();
  }

  @Test
  void countedNounStartingWithACliticLetterIsKept() {
    assertThat(only("حضر 12 وزيرا الجلسة").of()).isEqualTo("وزير");
    assertThat(only("ترشح 40 برلمانيا للمنصب").of()).isEqualTo("برلماني");
  }

  @Test
  void nounWithGluedConjunctionIsNotCounted() {
    assertThat(only("حل في المركز 8 وآخرون بعده").of()).isNull();
  }

  @Test
  void moneyIsTheValueOfTheNounPhraseBeforeAValueCue() {
    Quantity q = only("وقعت الوزارة عقودا جديدة بقيمة 120 مليون يورو مع المقاولين");
    assertThat(q.unit()).isEqualTo("EUR");
    assertThat(q.of()).isEqualTo("عقود جديدة"); // the accusative alef goes, as for a counted noun
    Quantity aid = only("أرسلت الحكومة المساعدات الطبية بقيمة 436 مليون دولار");
    assertThat(aid.value()).isEqualTo(436_000_000);
    assertThat(aid.unit()).isEqualTo("USD");
    assertThat(aid.of()).isEqualTo("المساعدات الطبية");
  }

  @Test
  void moneyWithoutAValueCueHasNoOf() {
    assertThat(only("خصصت الحكومة 250 مليون دولار للمدارس").of()).isNull();
  }

  @Test
  void moneyGivenAsSomethingIsItsValue() {
    Quantity q = only("دفعت الشركة 50 مليون دولار كتعويضات مالية للمتضررين");
    assertThat(q.unit()).isEqualTo("USD");
    assertThat(q.of()).isEqualTo("تعويضات مالية");
  }

  @Test
  void moneyFollowedByAnAdjectiveInKafIsNotGivenAsSomething() {
    assertThat(only("دفعت الشركة 50 مليون دولار كاملة للمتضررين").of()).isNull();
  }
}
