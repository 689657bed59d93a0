package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Quantity;
import org.marsad.model.Span;
import org.marsad.model.Story;

class BaselineStoryGrouperTest {

  static Map<String, Article> byId(List<Article> articles) {
    Map<String, Article> m = new HashMap<>();
    for (Article a : articles) m.put(a.id(), a);
    return m;
  }

  static Map<String, String> storyOfEvent(List<Story> stories) {
    Map<String, String> m = new HashMap<>();
    for (Story s : stories) for (String e : s.eventIds()) assertThat(m.put(e, s.id())).as("event %s in two stories", e).isNull();
    return m;
  }

  @Test
  void continuingSummitJoinsItsFirstRoundOtherEventsStayApart() {
    List<Article> articles = BaselineEventGrouperTest.samples();
    List<Event> events = new BaselineEventGrouper().group(articles);
    assertThat(events).hasSize(4);
    Map<String, String> eventOfArticle = BaselineEventGrouperTest.eventOf(events);
    String water1 = eventOfArticle.get("01_ufuq_water_summit.txt");
    String water2 = eventOfArticle.get("07_sada_water_round2.txt");
    String train = eventOfArticle.get("03_raed_train.txt");
    String rate = eventOfArticle.get("06_ufuq_bank.txt");
    assertThat(water1).isNotEqualTo(water2);

    List<Story> stories = new BaselineStoryGrouper().group(events, byId(articles));
    Map<String, String> story = storyOfEvent(stories);
    assertThat(story.keySet()).containsExactlyInAnyOrderElementsOf(events.stream().map(Event::id).toList());
    assertThat(story.get(water1)).isEqualTo(story.get(water2));
    assertThat(story.get(train)).isNotEqualTo(story.get(water1)).isNotEqualTo(story.get(rate));
    assertThat(story.get(rate)).isNotEqualTo(story.get(water1));
    assertThat(stories).hasSize(3);
  }

  @Test
  void timelineHasOneEntryPerEventInDateOrder() {
    List<Article> articles = BaselineEventGrouperTest.samples();
    List<Event> events = new BaselineEventGrouper().group(articles);
    Story water = new BaselineStoryGrouper().group(events, byId(articles)).stream()
        .filter(s -> s.eventIds().size() == 2).findFirst().orElseThrow();
    assertThat(water.timeline()).extracting(Story.TimelineEntry::when).containsExactly("2023-03-12", "2023-06-18");
    assertThat(water.timeline().get(0).sourceArticleId()).isEqualTo("01_ufuq_water_summit.txt");
    assertThat(water.id()).matches("s-[0-9a-f]{12}");
    assertThat(water.trends()).isEmpty(); // no quantities extracted yet
  }

  @Test
  void aChangingMeasureAcrossEventsIsATrend() {
    List<Article> articles = BaselineEventGrouperTest.samples().stream().map(a -> switch (a.id()) {
      case "01_ufuq_water_summit.txt", "02_sada_water_summit.html" -> signatories(a, 12);
      case "07_sada_water_round2.txt", "08_raed_feed.xml#alraed-2023-06-18-5521" -> signatories(a, 15);
      default -> a;
    }).toList();
    List<Event> events = new BaselineEventGrouper().group(articles);
    assertThat(events).allSatisfy(e -> assertThat(e.conflicts()).isEmpty());
    Story water = new BaselineStoryGrouper().group(events, byId(articles)).stream()
        .filter(s -> s.eventIds().size() == 2).findFirst().orElseThrow();
    assertThat(water.trends()).singleElement().satisfies(t -> {
      assertThat(t.about()).isEqualTo("دولة (المعاهدة)");
      assertThat(t.points()).extracting(Story.TrendPoint::value).containsExactly(12.0, 15.0);
      assertThat(t.points()).extracting(Story.TrendPoint::when).containsExactly("2023-03-12", "2023-06-18");
    });
  }

  /** The count of signatory states where the article gives it ("12 دولة"), as the quantities stage would. */
  private static Article signatories(Article a, int n) {
    String words = n + " دولة";
    int at = a.text().indexOf(words);
    assertThat(at).as("%s gives %s", a.id(), words).isNotNegative();
    return a.withQuantities(List.of(new Quantity(new Span(at, at + words.length()), words, n, null, "دولة (المعاهدة)")));
  }

  @Test
  void seedEventsFormOneStory() {
    Path seeds = SeedArticles.seedsDir();
    assumeTrue(Files.isRegularFile(seeds.resolve("gold.json")), "seeds absent");
    List<Article> articles = SeedArticles.read(seeds);
    List<Event> events = new BaselineEventGrouper().group(articles);
    assertThat(events.size()).isGreaterThanOrEqualTo(3);
    List<Story> stories = new BaselineStoryGrouper().group(events, byId(articles));
    assertThat(stories).singleElement().satisfies(s -> assertThat(s.eventIds()).hasSize(events.size()));
  }

  @Test
  void noEventsNoStories() {
    assertThat(new BaselineStoryGrouper().group(List.of(), Map.of())).isEmpty();
  }
}
