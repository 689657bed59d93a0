package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryWordsTest {
  @Test
  void aCountryNameAndItsDemonymNameTheSameCountry() {
    assertThat(CountryWords.countriesIn("رئيس وزراء الأردن")).containsExactly("Jordan");
    assertThat(CountryWords.countriesIn("رئيس الوزراء الأردني")).containsExactly("Jordan");
  }

  @Test
  void namesOfSeveralWordsAndLeadingCliticsAreRead() {
    assertThat(CountryWords.countriesIn("وزيرة خارجية المملكة المتحدة")).hasSize(1);
    assertThat(CountryWords.countriesIn("سفير لبنان وبالأردن")).containsExactly("Lebanon", "Jordan");
  }

  @Test
  void noCountryNoneFound() {
    assertThat(CountryWords.countriesIn("مدير الدفاع المدني")).isEmpty();
    assertThat(CountryWords.countriesIn("")).isEmpty();
    assertThat(CountryWords.countriesIn(null)).isEmpty();
  }

  @Test
  void aCountryNameIsToldFromAFamilyName() {
    assertThat(CountryWords.isCountryName("كوسوفو")).isTrue();
    assertThat(CountryWords.isCountryName("العراق")).isTrue();
    assertThat(CountryWords.isCountryName("محمد المصري")).isFalse();
    assertThat(CountryWords.isCountryName("المصري")).isFalse();
  }
}
