package org.marsad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArabicNumbersTest {
  private final ArabicNumbers numbers = ArabicNumbers.standard();

  private double v(String s) {
    return numbers.valueOf(s);
  }

  @Test
  void digitsWithSeparators() {
    assertThat(v("٤٣٦٬٥")).isEqualTo(436.5);
    assertThat(v("نحو 1,500 شخص")).isEqualTo(1500);
    assertThat(v("2,500,000")).isEqualTo(2_500_000);
    assertThat(v("3.5")).isEqualTo(3.5);
    assertThat(v("١٢")).isEqualTo(12);
  }

  @Test
  void cliticBeforeDigits() {
    assertThat(v("فاز بـ436 صوتا")).isEqualTo(436);
    List<NumberMention> ms = numbers.find("من الدول الـ 82 المشاركة");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).value()).isEqualTo(82);
    assertThat(ms.get(0).span().of("من الدول الـ 82 المشاركة")).isEqualTo("الـ 82");
  }

  @Test
  void numberWordsWithGenderAndCase() {
    assertThat(v("ثلاثة أيام")).isEqualTo(3);
    assertThat(v("ثلاث سنوات")).isEqualTo(3);
    assertThat(v("خمس قرى")).isEqualTo(5);
    assertThat(v("الوزراء الستة")).isEqualTo(6);
    assertThat(v("عشرون")).isEqualTo(20);
    assertThat(v("عشرين")).isEqualTo(20);
  }

  @Test
  void numberWordAfterAProclitic() {
    assertThat(v("لثلاثة أعوام")).isEqualTo(3);
    assertThat(v("وخمسة")).isEqualTo(5);
  }

  @Test
  void compounds() {
    assertThat(v("ثلاث وثمانون دولة")).isEqualTo(83);
    assertThat(v("خمسة و عشرون")).isEqualTo(25);
    assertThat(v("أحد عشر لاعبا")).isEqualTo(11);
    assertThat(v("إحدى عشرة سنة")).isEqualTo(11);
    assertThat(v("ثلاثة عشر")).isEqualTo(13);
    assertThat(v("مئتان")).isEqualTo(200);
    assertThat(v("مائتين")).isEqualTo(200);
    assertThat(v("ثلاثمائة")).isEqualTo(300);
    assertThat(v("ثلاث مئة")).isEqualTo(300);
    assertThat(v("مئة وخمسون")).isEqualTo(150);
    assertThat(v("ألفين")).isEqualTo(2000);
    assertThat(v("ثلاثة آلاف")).isEqualTo(3000);
  }

  @Test
  void scales() {
    assertThat(v("10 آلاف مقاتل")).isEqualTo(10_000);
    assertThat(v("8 ملايين نسمة")).isEqualTo(8_000_000);
    assertThat(v("1.5 مليار")).isEqualTo(1_500_000_000);
    assertThat(v("مليون زائر")).isEqualTo(1_000_000);
    assertThat(numbers.find("ملايين الناس")).isEmpty(); // a plural scale alone is not a count
  }

  @Test
  void currencies() {
    NumberMention m = numbers.find("تبرع بـ 436 مليون دولار للإغاثة").get(0);
    assertThat(m.value()).isEqualTo(436_000_000);
    assertThat(m.currency()).isEqualTo("USD");
    assertThat(numbers.find("50 يورو").get(0).currency()).isEqualTo("EUR");
    assertThat(numbers.find("200 ريال قطري").get(0).currency()).isEqualTo("QAR");
    assertThat(numbers.find("200 ريال").get(0).currency()).isEqualTo("SAR");
    assertThat(numbers.find("ألف جنيه").get(0).currency()).isEqualTo("EGP");
    assertThat(numbers.find("5 دنانير").get(0).currency()).isNull(); // which dinar is not said
    assertThat(numbers.find("5 دنانير").get(0).unit()).isEqualTo("دنانير");
    assertThat(numbers.find("3 دنانير كويتية").get(0).unit()).isEqualTo("دنانير");
    assertThat(numbers.find("100 درهم").get(0).currency()).isEqualTo("AED");
  }

  @Test
  void percentages() {
    assertThat(numbers.find("ارتفع 5%").get(0).percent()).isTrue();
    assertThat(numbers.find("ارتفع ٥٪").get(0).percent()).isTrue();
    assertThat(numbers.find("نما 3.2 بالمئة").get(0).percent()).isTrue();
    NumberMention m = numbers.find("تراجع بنسبة عشرة في المائة").get(0);
    assertThat(m.value()).isEqualTo(10);
    assertThat(m.percent()).isTrue();
    assertThat(numbers.find("20 شخصا").get(0).percent()).isFalse();
  }

  @Test
  void ordinals() {
    NumberMention first = numbers.find("المؤتمر الأول").get(0);
    assertThat(first.ordinal()).isTrue();
    assertThat(first.value()).isEqualTo(1);
    assertThat(v("الثاني عشر")).isEqualTo(12);
    assertThat(v("الحادي عشر من الشهر")).isEqualTo(11);
    assertThat(v("الدورة الثالثة")).isEqualTo(3);
    assertThat(numbers.find("الحادي")).isEmpty();
  }

  @Test
  void noNumbersInPlainText() {
    assertThat(numbers.find("زار الوزير العاصمة")).isEmpty();
  }

  /** Every quantity text in the seed gold parses to its gold value (read at run time). */
  @Test
  void goldQuantitiesParse() throws Exception {
    Path gold = Path.of(System.getProperty("marsad.shared", "../shared"), "corpus/seeds/gold.json");
    assumeTrue(Files.isRegularFile(gold));
    JsonNode articles = new ObjectMapper().readTree(gold.toFile()).path("articles");
    int checked = 0;
    for (Map.Entry<String, JsonNode> a : articles.properties()) {
      for (JsonNode q : a.getValue().path("quantities")) {
        String text = q.path("text").asText();
        assertThat(v(text)).as(text).isEqualTo(q.path("value").asDouble());
        if (q.path("unit").asText().equals("USD")) assertThat(numbers.find(text).get(0).currency()).isEqualTo("USD");
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }
}
