package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Brief;
import org.marsad.model.EntityType;
import org.marsad.model.Event;

class PagesBriefTest {
  private static Event event(Brief brief) {
    return new Event("e-1", List.of("a"), "افتتاح جسر", "2024-03-02", "حلب", List.of("سلمى العبد", "بلدية حلب"),
        "افتتاح جسر", List.of(), List.of(), brief);
  }

  @Test
  void namesCarryTheRoleTheBriefGives() {
    Brief b = new Brief("e-1", List.of(
        new Brief.Actor("سلمى العبد", EntityType.PER, "وزيرة النقل", List.of("a")),
        new Brief.Actor("بلدية حلب", EntityType.ORG, null, List.of("a"))),
        "افتتاح جسر", "2024-03-02", "حلب", null, null, List.of(), List.of());
    assertThat(Pages.whoWithRoles(event(b))).isEqualTo("سلمى العبد (وزيرة النقل)، بلدية حلب");
  }

  @Test
  void withoutABriefTheNamesStandAlone() {
    assertThat(Pages.whoWithRoles(event(null))).isEqualTo("سلمى العبد، بلدية حلب");
  }
}
