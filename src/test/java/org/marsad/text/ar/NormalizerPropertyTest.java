package org.marsad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;
import org.marsad.testing.RandomText;

/** Random Arabic, Latin, digits, harakat, invisibles and presentation forms: offsets stay monotone and in bounds. */
class NormalizerPropertyTest {
  private static final long SEED = 20260417L;
  private static final RandomText.CharSource MIXED = RandomText.mix()
      .range('\u0621', '\u064A')
      .range('\u064B', '\u0652')
      .chars("\u0670\u0640\u0649\u0629ٱ،؟«»٪٬٫")
      .range('\u0660', '\u0669')
      .range('\u06F0', '\u06F9')
      .range('a', 'z')
      .range('0', '9')
      .chars(" .,\n\u200B\u200E\u200F\u202B\u2067\uFEFF\u061C")
      .range('\uFEF5', '\uFEFC')
      .range('\uFE80', '\uFE90')
      .chars("\uFDF2\uFDFA");

  private final Normalizer normalizer = Normalizer.standard();

  private static String mixedText(Random r) {
    return RandomText.string(r, MIXED, 0, 60);
  }

  private static String anyUnicode(Random r) {
    return RandomText.string(r, RandomText.UNICODE, 0, 255);
  }

  @Test
  void offsetsMonotoneAndInBounds() {
    RandomText.forAll("offsetsMonotoneAndInBounds", SEED, 500, NormalizerPropertyTest::mixedText, RandomText::literal,
        text -> {
          NormalizedText nt = normalizer.normalize(text);
          int previous = 0;
          for (int i = 0; i <= nt.text().length(); i++) {
            int o = nt.map().toOriginal(i);
            assertThat(o).isBetween(0, text.length()).isGreaterThanOrEqualTo(previous);
            previous = o;
          }
          assertThat(nt.map().toOriginal(nt.text().length())).isEqualTo(text.length());
        });
  }

  @Test
  void neverThrowsOnAnyUnicode() {
    RandomText.forAll("neverThrowsOnAnyUnicode", SEED + 1, 300, NormalizerPropertyTest::anyUnicode, RandomText::literal,
        text -> {
          NormalizedText nt = normalizer.normalize(text);
          assertThat(nt.map().toOriginal(nt.text().length())).isEqualTo(text.length());
        });
  }

  /** Every token's range maps back to a piece of the original that normalises to the token's normalised form. */
  @Test
  void tokensMapBackToTheirNormalisedForm() {
    RandomText.forAll("tokensMapBackToTheirNormalisedForm", SEED + 2, 300, NormalizerPropertyTest::mixedText,
        RandomText::literal, text -> {
          NormalizedText nt = normalizer.normalize(text);
          for (Token t : ArabicTokenizer.tokenize(nt.text())) {
            Span back = nt.toOriginal(t.start(), t.end());
            assertThat(back.end()).isLessThanOrEqualTo(text.length());
            assertThat(normalizer.normalizeToString(back.of(text))).as("token %s", t).isEqualTo(t.text(nt.text()));
          }
        });
  }

  /** Normalising twice changes nothing. */
  @Test
  void idempotent() {
    RandomText.forAll("idempotent", SEED + 3, 300, NormalizerPropertyTest::mixedText, RandomText::literal, text -> {
      String once = normalizer.normalizeToString(text);
      assertThat(normalizer.normalizeToString(once)).isEqualTo(once);
    });
  }
}
