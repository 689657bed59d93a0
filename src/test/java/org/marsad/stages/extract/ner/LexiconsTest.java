package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LexiconsTest {
  private final Lexicons lex = Lexicons.get();

  private int[] mark(String... words) {
    String[] norm = Arrays.stream(words).map(ArabicForms::normalize).toArray(String[]::new);
    String[][] forms = Arrays.stream(norm).map(ArabicForms::lookupForms).toArray(String[][]::new);
    return lex.mark(forms, norm);
  }

  private static final int LOC = NerTags.TYPES.indexOf("LOC");
  private static final int ORG = NerTags.TYPES.indexOf("ORG");
  private static final int PER = NerTags.TYPES.indexOf("PER");

  @Test
  void allResourcesLoad() {
    assertThat(lex.phraseCount()).isGreaterThan(400);
    assertThat(lex.triggerCount()).isGreaterThan(100);
  }

  @Test
  void countryNamesComeFromTheJdk() {
    // مصر is not in the hand-typed city list: it can only come from CLDR
    assertThat(mark("زار", "مصر")).containsExactly(0, 1 + 2 * LOC);
  }

  @Test
  void longestPhraseWinsAndFirstWordMayCarryClitics() {
    assertThat(mark("دعا", "بالأمم", "المتحدة", "امس")).containsExactly(0, 1 + 2 * ORG, 2 + 2 * ORG, 0);
  }

  @Test
  void hamzaSpellingsMatchTheirBareForm() {
    assertThat(mark("اسطنبول")).containsExactly(1 + 2 * LOC);
  }

  @Test
  void givenNamesArePersonEvidence() {
    assertThat(mark("قال", "يوسف")).containsExactly(0, 1 + 2 * PER);
  }

  @Test
  void triggersMatchThroughProclitics() {
    assertThat(lex.trigger(ArabicForms.lookupForms(ArabicForms.normalize("والرئيس")))).isEqualTo(PER);
    assertThat(lex.trigger(ArabicForms.lookupForms(ArabicForms.normalize("بمدينة")))).isEqualTo(LOC);
    assertThat(lex.trigger(ArabicForms.lookupForms("كتاب"))).isEqualTo(Lexicons.NONE);
  }

  @Test
  void icuExemplarCitiesAreMarkedApartFromLoc() {
    // ريكيافيك is in no hand-typed list: it can only come from ICU's time-zone exemplar cities
    int start = 1 + 2 * Lexicons.ICU_CITY;
    assertThat(mark("وصل", "إلى", "ريكيافيك")).containsExactly(0, 0, start);
    assertThat(mark("في", "كوالا", "لامبور")).containsExactly(0, start, start + 1);
  }

  @Test
  void continentNamesComeFromIcuRegions() {
    assertThat(mark("جنوب", "شرق", "آسيا")).containsExactly(1 + 2 * LOC, 2 + 2 * LOC, 2 + 2 * LOC);
  }

  @Test
  void demonymsAreDerivedFromCountryNames() {
    assertThat(demonym("الفنلندي")).isEqualTo(Lexicons.DEMONYM);
    assertThat(demonym("والكينية")).isEqualTo(Lexicons.DEMONYM_FEMININE);
    assertThat(demonym("للمصريين")).isEqualTo(Lexicons.DEMONYM_PLURAL);
    assertThat(demonym("الإيطاليون")).isEqualTo(Lexicons.DEMONYM_PLURAL);
  }

  @Test
  void countryNamesAndOrdinaryAdjectivesAreNoDemonyms() {
    assertThat(demonym("فنلندا")).isEqualTo(Lexicons.NOT_DEMONYM);
    assertThat(demonym("الرسمي")).isEqualTo(Lexicons.NOT_DEMONYM);
    assertThat(demonym("الدولية")).isEqualTo(Lexicons.NOT_DEMONYM);
  }

  private int demonym(String word) {
    return lex.demonym(ArabicForms.lookupForms(ArabicForms.normalize(word)));
  }
}
