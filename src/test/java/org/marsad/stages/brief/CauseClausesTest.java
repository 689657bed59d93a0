package org.marsad.stages.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

class CauseClausesTest {
  private static List<String> found(String text, CauseClauses.Kind kind) {
    return CauseClauses.find(text.toCharArray(), new Span(0, text.length())).stream()
        .filter(f -> f.kind() == kind).map(f -> f.span().of(text)).toList();
  }

  @Test
  void aReasonRunsFromItsCueToTheEndOfTheClause() {
    assertThat(found("أغلقت المدارس أبوابها بسبب العاصفة الثلجية، وعادت الحافلات فارغة.", CauseClauses.Kind.WHY))
        .containsExactly("بسبب العاصفة الثلجية");
  }

  @Test
  void aCueMayCarryAConjunction() {
    assertThat(found("تأخرت الرحلة وبسبب الضباب الكثيف أغلق المطار.", CauseClauses.Kind.WHY))
        .containsExactly("وبسبب الضباب الكثيف أغلق المطار");
  }

  @Test
  void multiWordCuesMatchWhole() {
    assertThat(found("نظم العمال وقفة احتجاجا على تأخر الرواتب.", CauseClauses.Kind.WHY)).containsExactly("احتجاجا على تأخر الرواتب");
    assertThat(found("جاء الوفد من أجل توقيع الاتفاق.", CauseClauses.Kind.WHY)).containsExactly("من أجل توقيع الاتفاق");
  }

  @Test
  void aMeansIsAHowClause() {
    assertThat(found("نقلت المساعدات من خلال معبر حدودي جديد.", CauseClauses.Kind.HOW)).containsExactly("من خلال معبر حدودي جديد");
    assertThat(found("تابع الجمهور الحفل عبر البث المباشر.", CauseClauses.Kind.HOW)).containsExactly("عبر البث المباشر");
  }

  @Test
  void expressedIsNotThrough() {
    assertThat(found("عبر الوزير عن قلقه من التصعيد.", CauseClauses.Kind.HOW)).isEmpty();
  }

  @Test
  void aQuoteOpenedInTheClauseClosesWithIt() {
    assertThat(found("ألغيت الرحلة بسبب «عطل فني طارئ»، وأعيد الركاب.", CauseClauses.Kind.WHY)).containsExactly("بسبب «عطل فني طارئ»");
    assertThat(found("ألغيت الرحلة بسبب عطل فني» قال المتحدث.", CauseClauses.Kind.WHY)).containsExactly("بسبب عطل فني");
  }

  @Test
  void aCueWithoutAClauseIsNothing() {
    assertThat(found("لم يحضر بسبب.", CauseClauses.Kind.WHY)).isEmpty();
    assertThat(found("وصل الوزير إلى العاصمة صباحا.", CauseClauses.Kind.WHY)).isEmpty();
  }

  @Test
  void aClauseIsCappedInWords() {
    StringBuilder long_ = new StringBuilder("توقف العمل بسبب");
    for (int i = 0; i < 40; i++) long_.append(" كلمة");
    List<String> f = found(long_.toString(), CauseClauses.Kind.WHY);
    assertThat(f).singleElement().satisfies(s -> assertThat(s.split(" ")).hasSize(1 + CauseClauses.MAX_CLAUSE_WORDS));
  }
}
