package org.marsad.stages.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.EntityType;

class EventPlaceTest {
  @Test
  void thePlaceOfTheLeadBeatsBackgroundPlaces() {
    Article a = BriefFixtures.article("a", "عقد المؤتمر في تونس بحضور وفود عربية.", "وكان المؤتمر السابق في القاهرة، وقبله في القاهرة أيضا.");
    a = BriefFixtures.withEntity(a, EntityType.LOC, "تونس", "Tunisia", null);
    a = BriefFixtures.withEntity(a, EntityType.LOC, "القاهرة", "Cairo", null);
    assertThat(EventPlace.of(List.of(a))).isEqualTo("Tunisia");
  }

  @Test
  void theFirstSentenceOfTheLeadWeighsMore() {
    Article a = BriefFixtures.article("a", "افتتح السوق في صفاقس. وحضر تجار من سوسة.");
    a = BriefFixtures.withEntity(a, EntityType.LOC, "صفاقس", "Sfax", null);
    a = BriefFixtures.withEntity(a, EntityType.LOC, "سوسة", "Sousse", null);
    Article b = BriefFixtures.article("b", "قال تجار من سوسة إن السوق واعد.");
    b = BriefFixtures.withEntity(b, EntityType.LOC, "سوسة", "Sousse", null);
    // Sfax: 2 (first sentence of a); Sousse: 1 (a, later sentence) + 2 (b, first sentence) = 3
    assertThat(EventPlace.of(List.of(a, b))).isEqualTo("Sousse");
    assertThat(EventPlace.of(List.of(a))).isEqualTo("Sfax");
  }

  @Test
  void withoutAPlaceInAnyLeadThePlaceNamedMostAnywhereIsTaken() {
    Article a = BriefFixtures.article("a", "بدأ الموسم الزراعي.", "وتتركز الزراعة في الجنوب قرب قابس.");
    a = BriefFixtures.withEntity(a, EntityType.LOC, "قابس", "Gabes", null);
    assertThat(EventPlace.of(List.of(a))).isEqualTo("Gabes");
  }

  @Test
  void noPlaceIsNull() {
    assertThat(EventPlace.of(List.of(BriefFixtures.article("a", "خبر بلا مكان.")))).isNull();
  }
}
