package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

/** A country after an office whose name starts with ل (ليبيا، لبنان) is not read as ل + a word. */
class RolesCountryStartingWithLamTest {
  private static String roleBeforeWord(String text, String word) {
    ParagraphTokens p = new ParagraphTokens(text, new Span(0, text.length()));
    for (int i = 0; i < p.size(); i++) if (p.original(i).equals(word)) return Roles.roleBefore(p, i);
    throw new AssertionError(word);
  }

  @Test
  void countryStartingWithLamEndsAnOffice() {
    assertThat(roleBeforeWord("التقى وزيرة خارجية ليبيا سلمى حداد، وبحث", "سلمى")).isEqualTo("Libya foreign minister");
    assertThat(roleBeforeWord("واستقبل وزير خارجية لبنان سامي حداد أمس", "سامي")).isEqualTo("Lebanon foreign minister");
  }

  @Test
  void aPrepositionBeforeACountryIsStillStripped() {
    assertThat(roleBeforeWord("التقى وزيرة خارجية مصر سلمى حداد، وبحث", "سلمى")).isEqualTo("Egypt foreign minister");
  }
}
