package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;

/** Grouping passes hostile text through untouched (escaping is the UI's job) and does not trip over it. */
class HostileInputTest {
  @Test
  void hostileArticleGroupsAndKeepsItsTextVerbatim() throws Exception {
    String text;
    try (var in = getClass().getResourceAsStream("/org/marsad/samples/hostile.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(text).contains("<script>alert(1)</script>", "javascript:", "\u202e");
    Article a = Article.ingested("hostile.txt", "hostile.txt", SourceFormat.TEXT, "UTF-8", text,
        Metadata.EMPTY.withTitle("<script>alert(1)</script> \u202eعنوان").withPublished("2023-03-20T09:00"));
    List<Event> events = new BaselineEventGrouper().group(List.of(a));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.title()).isEqualTo(a.meta().title());
      assertThat(e.summary()).singleElement().satisfies(s -> assertThat(text).contains(s.sentence()));
    });
  }
}
