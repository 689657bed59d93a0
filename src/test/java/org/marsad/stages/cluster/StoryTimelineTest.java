package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Story;

class StoryTimelineTest {
  private static final String FOUNDED = "وكانت الهيئة قد تأسست في 3 مارس 2011 في مدينة صحار، وتضم اليوم تسعة أعضاء.";

  private static Event event(String id, String when, Article... articles) {
    return new Event(id, java.util.Arrays.stream(articles).map(Article::id).toList(), "عنوان " + id, when, null,
        List.of(), "ما جرى في " + id, List.of(), List.of());
  }

  private static Map<String, Article> byId(Article... articles) {
    Map<String, Article> m = new HashMap<>();
    for (Article a : articles) m.put(a.id(), a);
    return m;
  }

  private static Article founded(String id, String published) {
    return StoryTestArticles.of(id, FOUNDED).published(published).date("3 مارس 2011", "2011-03-03").build();
  }

  @Test
  void aDateYearsBeforeTheArticleIsAPastHappeningWithItsClause() {
    Article a = founded("a", "2023-05-10");
    List<Story.TimelineEntry> past = StoryTimeline.pastHappenings(List.of(event("e1", "2023-05-10", a)), byId(a));
    assertThat(past).singleElement().satisfies(p -> {
      assertThat(p.when()).isEqualTo("2011-03-03");
      assertThat(p.sourceArticleId()).isEqualTo("a");
      assertThat(p.what()).contains("تأسست").contains("3 مارس 2011").doesNotContain("تسعة");
    });
  }

  @Test
  void aDateWithinTheMarginIsTheNewsNotHistory() {
    Article a = StoryTestArticles.of("a", "وقد أعلنت الهيئة الخطة في 2 أبريل 2023 ثم عدلتها في 2023.")
        .published("2023-05-10").date("2 أبريل 2023", "2023-04-02").date("2023", "2023").build();
    assertThat(StoryTimeline.pastHappenings(List.of(event("e1", "2023-05-10", a)), byId(a))).isEmpty();
  }

  @Test
  void aNumberReadAsACountIsNotAYear() {
    Article a = StoryTestArticles.of("a", "وقررت الحكومة نشر 2000 جندي على الحدود.").published("2023-05-10")
        .date("2000", "2000").count("2000 جندي", 2000, "جندي").build();
    assertThat(StoryTimeline.pastHappenings(List.of(event("e1", "2023-05-10", a)), byId(a))).isEmpty();
  }

  @Test
  void oneDateMentionedInTheSameWordsByTwoArticlesIsOneEntryFromTheFirst() {
    Article a = founded("a", "2023-05-10");
    Article b = founded("b", "2023-05-11");
    List<Story.TimelineEntry> past = StoryTimeline.pastHappenings(List.of(event("e1", "2023-05-10", a, b)), byId(a, b));
    assertThat(past).singleElement().satisfies(p -> assertThat(p.sourceArticleId()).isEqualTo("a"));
  }

  @Test
  void oneDateWithOtherWordsIsAnotherHappening() {
    Article a = founded("a", "2023-05-10");
    Article b = StoryTestArticles.of("b", "وفي 3 مارس 2011 افتتح الميناء الجديد أمام السفن.")
        .published("2023-05-11").date("3 مارس 2011", "2011-03-03").build();
    assertThat(StoryTimeline.pastHappenings(List.of(event("e1", "2023-05-10", a, b)), byId(a, b))).hasSize(2);
  }

  @Test
  void aStoryKeepsAtMostItsCapOfPastHappeningsTheMostMentionedFirst() {
    StringBuilder text = new StringBuilder();
    for (int y = 1990; y < 2005; y++) text.append("وفي عام ").append(y).append(" جرى حدث رقم ").append(y - 1989).append(". ");
    StoryTestArticles many = StoryTestArticles.of("a", text.toString()).published("2023-05-10");
    for (int y = 1990; y < 2005; y++) many.date("عام " + y, Integer.toString(y));
    Article a = many.build();
    Article b = StoryTestArticles.of("b", "وفي عام 2004 جرى حدث رقم 15 كما ذكرنا.").published("2023-05-10").date("عام 2004", "2004").build();
    List<Story.TimelineEntry> past = StoryTimeline.pastHappenings(List.of(event("e1", "2023-05-10", a, b)), byId(a, b));
    assertThat(past).hasSize(StoryTimeline.MAX_PAST_ENTRIES);
    assertThat(past).extracting(Story.TimelineEntry::when).contains("2004").isSorted();
  }

  @Test
  void anUndatedArticleIsReadAgainstTheStorysEarliestKnownDay() {
    Article undated = founded("u", null);
    Article dated = StoryTestArticles.of("d", "خبر بلا تاريخ ماض.").published("2023-05-10").build();
    Event undatedEvent = event("e0", null, undated);
    Event datedEvent = event("e1", "2023-05-10", dated);
    assertThat(StoryTimeline.pastHappenings(List.of(datedEvent, undatedEvent), byId(undated, dated)))
        .extracting(Story.TimelineEntry::sourceArticleId).containsExactly("u");
    assertThat(StoryTimeline.pastHappenings(List.of(undatedEvent), byId(undated))).isEmpty();
  }

  @Test
  void whatIsAShortExcerptAroundTheDate() {
    String clause = "وقد اجتمع ممثلو البلدان الأعضاء كافة في القاعة الكبرى بالمدينة القديمة يوم 5 يونيو 2009 لمناقشة الخطة الخمسية الأولى والموازنة العامة للسنوات التالية";
    Article a = StoryTestArticles.of("a", clause + ".").published("2023-05-10").date("5 يونيو 2009", "2009-06-05").build();
    Story.TimelineEntry p = StoryTimeline.pastHappenings(List.of(event("e1", "2023-05-10", a)), byId(a)).get(0);
    assertThat(p.what()).contains("5 يونيو 2009");
    assertThat(p.what().split(" ").length).isLessThanOrEqualTo(StoryTimeline.MAX_WHAT_WORDS);
    assertThat(clause).contains(p.what());
  }

  @Test
  void theTimelineHoldsEventsAndPastHappeningsInDateOrder() {
    Article a = founded("a", "2023-05-10");
    Article b = StoryTestArticles.of("b", "واستمرت الأعمال 2014-2016 دون توقف.").published("2021-01-05")
        .date("2014-2016", "2014/2016").build();
    Article undated = StoryTestArticles.of("u", "وكانت المرحلة الأولى قد انتهت في 2018.").date("2018", "2018").build();
    Event e1 = event("e1", "2023-05-10", a), e2 = event("e2", "2021-01-05", b), e0 = event("e0", null, undated);
    Map<String, Article> byId = byId(a, b, undated);
    List<Event> ordered = StoryTimeline.order(List.of(e1, e2, e0), byId);
    assertThat(ordered).extracting(Event::id).containsExactly("e0", "e2", "e1");
    List<Story.TimelineEntry> timeline = StoryTimeline.of(ordered, byId);
    List<String> whens = new ArrayList<>();
    for (Story.TimelineEntry e : timeline) whens.add(e.when());
    assertThat(whens).containsExactly("2011-03-03", "2014/2016", "2018", null, "2021-01-05", "2023-05-10");
  }

  @Test
  void lastDayOfEachKindOfValue() {
    assertThat(StoryTimeline.lastDay("2014")).isEqualTo(LocalDate.of(2014, 12, 31));
    assertThat(StoryTimeline.lastDay("2020-02")).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(StoryTimeline.lastDay("2014-09-11")).isEqualTo(LocalDate.of(2014, 9, 11));
    assertThat(StoryTimeline.lastDay("2014/2017")).isEqualTo(LocalDate.of(2017, 12, 31));
    assertThat(StoryTimeline.lastDay("XXXX-WXX")).isNull();
    assertThat(StoryTimeline.lastDay(null)).isNull();
  }
}
