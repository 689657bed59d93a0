package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;

class QuantityConflictsTest {
  private static Article members(String id, String outlet, String published, int n) {
    return StoryTestArticles.of(id, "ويضم التحالف بعد الاجتماع " + n + " دولة من القارات كلها.")
        .outlet(outlet).published(published).count(n + " دولة", n, "دولة (التحالف)").build();
  }

  private static Article killed(String id, String outlet, String text, String words, int n) {
    return StoryTestArticles.of(id, text).outlet(outlet).published("2022-03-01").count(words, n, "اشخاص").build();
  }

  @Test
  void twoOutletsGivingDifferentMembershipIsAConflictWithEveryArticleOnItsSide() {
    Article a = members("a", "الأولى", "2022-03-01", 30);
    Article b = StoryTestArticles.of("b", "وانضمت إلى عضوية التحالف حتى اليوم 32 عضوا.")
        .outlet("الثانية").published("2022-03-01T20:00").count("32 عضوا", 32, "عضو (التحالف)").build();
    Article c = members("c", "الثالثة", "2022-03-02", 32);
    assertThat(QuantityConflicts.ofMeasures(List.of(a, b, c))).singleElement().satisfies(conflict -> {
      assertThat(conflict.about()).isEqualTo("أعضاء (التحالف)");
      assertThat(conflict.claims()).extracting(Event.Claim::value).containsExactly("30", "32");
      assertThat(conflict.claims()).extracting(Event.Claim::articleIds).containsExactly(List.of("a"), List.of("b", "c"));
    });
  }

  @Test
  void oneOutletsLaterFigureIsAnUpdateNotAConflict() {
    assertThat(QuantityConflicts.ofMeasures(List.of(members("a", "الأولى", "2022-03-01", 30), members("b", "الأولى", "2022-03-01", 32)))).isEmpty();
  }

  @Test
  void articlesOfUnknownOutletAreEachTheirOwnSource() {
    assertThat(QuantityConflicts.ofMeasures(List.of(members("a", null, "2022-03-01", 30), members("b", null, "2022-03-01", 32)))).hasSize(1);
  }

  @Test
  void figuresDaysApartAreARunningCountNotAConflict() {
    assertThat(QuantityConflicts.ofMeasures(List.of(members("a", "الأولى", "2022-03-01", 30), members("b", "الثانية", "2022-03-04", 32)))).isEmpty();
  }

  @Test
  void aFigureMoreThanTwiceAnotherIsAnotherMeasure() {
    assertThat(QuantityConflicts.ofMeasures(List.of(members("a", "الأولى", "2022-03-01", 30), members("b", "الثانية", "2022-03-01", 61)))).isEmpty();
    assertThat(QuantityConflicts.ofMeasures(List.of(members("a", "الأولى", "2022-03-01", 30), members("b", "الثانية", "2022-03-01", 60)))).hasSize(1);
  }

  @Test
  void aBoundThatTheOtherFigureFitsIsNoConflict() {
    Article atLeast = killed("a", "الأولى", "قتل أكثر من 30 شخصا في الهجوم.", "30 شخصا", 30);
    Article fits = killed("b", "الثانية", "قتل 34 شخصا في الهجوم.", "34 شخصا", 34);
    Article below = killed("c", "الثالثة", "قتل 25 شخصا في الهجوم.", "25 شخصا", 25);
    assertThat(QuantityConflicts.ofMeasures(List.of(atLeast, fits))).isEmpty();
    assertThat(QuantityConflicts.ofMeasures(List.of(atLeast, below))).singleElement()
        .satisfies(c -> assertThat(c.claims()).extracting(Event.Claim::value).containsExactly("25", "30"));
  }

  @Test
  void aBareNounIsNotComparedAcrossArticles() {
    Article five = StoryTestArticles.of("a", "تبقى للفريق 5 مباريات في الموسم.").outlet("الأولى").count("5 مباريات", 5, "مباريات").build();
    Article six = StoryTestArticles.of("b", "تبقى لمنافسه 6 مباريات في الموسم.").outlet("الثانية").count("6 مباريات", 6, "مباريات").build();
    assertThat(QuantityConflicts.ofMeasures(List.of(five, six))).isEmpty();
  }

  @Test
  void killedAndInjuredAreNotCompared() {
    Article dead = killed("a", "الأولى", "قتل 4 أشخاص في الحادث.", "4 أشخاص", 4);
    Article hurt = killed("b", "الثانية", "أصيب 7 أشخاص في الحادث.", "7 أشخاص", 7);
    assertThat(QuantityConflicts.ofMeasures(List.of(dead, hurt))).isEmpty();
  }

  @Test
  void consensusIsTheValueMostArticlesGiveAndNoneOnATie() {
    Article a = members("a", "الأولى", "2022-03-01", 30);
    Article b = members("b", "الثانية", "2022-03-01", 32);
    Article c = members("c", "الثالثة", "2022-03-01", 32);
    assertThat(QuantityConflicts.consensus(List.of(a, b, c)).entrySet()).singleElement().satisfies(e -> {
      assertThat(e.getKey().label()).isEqualTo("أعضاء (التحالف)");
      assertThat(e.getValue().value()).isEqualTo(32);
      assertThat(e.getValue().articleIds()).containsExactly("b", "c");
    });
    assertThat(QuantityConflicts.consensus(List.of(a, b))).isEmpty();
  }
}
