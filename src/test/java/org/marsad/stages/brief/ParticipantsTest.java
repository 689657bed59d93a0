package org.marsad.stages.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Brief;
import org.marsad.model.EntityType;

class ParticipantsTest {
  private static Article a(String id, String text) {
    return BriefFixtures.article(id, text);
  }

  @Test
  void personsComeFirstThenOrganisationsEachByHowManyArticlesNameThem() {
    Article x = a("x", "التقى سالم الحربي بممثل الصليب الأحمر ثم زار منى العلي.");
    x = BriefFixtures.withEntity(x, EntityType.PER, "سالم الحربي", "سالم الحربي", null);
    x = BriefFixtures.withEntity(x, EntityType.ORG, "الصليب الأحمر", "Red Cross", null);
    x = BriefFixtures.withEntity(x, EntityType.PER, "منى العلي", "منى العلي", null);
    Article y = a("y", "قالت منى العلي إن الزيارة ناجحة.");
    y = BriefFixtures.withEntity(y, EntityType.PER, "منى العلي", "منى العلي", null);
    List<Brief.Actor> who = Participants.of(List.of(x, y));
    assertThat(who).extracting(Brief.Actor::name).containsExactly("منى العلي", "سالم الحربي", "Red Cross");
    assertThat(who.get(0).articleIds()).containsExactly("x", "y");
  }

  @Test
  void mentionsAreCountedUnderTheirCanonicalName() {
    Article x = a("x", "وصل الوزير سالم الحربي. وقال الحربي إن المحادثات بدأت.");
    x = BriefFixtures.withEntity(x, EntityType.PER, "سالم الحربي", "سالم الحربي", null);
    x = BriefFixtures.withEntity(x, EntityType.PER, "الحربي", "سالم الحربي", null);
    assertThat(Participants.of(List.of(x))).singleElement().extracting(Brief.Actor::name).isEqualTo("سالم الحربي");
  }

  @Test
  void anOfficeBeatsARankAsRole() {
    Article x = a("x", "استقبل الشيخ سالم وزير الخارجية سالم الوفد.");
    x = BriefFixtures.withEntity(x, EntityType.PER, "الشيخ سالم", "سالم", "sheikh");
    x = BriefFixtures.withEntity(x, EntityType.PER, "الخارجية سالم", "سالم", "foreign minister");
    Article y = a("y", "قال الشيخ سالم إن اللقاء مثمر.");
    y = BriefFixtures.withEntity(y, EntityType.PER, "الشيخ سالم", "سالم", "sheikh");
    assertThat(Participants.of(List.of(x, y))).singleElement().extracting(Brief.Actor::role).isEqualTo("foreign minister");
  }

  @Test
  void noRoleWordsMeansNoRole() {
    Article x = BriefFixtures.withEntity(a("x", "تحدث سالم الحربي للصحفيين."), EntityType.PER, "سالم الحربي", null, "-");
    assertThat(Participants.of(List.of(x))).singleElement().satisfies(p -> {
      assertThat(p.role()).isNull();
      assertThat(p.name()).isEqualTo("سالم الحربي");
    });
  }

  @Test
  void placesAreNotParticipants() {
    Article x = BriefFixtures.withEntity(a("x", "وصل الوفد إلى عمان."), EntityType.LOC, "عمان", "Amman", null);
    assertThat(Participants.of(List.of(x))).isEmpty();
  }
}
