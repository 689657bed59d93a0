package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;

class EventConflictsTest {
  private static Article members(String id, String outlet, int n) {
    return StoryTestArticles.of(id, "ويضم التحالف " + n + " دولة.").outlet(outlet).published("2022-03-01")
        .count(n + " دولة", n, "دولة (التحالف)").build();
  }

  private static Event event(String id, List<String> articleIds, List<Event.Conflict> conflicts) {
    return new Event(id, articleIds, id, "2022-03-01", null, List.of(), id, List.of(), conflicts);
  }

  @Test
  void conflictsAreComputedHereAndReplaceWhatTheGrouperSet() {
    Article a = members("a", "الأولى", 30), b = members("b", "الثانية", 32);
    Event.Conflict stale = new Event.Conflict("قديم", List.of(new Event.Claim("1", List.of("a"), "1")));
    List<Event> out = EventConflicts.withConflicts(List.of(event("e", List.of("a", "b"), List.of(stale))), Map.of("a", a, "b", b));
    assertThat(out).singleElement().satisfies(e -> assertThat(e.conflicts()).extracting(Event.Conflict::about)
        .containsExactly("أعضاء (التحالف)"));
  }

  @Test
  void anEventOfOneReadableArticleHasNoConflict() {
    Article a = members("a", "الأولى", 30);
    List<Event> out = EventConflicts.withConflicts(List.of(event("e", List.of("a", "gone"), List.of())), Map.of("a", a));
    assertThat(out.get(0).conflicts()).isEmpty();
  }

  /** A record whose spans point past its text (a broken input) is read around, never crashes the batch. */
  @Test
  void spansPastTheTextAreSkipped() {
    Article good = members("a", "الأولى", 30);
    String text = "نص قصير.";
    Article broken = Article.ingested("b", "b", org.marsad.model.SourceFormat.TEXT, "UTF-8", text, org.marsad.model.Metadata.EMPTY)
        .withQuantities(List.of(new org.marsad.model.Quantity(new org.marsad.model.Span(50, 60), "32 دولة", 32, null, "دولة (التحالف)")))
        .withDates(List.of(new org.marsad.model.DateMention(new org.marsad.model.Span(70, 80), "2001", "2001", 0)))
        .withEntities(List.of(new org.marsad.model.Entity(org.marsad.model.EntityType.PER, new org.marsad.model.Span(90, 99), "س", "س", "Oman president")));
    Event e = event("e", List.of("a", "b"), List.of());
    assertThat(EventConflicts.withConflicts(List.of(e), Map.of("a", good, "b", broken)).get(0).conflicts()).isEmpty();
    assertThat(StoryTimeline.of(List.of(e), Map.of("a", good, "b", broken))).hasSize(1);
  }
}
