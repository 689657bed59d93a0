package org.marsad.stages.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

class HappeningDateTest {
  @Test
  void theLeadDatesTheHappeningNotThePublication() {
    Article a = BriefFixtures.dated("a", "2024-05-07T09:00", "افتتح المعرض أبوابه يوم الأحد بحضور الوزير.", "وتستمر الفعاليات أسبوعا.");
    a = BriefFixtures.withDate(a, "يوم الأحد", "2024-05-05");
    assertThat(HappeningDate.vote(a)).isEqualTo("2024-05-05");
  }

  @Test
  void withoutADateInTheLeadThePublicationDayVotes() {
    Article a = BriefFixtures.dated("a", "2024-05-07T09:00", "افتتح المعرض أبوابه بحضور الوزير.", "وكان قد أغلق عام 2019.");
    a = BriefFixtures.withDate(a, "عام 2019", "2019");
    assertThat(HappeningDate.vote(a)).isEqualTo("2024-05-07");
  }

  @Test
  void aLeadDateFarFromThePublicationIsBackgroundNotTheHappening() {
    Article a = BriefFixtures.dated("a", "2024-05-07", "يحيي السكان ذكرى زلزال 12 مارس 2011 بوقفة صامتة.");
    a = BriefFixtures.withDate(a, "12 مارس 2011", "2011-03-12");
    assertThat(HappeningDate.vote(a)).isEqualTo("2024-05-07");
  }

  @Test
  void anInferredDateStandsInForAMissingPublication() {
    Article a = BriefFixtures.dated("a", null, "افتتح المعرض أبوابه بحضور الوزير.");
    a = a.withMeta(a.meta().withPublishedInferred("2024-05-06"));
    assertThat(HappeningDate.vote(a)).isEqualTo("2024-05-06");
  }

  @Test
  void theMostVotedDayWinsAndTiesGoToTheEarlier() {
    Article sunday = BriefFixtures.withDate(BriefFixtures.dated("a", "2024-05-06", "وقع الانفجار الأحد في الميناء."), "الأحد", "2024-05-05");
    Article monday1 = BriefFixtures.dated("b", "2024-05-06", "وقع انفجار في الميناء.");
    Article monday2 = BriefFixtures.dated("c", "2024-05-06", "انفجار يهز الميناء.");
    assertThat(HappeningDate.of(List.of(sunday, monday1, monday2))).isEqualTo("2024-05-06");
    assertThat(HappeningDate.of(List.of(sunday, monday1))).isEqualTo("2024-05-05");
  }

  @Test
  void noDateAnywhereIsNull() {
    assertThat(HappeningDate.of(List.of(BriefFixtures.dated("a", null, "خبر بلا تاريخ.")))).isNull();
  }
}
