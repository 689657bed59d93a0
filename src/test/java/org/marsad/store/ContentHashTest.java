package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

/** One test per rule of {@link ContentHash#normalise}. */
class ContentHashTest {

  @Test
  void harakatAreRemoved() {
    assertThat(ContentHash.normalise("كَتَبَ الطَّالِبُ دَرْسًا")).isEqualTo("كتب الطالب درسا");
  }

  @Test
  void superscriptAlefIsRemoved() {
    assertThat(ContentHash.normalise("هٰذا")).isEqualTo("هذا");
  }

  @Test
  void tatweelIsRemoved() {
    assertThat(ContentHash.normalise("جـــديد")).isEqualTo("جديد");
  }

  @Test
  void alefWithHamzaAboveBecomesBareAlef() {
    assertThat(ContentHash.normalise("أعلن")).isEqualTo("اعلن");
  }

  @Test
  void alefWithHamzaBelowBecomesBareAlef() {
    assertThat(ContentHash.normalise("إعلان")).isEqualTo("اعلان");
  }

  @Test
  void alefMaddaBecomesBareAlef() {
    assertThat(ContentHash.normalise("آلاف")).isEqualTo("الاف");
  }

  @Test
  void alefWaslaBecomesBareAlef() {
    assertThat(ContentHash.normalise("ٱلكتاب")).isEqualTo("الكتاب");
  }

  @Test
  void whitespaceRunsBecomeOneSpace() {
    assertThat(ContentHash.normalise("قال\n\n  الوزير\t\u00A0اليوم")).isEqualTo("قال الوزير اليوم");
  }

  @Test
  void leadingAndTrailingWhitespaceIsDropped() {
    assertThat(ContentHash.normalise("  \n مرحبا \n ")).isEqualTo("مرحبا");
  }

  @Test
  void emptyStaysEmpty() {
    assertThat(ContentHash.normalise("")).isEmpty();
    assertThat(ContentHash.normalise(" \u064E\u0640 ")).isEmpty();
  }

  @Test
  void otherLettersAreKept() {
    // teh marbuta, alef maqsura and yeh stay distinct: they change meaning too often to fold for identity
    assertThat(ContentHash.normalise("مدرسة على في 2024 Cairo")).isEqualTo("مدرسة على في 2024 Cairo");
  }

  @Test
  void hashIsLowerHexSha256OfTheNormalisedContent() {
    // SHA-256 of the empty string
    assertThat(ContentHash.ofContent(" \u0640 "))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(ContentHash.ofContent("أَعلـن  الوزير")).isEqualTo(ContentHash.ofContent("اعلن الوزير"));
    assertThat(ContentHash.ofContent("اعلن الوزير")).isNotEqualTo(ContentHash.ofContent("اعلن الوزراء"));
  }

  @Test
  void bodyIsHashedWhenPresentElseText() {
    String text = "قائمة الموقع\n\nانطلقت القافلة صباحا\n\nحقوق النشر";
    Article raw = Article.ingested("a", "a", SourceFormat.HTML, "UTF-8", text, Metadata.EMPTY);
    assertThat(ContentHash.of(raw)).isEqualTo(ContentHash.ofContent(text));
    int start = text.indexOf("انطلقت");
    Article cleaned = raw.withBody(List.of(new Span(start, start + "انطلقت القافلة صباحا".length())));
    assertThat(ContentHash.of(cleaned)).isEqualTo(ContentHash.ofContent("انطلقت القافلة صباحا"));
  }

  @Test
  void theOnePassHashIsSha256OfTheNormalisedTextsUtf8() throws Exception {
    java.util.Random random = new java.util.Random(20261123);
    org.marsad.testing.RandomText.CharSource chars = org.marsad.testing.RandomText.mix()
        .range('\u0600', '\u06FF').chars(" \n\t\u00A0\u2003").range('a', 'z').chars("\uD83D\uDE00\uD800\uDC00\uDBFF")
        .range('\u064B', '\u065F');
    java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = org.marsad.testing.RandomText.length(random, 0, round < 2900 ? 200 : 20_000);
      for (int i = 0; i < n; i++) sb.append(chars.next(random));
      String text = sb.toString();
      String expected = java.util.HexFormat.of().formatHex(
          sha256.digest(ContentHash.normalise(text).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(ContentHash.ofContent(text)).as("round %d", round).isEqualTo(expected);
    }
  }
}
