package org.marsad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.model.Span;

/** Random Arabic, Latin, digits, harakat, invisibles and presentation forms: offsets stay monotone and in bounds. */
class NormalizerPropertyTest {
  private final Normalizer normalizer = Normalizer.standard();

  @Provide
  Arbitrary<String> mixedText() {
    return Arbitraries.strings()
        .withCharRange('\u0621', '\u064A')
        .withCharRange('\u064B', '\u0652')
        .withChars('\u0670', '\u0640', '\u0649', '\u0629', 'ٱ', '،', '؟', '«', '»', '٪', '٬', '٫')
        .withCharRange('\u0660', '\u0669')
        .withCharRange('\u06F0', '\u06F9')
        .withCharRange('a', 'z')
        .withCharRange('0', '9')
        .withChars(' ', '.', ',', '\n', '\u200B', '\u200E', '\u200F', '\u202B', '\u2067', '\uFEFF', '\u061C')
        .withCharRange('\uFEF5', '\uFEFC')
        .withCharRange('\uFE80', '\uFE90')
        .withChars('\uFDF2', '\uFDFA')
        .ofMaxLength(60);
  }

  @Property(tries = 500)
  void offsetsMonotoneAndInBounds(@ForAll("mixedText") String text) {
    NormalizedText nt = normalizer.normalize(text);
    int previous = 0;
    for (int i = 0; i <= nt.text().length(); i++) {
      int o = nt.map().toOriginal(i);
      assertThat(o).isBetween(0, text.length()).isGreaterThanOrEqualTo(previous);
      previous = o;
    }
    assertThat(nt.map().toOriginal(nt.text().length())).isEqualTo(text.length());
  }

  @Property(tries = 300)
  void neverThrowsOnAnyUnicode(@ForAll String text) {
    NormalizedText nt = normalizer.normalize(text);
    assertThat(nt.map().toOriginal(nt.text().length())).isEqualTo(text.length());
  }

  /** Every token's range maps back to a piece of the original that normalises to the token's normalised form. */
  @Property(tries = 300)
  void tokensMapBackToTheirNormalisedForm(@ForAll("mixedText") String text) {
    NormalizedText nt = normalizer.normalize(text);
    for (Token t : ArabicTokenizer.tokenize(nt.text())) {
      Span back = nt.toOriginal(t.start(), t.end());
      assertThat(back.end()).isLessThanOrEqualTo(text.length());
      assertThat(normalizer.normalizeToString(back.of(text))).as("token %s", t).isEqualTo(t.text(nt.text()));
    }
  }

  /** Normalising twice changes nothing. */
  @Property(tries = 300)
  void idempotent(@ForAll("mixedText") String text) {
    String once = normalizer.normalizeToString(text);
    assertThat(normalizer.normalizeToString(once)).isEqualTo(once);
  }
}
