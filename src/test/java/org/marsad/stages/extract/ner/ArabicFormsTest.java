package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicFormsTest {
  @Test
  void bidiAndZeroWidthMarksAreDropped() {
    assertThat(ArabicForms.normalize("\u200Eبيروت\u200F")).isEqualTo("بيروت");
    assertThat(ArabicForms.normalize("\uFEFFعمان")).isEqualTo("عمان");
  }

  @Test
  void tatweelIsDropped() {
    assertThat(ArabicForms.normalize("الســـلام")).isEqualTo("السلام");
  }

  @Test
  void harakatAreDropped() {
    assertThat(ArabicForms.normalize("مُحَمَّدٌ")).isEqualTo("محمد");
  }

  @Test
  void hamzaAlefVariantsBecomeBareAlef() {
    assertThat(ArabicForms.normalize("أحمد")).isEqualTo("احمد");
    assertThat(ArabicForms.normalize("إيطاليا")).isEqualTo("ايطاليا");
    assertThat(ArabicForms.normalize("آسيا")).isEqualTo("اسيا");
    assertThat(ArabicForms.normalize("ٱلله")).isEqualTo("الله");
  }

  @Test
  void alefMaqsuraBecomesYeh() {
    assertThat(ArabicForms.normalize("مصطفى")).isEqualTo("مصطفي");
  }

  @Test
  void persianYehAndKehehBecomeArabic() {
    assertThat(ArabicForms.normalize("کابلی")).isEqualTo("كابلي");
  }

  @Test
  void easternDigitsBecomeAscii() {
    assertThat(ArabicForms.normalize("٢٠٢٤")).isEqualTo("2024");
    assertThat(ArabicForms.normalize("۱۹")).isEqualTo("19");
  }

  @Test
  void latinIsLowerCased() {
    assertThat(ArabicForms.normalize("NATO")).isEqualTo("nato");
  }

  @Test
  void unchangedWordIsReturnedAsIs() {
    String w = "دمشق";
    assertThat(ArabicForms.normalize(w)).isSameAs(w);
    assertThat(ArabicForms.normalize("")).isEmpty();
  }

  @Test
  void conjunctionIsStrippedWhenThreeLettersRemain() {
    assertThat(ArabicForms.stripConjunction("وبيروت")).isEqualTo("بيروت");
    assertThat(ArabicForms.stripConjunction("فقال")).isEqualTo("قال");
    assertThat(ArabicForms.stripConjunction("وطن")).isEqualTo("وطن");
  }

  @Test
  void stemStripsConjunctionPrepositionAndArticle() {
    assertThat(ArabicForms.stem("والسعودية")).isEqualTo("سعودية");
    assertThat(ArabicForms.stem("بالرياض")).isEqualTo("رياض");
  }

  @Test
  void lamLamIsLamPlusArticle() {
    assertThat(ArabicForms.stem("للسعودية")).isEqualTo("سعودية");
    assertThat(ArabicForms.lookupForms("للسعودية")).contains("السعودية");
  }

  @Test
  void stemKeepsAtLeastThreeLetters() {
    assertThat(ArabicForms.stem("بلد")).isEqualTo("بلد");
    assertThat(ArabicForms.stem("الحق")).isEqualTo("الحق");
  }

  @Test
  void lookupFormsGoFromWholeWordToBareStem() {
    assertThat(ArabicForms.lookupForms("وبالقاهرة")).containsExactly("وبالقاهرة", "بالقاهرة", "القاهرة", "قاهرة");
    assertThat(ArabicForms.lookupForms("مصر")).containsExactly("مصر");
  }

  @Test
  void gluedPunctuationIsTrimmedButPurePunctuationStays() {
    assertThat(ArabicForms.trimPunctuation("«بيروت»،")).isEqualTo("بيروت");
    assertThat(ArabicForms.trimPunctuation("(2014)")).isEqualTo("2014");
    assertThat(ArabicForms.trimPunctuation("...")).isEqualTo("...");
    assertThat(ArabicForms.trimPunctuation("دمشق")).isEqualTo("دمشق");
  }
}
