package org.marsad.stages.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every word list of the clean stage loads, folded, with every kind present (Lucene's testResourcesAvailable). */
class LexiconResourcesTest {
  @Test
  void allResourcesLoad() {
    FurnitureLexicon lex = FurnitureLexicon.DEFAULT;
    assertThat(lex.wholeLines).isNotEmpty();
    assertThat(lex.lineStarts).isNotEmpty();
    assertThat(lex.shortLinks).isNotEmpty();
    assertThat(lex.relatedHeaders).isNotEmpty();
    assertThat(lex.prefixes).isNotEmpty();
    assertThat(lex.tails).isNotEmpty();
    assertThat(lex.mastheads).isNotEmpty();
    assertThat(lex.updatedLabels).isNotEmpty();
    assertThat(lex.publishedLabels).isNotEmpty();
    assertThat(lex.sectionWords).isNotEmpty();
    assertThat(lex.fillers).isNotEmpty();
    assertThat(lex.social).contains("whatsapp", "linkedin", "تويتر");
    assertThat(lex.cities).contains("الرياض", "جده");
    assertThat(GregorianMonths.size()).isGreaterThanOrEqualTo(48);
    assertThat(PublicationDates.weekday("الاثنين")).isEqualTo(1);
  }

  @Test
  void entriesAreFoldedWhenLoaded() {
    // written with hamza and teh marbuta in the file, found by their folded form
    assertThat(FurnitureLexicon.DEFAULT.outletOf(TextFold.fold("وكالة الأنباء الكويتية"))).isEqualTo("Kuwait News Agency (KUNA)");
    assertThat(FurnitureLexicon.DEFAULT.relatedHeaders).contains(TextFold.fold("مقالات ذات صلة"));
    assertThat(FurnitureLexicon.DEFAULT.outletOf("www.khaleej.online")).isEqualTo("Al-Khaleej Online");
  }
}
