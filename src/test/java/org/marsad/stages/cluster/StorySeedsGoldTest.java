package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.model.Digest;
import org.marsad.model.Event;
import org.marsad.model.Story;

/** Issue 10's story, trend and conflict "done when" on the five seeds, against gold.json read at run time. */
class StorySeedsGoldTest {
  private static JsonNode gold;
  private static Digest digest;

  @BeforeAll
  static void digestSeeds() throws Exception {
    Path seeds = SeedArticles.seedsDir();
    assumeTrue(Files.isRegularFile(seeds.resolve("gold.json")), "seeds absent");
    gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
    digest = Marsad.digest(new DigestRequest(List.of(seeds), null, null), Progress.NONE);
  }

  private static Story theStory() {
    assertThat(digest.stories()).hasSize(1);
    return digest.stories().get(0);
  }

  @Test
  void timelineHoldsEveryGoldPastHappeningWithItsSource() {
    List<Story.TimelineEntry> timeline = theStory().timeline();
    for (JsonNode m : gold.path("story").path("timeline_mentions")) {
      String when = m.get("when").asText(), source = m.get("source").asText();
      assertThat(timeline).as("timeline entry %s from %s", when, source)
          .anySatisfy(e -> {
            assertThat(e.when()).isEqualTo(when);
            assertThat(e.sourceArticleId()).isEqualTo(source);
            assertThat(e.what()).isNotBlank();
          });
    }
  }

  @Test
  void timelineIsInDateOrderAndNotFlooded() {
    List<Story.TimelineEntry> timeline = theStory().timeline();
    List<String> dated = timeline.stream().map(Story.TimelineEntry::when).filter(w -> w != null).map(w -> w.length() > 4 && w.charAt(4) == '/' ? w.substring(0, 4) : w).toList();
    assertThat(dated).isSorted();
    long past = timeline.size() - theStory().eventIds().size();
    assertThat(past).isBetween((long) gold.path("story").path("timeline_mentions").size(), (long) StoryTimeline.MAX_PAST_ENTRIES);
    assertThat(timeline).allSatisfy(e -> assertThat(e.what().split("\\s+").length).isLessThanOrEqualTo(StoryTimeline.MAX_WHAT_WORDS + 2));
  }

  /**
   * Gold's membership series is the story's one trend, values and articles as gold gives them; each dated point is in
   * gold's month. The Kuwait article gives no date at all (gold: "date unresolved" is acceptable), so its point may
   * stay undated, but it must come first.
   */
  @Test
  void membershipSeriesIsTheTrend() {
    JsonNode series = null;
    for (JsonNode c : gold.get("conflicts")) if (c.get("about").asText().contains("trend")) series = c;
    assertThat(series).isNotNull();
    Story story = theStory();
    assertThat(story.trends()).as("trends %s", story.trends()).hasSize(1);
    Story.Trend trend = story.trends().get(0);
    assertThat(trend.points()).hasSize(series.get("claims").size());
    for (int i = 0; i < trend.points().size(); i++) {
      JsonNode claim = series.get("claims").get(i);
      Story.TrendPoint p = trend.points().get(i);
      assertThat(p.value()).isEqualTo(claim.get("value").asDouble());
      List<String> articles = new ArrayList<>();
      claim.get("articles").forEach(a -> articles.add(a.asText()));
      assertThat(p.articleIds()).containsExactlyInAnyOrderElementsOf(articles);
      if (p.when() != null) assertThat(p.when()).startsWith(claim.get("when").asText());
    }
    assertThat(trend.points().stream().filter(p -> p.when() == null).count()).isLessThanOrEqualTo(1);
  }

  /** Both gold conflicts, with exactly gold's articles on each side, and nothing else in that event. */
  @Test
  void goldConflictsHaveExactlyTheirClaims() {
    Event rome = digest.events().stream().filter(e -> e.articleIds().size() == 3).findFirst().orElseThrow();
    int matched = 0;
    for (JsonNode g : gold.get("conflicts")) {
      if (g.get("about").asText().contains("trend")) continue;
      Map<String, List<String>> want = new TreeMap<>();
      for (JsonNode c : g.get("claims")) {
        String v = c.get("value").asText();
        String value = v.matches(".*\\d{4}-\\d{2}-\\d{2}") ? v.substring(v.length() - 10) : v;
        List<String> ids = new ArrayList<>();
        c.get("articles").forEach(a -> ids.add(a.asText()));
        want.put(value, ids.stream().sorted().toList());
      }
      boolean found = rome.conflicts().stream().anyMatch(c -> {
        Map<String, List<String>> got = new TreeMap<>();
        for (Event.Claim cl : c.claims()) got.put(cl.value(), cl.articleIds());
        return got.equals(want);
      });
      assertThat(found).as("gold conflict %s in %s", want, rome.conflicts()).isTrue();
      matched++;
    }
    assertThat(rome.conflicts()).hasSize(matched);
    assertThat(digest.events()).filteredOn(e -> e != rome).allSatisfy(e -> assertThat(e.conflicts()).isEmpty());
  }
}
