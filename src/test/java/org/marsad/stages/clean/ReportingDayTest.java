package org.marsad.stages.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

class ReportingDayTest {
  @Test
  void todayFollowedByAWeekday() {
    assertThat(ReportingDay.todayWeekday(TextFold.fold("افتتحت الوزارة اليوم الإثنين معرضا للكتاب"))).isEqualTo(1);
  }

  @Test
  void aCommaMayStandBetween() {
    assertThat(ReportingDay.todayWeekday(TextFold.fold("عقد المجلس اليوم، الثلاثاء، جلسته الأولى"))).isEqualTo(2);
  }

  @Test
  void todayWithoutAWeekdayGivesNothing() {
    assertThat(ReportingDay.todayWeekday(TextFold.fold("قال الوزير اليوم إن الخطة جاهزة"))).isZero();
  }

  @Test
  void aWeekdayWithoutTodayGivesNothing() {
    assertThat(ReportingDay.todayWeekday(TextFold.fold("وصل الوفد يوم الأحد إلى العاصمة"))).isZero();
  }

  @Test
  void onlyTheLeadParagraphsCount() {
    String text = "فقرة أولى عن المعرض.\nفقرة ثانية عن الزوار.\nوفي الختام قال المدير اليوم الخميس إنه راض.";
    Article a = Article.ingested("a.txt", "a.txt", SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY)
        .withBody(List.of(new Span(0, 20), new Span(21, 42), new Span(43, text.length())));
    assertThat(ReportingDay.todayWeekday(a)).isZero();
  }
}
