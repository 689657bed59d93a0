package org.marsad.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RandomTextTest {
  private static final RandomText.CharSource AB = RandomText.mix().range('a', 'b').chars("\u0640");

  @Test
  void aFailingTryNamesItsIndexReplaySeedAndInput() {
    AtomicReference<String> failed = new AtomicReference<>();
    assertThatThrownBy(() -> RandomText.forAll("noTatweel", 7L, 1000, r -> RandomText.string(r, AB, 0, 10),
        RandomText::literal, s -> {
          failed.set(s);
          assertThat(s).doesNotContain("\u0640");
        }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("noTatweel failed on try ")
        .hasMessageContaining("(seed 7, replay with new Random(")
        .satisfies(e -> {
          String msg = e.getMessage();
          assertThat(msg).contains("input: " + RandomText.literal(failed.get()));
          int k = Integer.parseInt(msg.substring(msg.indexOf("try ") + 4, msg.indexOf(" of ")));
          long trySeed = RandomText.trySeed(7L, k);
          assertThat(msg).contains("new Random(" + trySeed + "L)");
          assertThat(RandomText.string(new Random(trySeed), AB, 0, 10)).isEqualTo(failed.get());
        });
  }

  @Test
  void stringsKeepToTheirLengthsAndChars() {
    RandomText.forAll("bounds", 8L, 500, r -> RandomText.string(r, AB, 2, 9), RandomText::literal,
        s -> assertThat(s).hasSizeBetween(2, 9).matches("[ab\u0640]*"));
    RandomText.forAll("unicode", 9L, 200, r -> RandomText.string(r, RandomText.UNICODE, 0, 255), RandomText::literal,
        s -> assertThat(s.chars()).noneMatch(c -> (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFDD0 && c <= 0xFDEF) || c >= 0xFFFE));
  }

  @Test
  void literalEscapesEverythingButPrintableAscii() {
    assertThat(RandomText.literal("a\"\\\u0628\n\uD800")).isEqualTo("\"a\\\"\\\\\\u0628\\u000A\\uD800\"");
    assertThat(RandomText.literal(null)).isEqualTo("null");
  }
}
