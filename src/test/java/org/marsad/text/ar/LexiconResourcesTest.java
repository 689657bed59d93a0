package org.marsad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every word list of the package loads, is non-empty, and its entries are already in normalised form after load. */
class LexiconResourcesTest {
  @Test
  void everyResourceLoads() {
    for (String res : Lexicons.RESOURCES) {
      var rows = Lexicons.rows(res);
      assertThat(rows).as(res).isNotEmpty();
      for (String[] row : rows) {
        assertThat(row[0]).as(res).isNotBlank();
        assertThat(Normalizer.standard().normalizeToString(row[0])).isEqualTo(row[0]);
      }
    }
  }

  @Test
  void standardInstancesBuild() {
    assertThat(CliticSegmenter.standard().isKnown("فرنسا")).isTrue();
    assertThat(ArabicNumbers.standard().valueOf("ثلاثة")).isEqualTo(3);
    assertThat(CalendarLexicon.standard().entries()).hasSizeGreaterThan(80);
    assertThat(SpellingKey.of("ترامب")).isEqualTo(SpellingKey.of("ترمب"));
  }
}
