package org.marsad.stages.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Brief;
import org.marsad.model.EntityType;
import org.marsad.model.Event;

class EventBriefsTest {
  private static final Event.Conflict CONFLICT =
      new Event.Conflict("مصاب", List.of(new Event.Claim("12", List.of("x"), "12 مصابا"), new Event.Claim("14", List.of("y"), "14 مصابا")));

  private static Article x() {
    Article a = BriefFixtures.dated("x", "2024-02-11T20:00",
        "انهار جسر المشاة فوق الطريق السريع في حلب مساء السبت بسبب الأمطار الغزيرة، وأصيب 12 شخصا.",
        "وقال المهندس فادي سمعان إن الجسر كان بحاجة إلى صيانة منذ سنوات.");
    a = BriefFixtures.withEntity(a, EntityType.LOC, "حلب", "Aleppo", null);
    a = BriefFixtures.withDate(a, "مساء السبت", "2024-02-10");
    return BriefFixtures.withEntity(a, EntityType.PER, "فادي سمعان", "فادي سمعان", "engineer");
  }

  private static Article y() {
    Article a = BriefFixtures.dated("y", "2024-02-11T08:00",
        "أصيب 14 شخصا في انهيار جسر للمشاة فوق الطريق السريع في حلب.",
        "وأعلن المحافظ أحمد الدرويش فتح تحقيق، وطلب تقريرا من المهندس فادي سمعان.");
    a = BriefFixtures.withEntity(a, EntityType.LOC, "حلب", "Aleppo", null);
    a = BriefFixtures.withEntity(a, EntityType.PER, "أحمد الدرويش", "أحمد الدرويش", "governor");
    return BriefFixtures.withEntity(a, EntityType.PER, "فادي سمعان", "فادي سمعان", null);
  }

  private static Event event() {
    return new Event("e-1", List.of("y", "x"), "انهيار جسر في حلب", "2024-02-11", null, List.of(), "انهيار جسر في حلب",
        List.of(), List.of(CONFLICT));
  }

  @Test
  void theBriefKeepsIdArticlesTitleAndConflicts() {
    Event e = EventBriefs.brief(event(), List.of(x(), y()));
    assertThat(e.id()).isEqualTo("e-1");
    assertThat(e.articleIds()).containsExactly("y", "x");
    assertThat(e.title()).isEqualTo("انهيار جسر في حلب");
    assertThat(e.conflicts()).containsExactly(CONFLICT);
  }

  @Test
  void theBriefFillsWhoWhenWhereWhatAndSummary() {
    Event e = EventBriefs.brief(event(), List.of(x(), y()));
    assertThat(e.who()).containsExactly("فادي سمعان", "أحمد الدرويش");
    // x dates the collapse to Saturday evening; y gives only its publication day; the tie goes to the earlier
    assertThat(e.when()).isEqualTo("2024-02-10");
    assertThat(e.where()).isEqualTo("Aleppo");
    assertThat(e.summary()).isNotEmpty();
    assertThat(e.what()).isEqualTo(e.summary().get(0).sentence());
    for (Event.SummarySentence s : e.summary()) {
      Article from = s.articleId().equals("x") ? x() : y();
      assertThat(from.text()).contains(s.sentence());
    }
  }

  @Test
  void theFullBriefHasRolesOutletsSourcesAndAStatedReason() {
    Brief b = EventBriefs.of(event(), List.of(y(), x()));
    assertThat(b.who()).filteredOn(p -> p.name().equals("أحمد الدرويش")).singleElement().extracting(Brief.Actor::role).isEqualTo("governor");
    assertThat(b.summary()).allSatisfy(s -> assertThat(s.outlet()).isEqualTo("outlet-" + s.articleId()));
    assertThat(b.sources()).extracting(Brief.Source::articleId).containsExactly("y", "x");
    assertThat(b.why()).isNotNull();
    assertThat(b.why().text()).isEqualTo("بسبب الأمطار الغزيرة");
    assertThat(b.why().articleId()).isEqualTo("x");
    assertThat(x().textOf(b.why().span())).isEqualTo(b.why().text());
  }

  @Test
  void noStatedMeansIsNull() {
    assertThat(EventBriefs.of(event(), List.of(x(), y())).how()).isNull();
  }

  @Test
  void whatIsOneLine() {
    StringBuilder s = new StringBuilder("سطر");
    for (int i = 0; i < 100; i++) s.append(" كلمة");
    String line = EventBriefs.oneLine(s + "\nوتتمة");
    assertThat(line).doesNotContain("\n").endsWith("…");
    assertThat(line.length()).isLessThanOrEqualTo(EventBriefs.MAX_WHAT_CHARS + 1);
  }

  @Test
  void anEventWithoutItsArticlesKeepsWhatItHad() {
    Event e = EventBriefs.briefAll(List.of(event()), List.of()).get(0);
    assertThat(e).isEqualTo(event());
  }

  @Test
  void briefAllKeepsTheEventOrder() {
    Event other = new Event("e-2", List.of("z"), "t", null, null, List.of(), "t", List.of(), List.of());
    Article z = BriefFixtures.dated("z", "2024-03-01", "خبر قصير عن افتتاح مكتبة عامة جديدة في الحي.");
    List<Event> out = EventBriefs.briefAll(List.of(other, event()), List.of(x(), y(), z));
    assertThat(out).extracting(Event::id).containsExactly("e-2", "e-1");
    assertThat(out.get(0).when()).isEqualTo("2024-03-01");
  }
}
