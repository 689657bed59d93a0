package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Story;

/** A snapshot answers for the ids of events merged into others. */
class SnapshotAliasTest {
  static final Article A = PagesTest.article("a", "منفذ أ", "نص الخبر الأول عن السد.");
  static final Article B = PagesTest.article("b", "منفذ ب", "نص الخبر الثاني عن السد.");
  static final Event MERGED = new Event("e-new", List.of("a", "b"), "حدث", "2023-04-02", null, List.of(), "حدث", List.of(), List.of());
  /** Grouped before the merge: it still lists the old id beside the surviving one. */
  static final Story STORY = new Story("s-1", "قصة", List.of("e-old", "e-new"), List.of(), List.of());

  static Corpus.Snapshot snapshot() {
    return new Corpus.Snapshot(Map.of("a", A, "b", B), List.of(MERGED), Map.of(MERGED.id(), MERGED),
        Map.of("s-1", STORY), Map.of("e-old", STORY, "e-new", STORY), Map.of("e-old", "e-new"),
        new Corpus.AskIndexOnce(List.of(A, B)));
  }

  @Test
  void anOldIdFindsTheEventItWasMergedInto() {
    assertThat(snapshot().event("e-old")).isSameAs(MERGED);
    assertThat(snapshot().event("e-new")).isSameAs(MERGED);
    assertThat(snapshot().event("e-other")).isNull();
  }

  @Test
  void aStoryGroupedBeforeTheMergeListsTheMergedEventOnce() {
    assertThat(ApiViews.story(snapshot(), STORY).events()).extracting(ApiViews.EventSummary::id).containsExactly("e-new");
  }
}
