package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Story;

class StoryTrendsTest {
  private final Map<String, Article> byId = new HashMap<>();

  private Article members(String id, String outlet, int n) {
    Article a = StoryTestArticles.of(id, "ويضم التحالف حاليا " + n + " دولة.").outlet(outlet)
        .count(n + " دولة", n, "دولة (التحالف)").build();
    byId.put(a.id(), a);
    return a;
  }

  private Article people(String id, int n) {
    Article a = StoryTestArticles.of(id, "ووصل " + n + " شخصا إلى المكان.").count(n + " شخصا", n, "شخص").build();
    byId.put(a.id(), a);
    return a;
  }

  private static Event event(String id, String when, Article... articles) {
    List<String> ids = new ArrayList<>();
    for (Article a : articles) ids.add(a.id());
    return new Event(id, ids, id, when, null, List.of(), id, List.of(), List.of());
  }

  @Test
  void aMeasureChangingAcrossEventsIsATrendWithOnePointPerEventByConsensus() {
    List<Event> events = List.of(
        event("e1", "2019-02-01", members("a", "الأولى", 60)),
        event("e2", "2020-03-01", members("b", "الأولى", 70), members("c", "الثانية", 71), members("d", "الثالثة", 71)),
        event("e3", "2021-04-01", members("e", "الأولى", 75)));
    assertThat(StoryTrends.of(events, byId)).singleElement().satisfies(t -> {
      assertThat(t.about()).isEqualTo("أعضاء (التحالف)");
      assertThat(t.points()).extracting(Story.TrendPoint::value).containsExactly(60.0, 71.0, 75.0);
      assertThat(t.points()).extracting(Story.TrendPoint::when).containsExactly("2019-02-01", "2020-03-01", "2021-04-01");
      assertThat(t.points().get(1).articleIds()).containsExactly("c", "d");
    });
  }

  @Test
  void anEventWhoseArticlesTieGivesNoPoint() {
    List<Event> events = List.of(
        event("e1", "2019-02-01", members("a", "الأولى", 60)),
        event("e2", "2020-03-01", members("b", "الأولى", 70), members("c", "الثانية", 72)),
        event("e3", "2021-04-01", members("e", "الأولى", 75)));
    assertThat(StoryTrends.of(events, byId)).singleElement()
        .satisfies(t -> assertThat(t.points()).extracting(Story.TrendPoint::value).containsExactly(60.0, 75.0));
  }

  @Test
  void aPointFarFromTheOthersIsAnotherMeasureAndIsDropped() {
    List<Event> events = List.of(
        event("e1", "2019-02-01", members("a", "الأولى", 60)),
        event("e2", "2020-03-01", members("b", "الأولى", 7)),
        event("e3", "2021-04-01", members("e", "الأولى", 75)));
    assertThat(StoryTrends.of(events, byId)).singleElement()
        .satisfies(t -> assertThat(t.points()).extracting(Story.TrendPoint::value).containsExactly(60.0, 75.0));
  }

  @Test
  void valuesGoingUpAndDownAreDifferentHappeningsNotATrend() {
    List<Event> events = List.of(
        event("e1", "2019-02-01", members("a", "الأولى", 60)),
        event("e2", "2020-03-01", members("b", "الأولى", 70)),
        event("e3", "2021-04-01", members("e", "الأولى", 65)));
    assertThat(StoryTrends.of(events, byId)).isEmpty();
  }

  @Test
  void eventsOfOneDayGiveNoTrend() {
    List<Event> events = List.of(
        event("e1", "2019-02-01", members("a", "الأولى", 60)), event("e2", "2019-02-01", members("b", "الأولى", 70)));
    assertThat(StoryTrends.of(events, byId)).isEmpty();
  }

  private Article killed(String id, String text, int n) {
    Article a = StoryTestArticles.of(id, text).count(n + " شخصا", n, "شخص").build();
    byId.put(a.id(), a);
    return a;
  }

  @Test
  void tollsOfSeparateHappeningsAreNoTrendARunningTollIs() {
    List<Event> separate = List.of(
        event("e1", "2019-02-01", killed("a", "قتل في الهجوم 12 شخصا.", 12)),
        event("e2", "2019-02-09", killed("b", "قتل في الانفجار 15 شخصا.", 15)));
    assertThat(StoryTrends.of(separate, byId)).isEmpty();
    List<Event> running = List.of(
        event("e1", "2019-02-01", killed("c", "قتل في الهجوم 12 شخصا.", 12)),
        event("e2", "2019-02-09", killed("d", "وارتفعت حصيلة القتلى منذ بدء المواجهات إلى 15 شخصا.", 15)));
    assertThat(StoryTrends.of(running, byId)).singleElement()
        .satisfies(t -> assertThat(t.points()).extracting(Story.TrendPoint::value).containsExactly(12.0, 15.0));
  }

  @Test
  void aBareNounIsNotAMeasureToFollow() {
    List<Event> events = List.of(event("e1", "2019-02-01", people("a", 60)), event("e2", "2020-03-01", people("b", 70)));
    assertThat(StoryTrends.of(events, byId)).isEmpty();
  }

  @Test
  void anUnchangedMeasureIsNoTrend() {
    List<Event> events = List.of(event("e1", "2019-02-01", members("a", "الأولى", 60)), event("e2", "2020-03-01", members("b", "الأولى", 60)));
    assertThat(StoryTrends.of(events, byId)).isEmpty();
  }
}
