package org.marsad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** One test per {@link NormalizationRule}, each on a real word, plus the switch-off and offset behaviour. */
class NormalizerTest {
  private final Normalizer standard = Normalizer.standard();

  private static String only(NormalizationRule rule, String s) {
    return new Normalizer(NormalizerConfig.of(rule)).normalizeToString(s);
  }

  @Test
  void diacritics() {
    assertThat(only(NormalizationRule.DIACRITICS, "مَدْرَسَةٌ")).isEqualTo("مدرسة");
    assertThat(only(NormalizationRule.DIACRITICS, "شُكْراً")).isEqualTo("شكرا");
    assertThat(only(NormalizationRule.DIACRITICS, "هٰذا")).isEqualTo("هذا"); // superscript alef
    assertThat(only(NormalizationRule.DIACRITICS, "محمد ﷺ")).isEqualTo("محمد ﷺ"); // a ligature is not a mark
    assertThat(only(NormalizationRule.DIACRITICS, "الصَّلَوٰةِ\u06D7")).isEqualTo("الصلوة"); // Quranic mark
  }

  @Test
  void tatweel() {
    assertThat(only(NormalizationRule.TATWEEL, "جـــميل")).isEqualTo("جميل");
  }

  @Test
  void alefVariants() {
    assertThat(only(NormalizationRule.ALEF_VARIANTS, "أحمد إسلام آمال ٱلكتاب")).isEqualTo("احمد اسلام امال الكتاب");
  }

  @Test
  void finalYehOnlyAtWordEnd() {
    assertThat(only(NormalizationRule.FINAL_YEH, "مصطفى")).isEqualTo("مصطفي");
    assertThat(only(NormalizationRule.FINAL_YEH, "على الطاولة")).isEqualTo("علي الطاولة");
    // inside a word (rare spelling) it stays
    assertThat(only(NormalizationRule.FINAL_YEH, "ىم")).isEqualTo("ىم");
    // a diacritic after the final letter does not hide the word end
    assertThat(new Normalizer(NormalizerConfig.of(NormalizationRule.FINAL_YEH, NormalizationRule.DIACRITICS)).normalizeToString("مُوسَى،"))
        .isEqualTo("موسي،");
  }

  @Test
  void tehMarbutaIsOffByDefault() {
    assertThat(standard.normalizeToString("مدرسة")).isEqualTo("مدرسة");
    assertThat(only(NormalizationRule.TEH_MARBUTA, "مدرسة")).isEqualTo("مدرسه");
    assertThat(new Normalizer(NormalizerConfig.MATCHING).normalizeToString("الجامعة")).isEqualTo("الجامعه");
  }

  @Test
  void digits() {
    assertThat(only(NormalizationRule.DIGITS, "٢٠٢١")).isEqualTo("2021");
    assertThat(only(NormalizationRule.DIGITS, "۱۴۰۰")).isEqualTo("1400"); // Persian
    assertThat(only(NormalizationRule.DIGITS, "٤٣٦٬٥ و٣٫٥")).isEqualTo("436,5 و3.5");
  }

  @Test
  void presentationForms() {
    // ﻣﺮﺣﺒﺎ written in presentation forms
    assertThat(only(NormalizationRule.PRESENTATION_FORMS, "\uFEE3\uFEAE\uFEA3\uFE92\uFE8E")).isEqualTo("مرحبا");
    // lam-alef ligature expands to two letters
    assertThat(only(NormalizationRule.PRESENTATION_FORMS, "\uFEFBعب")).isEqualTo("لاعب");
    // lam-alef with hamza goes through the alef rule too
    assertThat(standard.normalizeToString("\uFEF7حمد")).isEqualTo("لاحمد");
  }

  @Test
  void invisibles() {
    assertThat(only(NormalizationRule.INVISIBLES, "\u200Eبيروت\u200F")).isEqualTo("بيروت");
    assertThat(only(NormalizationRule.INVISIBLES, "\u202Bدمشق\u202C\u2066\u061C\uFEFF")).isEqualTo("دمشق");
    assertThat(only(NormalizationRule.INVISIBLES, "مي\u200Cخواهم")).isEqualTo("ميخواهم");
  }

  @Test
  void punctuation() {
    assertThat(only(NormalizationRule.PUNCTUATION, "«نعم»، لماذا؟ هنا؛ ٥٪"))
        .isEqualTo("\"نعم\", لماذا? هنا; ٥%");
  }

  @Test
  void emptyAndUnchangedInput() {
    assertThat(standard.normalize("").text()).isEmpty();
    NormalizedText same = standard.normalize("كتاب جديد");
    assertThat(same.text()).isEqualTo("كتاب جديد");
    assertThat(same.map().isIdentity()).isTrue();
  }

  @Test
  void rulesSwitchOff() {
    Normalizer noDiacritics = new Normalizer(NormalizerConfig.DEFAULT.without(NormalizationRule.DIACRITICS));
    assertThat(noDiacritics.normalizeToString("أَحمد")).isEqualTo("اَحمد");
  }

  @Test
  void offsetsMapBackToTheOriginal() {
    String original = "\u200Eالـــمَدرسة \uFEFBعب";
    NormalizedText nt = standard.normalize(original);
    assertThat(nt.text()).isEqualTo("المدرسة لاعب");
    int space = nt.text().indexOf(' ');
    assertThat(nt.toOriginal(0, space).of(original)).isEqualTo("الـــمَدرسة");
    // the ligature's two letters both map to its single char
    assertThat(nt.toOriginal(space + 1, nt.text().length()).of(original)).isEqualTo("\uFEFBعب");
    assertThat(nt.map().toOriginal(nt.text().length())).isEqualTo(original.length());
  }

  /** Reads the seed gold's normalisation pairs at run time: both forms of each pair must meet. */
  @Test
  void goldNormalizationCasesMeet() throws Exception {
    Path gold = Path.of(System.getProperty("marsad.shared", "../shared"), "corpus/seeds/gold.json");
    assumeTrue(Files.isRegularFile(gold));
    JsonNode cases = new ObjectMapper().readTree(gold.toFile()).path("normalization_cases");
    assertThat(cases.size()).isPositive();
    for (JsonNode c : cases) {
      JsonNode forms = c.path("forms");
      String first = standard.normalizeToString(forms.get(0).asText());
      for (JsonNode f : forms) assertThat(standard.normalizeToString(f.asText())).as(c.toString()).isEqualTo(first);
    }
  }
}
