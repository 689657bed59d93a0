package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;
import org.marsad.text.ar.Normalizer;

/** Each token's original and normalised form are what substring + the standard normaliser give, offsets absolute. */
class ParagraphTokensTest {
  private static final String[] PIECES = {"قالت", "الوزارة", "إنّ", "أسعار", "النفط", "ارتفعت", "بنسبة", "٣٫٥", "٪", "،",
      "«", "مستشفى", "»", "علىٰ", "ـــ", "هيئة", "ﻻ", "Paris", "2026", ".", "؟", "\u200f", "موسى"};

  @Test
  void normsAreTheStandardNormaliserOfEachOriginal() {
    Normalizer normalizer = Normalizer.standard();
    SplittableRandom r = new SplittableRandom(11);
    for (int trial = 0; trial < 500; trial++) {
      StringBuilder b = new StringBuilder("مقدمة ");
      int words = r.nextInt(1, 30);
      for (int i = 0; i < words; i++) b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(4) == 0 ? "" : " ");
      int start = 6;
      String text = b.append(" خاتمة").toString();
      ParagraphTokens p = new ParagraphTokens(text, new Span(start, text.length() - 6));
      for (int i = 0; i < p.size(); i++) {
        String original = text.substring(p.start(i), p.end(i));
        assertThat(p.original(i)).isEqualTo(original);
        assertThat(p.norm(i)).as("token %d of %s", i, text).isEqualTo(normalizer.normalizeToString(original));
      }
    }
  }

  @Test
  void ofSharesTheTokensOfTheSameParagraphOfTheSameTextOnly() {
    String text = "بدأ الاجتماع صباح اليوم.\n\nوقال الوزير إن 12 دولة شاركت.";
    Span first = new Span(0, 24), second = new Span(26, text.length());
    ParagraphTokens a = ParagraphTokens.of(text, first);
    ParagraphTokens b = ParagraphTokens.of(text, second);
    assertThat(ParagraphTokens.of(text, first)).isSameAs(a);
    assertThat(ParagraphTokens.of(text, second)).isSameAs(b);
    assertThat(b.original(0)).isEqualTo("وقال");
    // a narrower span of the same paragraph is another paragraph
    assertThat(ParagraphTokens.of(text, new Span(26, 30))).isNotSameAs(b).extracting(ParagraphTokens::size).isEqualTo(1);
    // an equal text that is another String (another article) is cut again, never mixed with the first
    String copy = new String(text.toCharArray());
    ParagraphTokens c = ParagraphTokens.of(copy, first);
    assertThat(c).isNotSameAs(a);
    assertThat(c.text).isSameAs(copy);
    assertThat(ParagraphTokens.of(text, first)).isNotSameAs(a).extracting(p -> p.text).isSameAs(text);
  }
}
