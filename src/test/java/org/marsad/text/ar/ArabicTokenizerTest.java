package org.marsad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.testing.RandomText;

class ArabicTokenizerTest {
  private static List<String> texts(String s) {
    return ArabicTokenizer.tokenize(s).stream().map(t -> t.text(s) + "/" + t.type()).toList();
  }

  @Test
  void wordsAndPunctuation() {
    assertThat(texts("ذهب الوفدُ إلى القاهرة، أمس."))
        .containsExactly("ذهب/ARABIC", "الوفدُ/ARABIC", "إلى/ARABIC", "القاهرة/ARABIC", "،/PUNCT", "أمس/ARABIC", "./PUNCT");
  }

  @Test
  void tatweelMarksACliticBeforeANumber() {
    assertThat(texts("الـ 82 دولة")).containsExactly("الـ 82/MIXED", "دولة/ARABIC");
    assertThat(texts("فاز بـ436 صوتا")).containsExactly("فاز/ARABIC", "بـ436/MIXED", "صوتا/ARABIC");
    assertThat(texts("تحدث للـCNN")).containsExactly("تحدث/ARABIC", "للـCNN/MIXED");
    // a tatweel used for stretching stays inside the Arabic word
    assertThat(texts("جـــميل")).containsExactly("جـــميل/ARABIC");
  }

  @Test
  void numbersWithSeparators() {
    assertThat(texts("٤٣٦٬٥ و1,500 و3.5")).containsExactly("٤٣٦٬٥/NUMBER", "و1,500/MIXED", "و3.5/MIXED");
    assertThat(texts("بلغ 1,500 أو 3.5.")).containsExactly("بلغ/ARABIC", "1,500/NUMBER", "أو/ARABIC", "3.5/NUMBER", "./PUNCT");
    assertThat(texts("(12)")).containsExactly("(/PUNCT", "12/NUMBER", ")/PUNCT");
  }

  @Test
  void latinAndMixed() {
    assertThat(texts("طائرات F16 من Boeing")).containsExactly("طائرات/ARABIC", "F16/MIXED", "من/ARABIC", "Boeing/LATIN");
    assertThat(texts("COVID-19")).containsExactly("COVID-19/MIXED");
  }

  @Test
  void webTokens() {
    assertThat(texts("راجع https://example.org/a?b=1، أو www.example.com."))
        .containsExactly("راجع/ARABIC", "https://example.org/a?b=1/URL", "،/PUNCT", "أو/ARABIC", "www.example.com/URL", "./PUNCT");
    assertThat(texts("راسلوا info@example.org الآن")).containsExactly("راسلوا/ARABIC", "info@example.org/EMAIL", "الآن/ARABIC");
    assertThat(texts("غرّد @user_1 #الرياض_اليوم")).containsExactly("غرّد/ARABIC", "@user_1/MENTION", "#الرياض_اليوم/HASHTAG");
  }

  @Test
  void invisiblesAreSkippedBetweenTokens() {
    String s = "\u200Eبيروت\u200F \u200Eدمشق";
    assertThat(texts(s)).containsExactly("بيروت/ARABIC", "دمشق/ARABIC");
  }

  @Test
  void emptyAndBlank() {
    assertThat(ArabicTokenizer.tokenize("")).isEmpty();
    assertThat(ArabicTokenizer.tokenize(" \n\t\u200B")).isEmpty();
  }

  @Test
  void spansAreOrderedNonEmptyAndInBounds() {
    RandomText.forAll("spansAreOrderedNonEmptyAndInBounds", 20260418L, 300,
        r -> RandomText.string(r, RandomText.UNICODE, 0, 255), RandomText::literal, text -> {
          int previousEnd = 0;
          for (Token t : ArabicTokenizer.tokenize(text)) {
            assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
            previousEnd = t.end();
          }
        });
  }
}
