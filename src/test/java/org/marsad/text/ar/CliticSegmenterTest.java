package org.marsad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per clitic rule, each on a real word; the guards that stop naive stripping; spans. */
class CliticSegmenterTest {
  private final CliticSegmenter seg = CliticSegmenter.standard();

  private String s(String w) {
    return seg.segmentToString(w);
  }

  @Test
  void contractExamples() {
    assertThat(s("وبلينكن")).isEqualTo("و+بلينكن");
    assertThat(s("للشيخ")).isEqualTo("ل+ال+شيخ");
    assertThat(s("والسعودية")).isEqualTo("و+ال+سعودية");
    assertThat(s("بالرياض")).isEqualTo("ب+ال+رياض");
    assertThat(s("بلينكن")).isEqualTo("بلينكن");
    assertThat(s("فرنسا")).isEqualTo("فرنسا");
    assertThat(s("لبنان")).isEqualTo("لبنان");
  }

  @Test
  void conjunctionWaw() {
    assertThat(s("وقال")).isEqualTo("و+قال");
    assertThat(s("وفي")).isEqualTo("و+في");
    assertThat(s("وزير")).isEqualTo("وزير"); // root و
    assertThat(s("وضعت")).isEqualTo("وضعت"); // inflected root-و word
  }

  @Test
  void conjunctionFa() {
    assertThat(s("فقال")).isEqualTo("ف+قال");
    assertThat(s("فالحكومة")).isEqualTo("ف+ال+حكومة");
    assertThat(s("فريق")).isEqualTo("فريق");
    assertThat(s("فترة")).isEqualTo("فترة");
  }

  @Test
  void prepositionBa() {
    assertThat(s("بسبب")).isEqualTo("ب+سبب");
    assertThat(s("بمشاركة")).isEqualTo("ب+مشاركة");
    assertThat(s("بيروت")).isEqualTo("بيروت");
    assertThat(s("برنامج")).isEqualTo("برنامج");
  }

  @Test
  void prepositionKaf() {
    assertThat(s("كالعادة")).isEqualTo("ك+ال+عادة");
    assertThat(s("كبير")).isEqualTo("كبير");
    assertThat(s("كندا")).isEqualTo("كندا");
  }

  @Test
  void prepositionLam() {
    assertThat(s("لتعزيز")).isEqualTo("ل+تعزيز");
    assertThat(s("لمصر")).isEqualTo("ل+مصر");
    assertThat(s("لجنة")).isEqualTo("لجنة");
    assertThat(s("ليبيا")).isEqualTo("ليبيا");
  }

  @Test
  void lamLamIsLamPlusArticle() {
    assertThat(s("للأمم")).isEqualTo("ل+ال+امم");
    assertThat(s("وللمرة")).isEqualTo("و+ل+ال+مرة");
  }

  @Test
  void futureSin() {
    assertThat(s("سيكون")).isEqualTo("س+يكون");
    assertThat(s("ستعقد")).isEqualTo("س+تعقد");
    assertThat(s("سيارة")).isEqualTo("سيارة");
    assertThat(s("سياسة")).isEqualTo("سياسة");
    assertThat(s("ساعد")).isEqualTo("ساعد");
  }

  @Test
  void article() {
    assertThat(s("الحكومة")).isEqualTo("ال+حكومة");
    assertThat(s("الجزائر")).isEqualTo("ال+جزائر");
    assertThat(s("ألمانيا")).isEqualTo("المانيا"); // أل is not the article
    assertThat(s("الذي")).isEqualTo("الذي");
    assertThat(s("آلاف")).isEqualTo("الاف");
  }

  @Test
  void encliticPronouns() {
    assertThat(s("حكومته")).isEqualTo("حكومت+ه");
    assertThat(s("بلادنا")).isEqualTo("بلاد+نا");
    assertThat(s("قادتهم")).isEqualTo("قادت+هم");
    assertThat(s("عليه")).isEqualTo("علي+ه");
    assertThat(s("منهما")).isEqualTo("من+هما");
    assertThat(s("لها")).isEqualTo("ل+ها");
    assertThat(s("معي")).isEqualTo("مع+ي");
  }

  @Test
  void encliticGuards() {
    assertThat(s("يواجه")).isEqualTo("يواجه"); // root ه
    assertThat(s("اتجاه")).isEqualTo("اتجاه"); // no split after alef
    assertThat(s("درهم")).isEqualTo("درهم"); // stem too short
    assertThat(s("عربي")).isEqualTo("عربي"); // ي only on function words
    assertThat(s("كورونا")).isEqualTo("كورونا");
    assertThat(s("عبدالله")).isEqualTo("عبدالله");
  }

  @Test
  void numberAndCalendarWordsAreKnown() {
    assertThat(s("لثلاثة")).isEqualTo("ل+ثلاثة");
    assertThat(s("يونيه")).isEqualTo("يونيه");
    assertThat(s("وسبتمبر")).isEqualTo("و+سبتمبر");
  }

  @Test
  void nonArabicWordsComeBackWhole() {
    assertThat(s("Biden")).isEqualTo("Biden");
    assertThat(s("2021")).isEqualTo("2021");
    assertThat(s("")).isEqualTo("");
  }

  @Test
  void segmentsKeepSourceSpansAndNormalisedForms() {
    String text = "قال وَبِالْحكومةِ";
    int start = 4;
    List<Segment> segs = seg.segment(text, start, text.length());
    assertThat(segs).extracting(Segment::form).containsExactly("و", "ب", "ال", "حكومة");
    assertThat(segs.get(0).span().of(text)).isEqualTo("وَ");
    assertThat(segs.get(1).span().of(text)).isEqualTo("بِ");
    assertThat(segs.get(2).span().of(text)).isEqualTo("الْ");
    assertThat(segs.get(3).span().of(text)).isEqualTo("حكومةِ");
    // لل: the article's segment is the second lam
    String w = "للشيخ";
    List<Segment> ll = seg.segment(w, 0, w.length());
    assertThat(ll).extracting(x -> x.span().of(w)).containsExactly("ل", "ل", "شيخ");
    assertThat(ll).extracting(Segment::kind)
        .containsExactly(SegmentKind.PREPOSITION, SegmentKind.ARTICLE, SegmentKind.STEM);
  }
}
