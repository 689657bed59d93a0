package org.marsad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarLexiconTest {
  private final CalendarLexicon cal = CalendarLexicon.standard();

  private int month(String w) {
    CalendarEntry e = cal.lookup(w).orElseThrow(() -> new AssertionError("no entry for " + w));
    assertThat(e.kind()).isIn(CalendarKind.GREGORIAN_MONTH);
    return e.value();
  }

  @Test
  void syriacMonths() {
    assertThat(month("كانون الثاني")).isEqualTo(1);
    assertThat(month("حزيران")).isEqualTo(6);
    assertThat(month("تشرين الأول")).isEqualTo(10);
    assertThat(month("كانون الأول")).isEqualTo(12);
  }

  @Test
  void egyptianMonthsWithVariants() {
    assertThat(month("يناير")).isEqualTo(1);
    assertThat(month("يونيه")).isEqualTo(6);
    assertThat(month("يونيو")).isEqualTo(6);
    assertThat(month("يوليه")).isEqualTo(7);
    assertThat(month("أغسطس")).isEqualTo(8);
    assertThat(month("اغسطس")).isEqualTo(8);
  }

  @Test
  void maghrebiMonths() {
    assertThat(month("جانفي")).isEqualTo(1);
    assertThat(month("فيفري")).isEqualTo(2);
    assertThat(month("أفريل")).isEqualTo(4);
    assertThat(month("جوان")).isEqualTo(6);
    assertThat(month("جويلية")).isEqualTo(7);
    assertThat(month("أوت")).isEqualTo(8);
  }

  @Test
  void hijriMonths() {
    assertThat(cal.lookup("رمضان").orElseThrow().value()).isEqualTo(9);
    assertThat(cal.lookup("ذي الحجة").orElseThrow().value()).isEqualTo(12);
    assertThat(cal.lookup("جمادى الآخرة").orElseThrow().kind()).isEqualTo(CalendarKind.HIJRI_MONTH);
  }

  @Test
  void weekdaysInTheirSpellings() {
    assertThat(cal.lookup("الإثنين").orElseThrow().value()).isEqualTo(1);
    assertThat(cal.lookup("الاثنين").orElseThrow().value()).isEqualTo(1);
    assertThat(cal.lookup("الأحد").orElseThrow().value()).isEqualTo(7);
    assertThat(cal.lookup("الجمعة").orElseThrow().kind()).isEqualTo(CalendarKind.WEEKDAY);
  }

  @Test
  void relativeWords() {
    assertThat(cal.lookup("أمس").orElseThrow().label()).isEqualTo("YESTERDAY");
    assertThat(cal.lookup("البارحة").orElseThrow().value()).isEqualTo(-1);
    assertThat(cal.lookup("غداً").orElseThrow().value()).isEqualTo(1);
    assertThat(cal.lookup("المقبل").orElseThrow().label()).isEqualTo("NEXT");
    assertThat(cal.lookup("منذ").orElseThrow().label()).isEqualTo("SINCE");
  }

  @Test
  void findsInTextWithSpansAndClitics() {
    String text = "عُقد الاجتماع يوم الثلاثاء 3 كانون الثاني وفي يونيه الماضي";
    List<CalendarMention> ms = cal.find(text);
    assertThat(ms).extracting(m -> m.span().of(text)).containsExactly("الثلاثاء", "كانون الثاني", "يونيه", "الماضي");
    assertThat(cal.find("وأمس")).extracting(m -> m.entry().label()).containsExactly("YESTERDAY");
  }

  @Test
  void ambiguousWordsNeedANumber() {
    assertThat(cal.find("زار أب وابنه")).isEmpty();
    assertThat(cal.find("في 5 آب")).extracting(m -> m.entry().value()).containsExactly(8);
    assertThat(cal.find("مارس الضغط")).isEmpty();
  }
}
