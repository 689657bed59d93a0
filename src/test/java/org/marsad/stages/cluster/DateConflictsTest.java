package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

class DateConflictsTest {
  private static final String[] PEOPLE = {"سالم الهاشمي", "نور عبدالله"};
  /** One sentence naming two people and a day, analysed by hand so the test checks only the conflict rule. */
  private static Article article(String id, String first, String second, String dayWord, String day) {
    return sentence(id, "التقى " + first + " مع " + second + " " + dayWord + " في العاصمة.", first, second, dayWord, day);
  }

  /** A sentence written out, its two people and its day marked by hand. */
  private static Article sentence(String id, String text, String first, String second, String dayWord, String day) {
    int f = text.indexOf(first), s = text.indexOf(second), d = text.indexOf(dayWord);
    return Article.ingested(id, id, SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY)
        .withBody(List.of(new Span(0, text.length())))
        .withEntities(List.of(
            new Entity(EntityType.PER, new Span(f, f + first.length()), first, null, null),
            new Entity(EntityType.PER, new Span(s, s + second.length()), second, null, null)))
        .withDates(List.of(new DateMention(new Span(d, d + dayWord.length()), dayWord, day, 0)));
  }

  @Test
  void theSamePeopleOnDifferentDaysAreAConflict() {
    List<Event.Conflict> c = DateConflicts.of(List.of(
        article("a", "سالم الهاشمي", "نور عبدالله", "الأحد", "2022-05-08"),
        article("b", "سالم الهاشمي", "نور عبد الله", "اليوم الإثنين", "2022-05-09")));
    assertThat(c).singleElement().satisfies(conflict -> {
      assertThat(conflict.claims()).extracting(Event.Claim::value).containsExactly("2022-05-08", "2022-05-09");
      assertThat(conflict.claims()).extracting(Event.Claim::articleIds).containsExactly(List.of("a"), List.of("b"));
    });
  }

  @Test
  void oneOutletsTwoDaysAreNoConflict() {
    Article a = article("a", "سالم الهاشمي", "نور عبدالله", "الأحد", "2022-05-08");
    Article b = article("b", "سالم الهاشمي", "نور عبدالله", "اليوم الإثنين", "2022-05-09");
    Article sameOutletA = a.withMeta(a.meta().withOutlet("الأولى"));
    Article sameOutletB = b.withMeta(b.meta().withOutlet("الأولى"));
    assertThat(DateConflicts.of(List.of(sameOutletA, sameOutletB))).isEmpty();
    assertThat(DateConflicts.of(List.of(sameOutletA, b.withMeta(b.meta().withOutlet("الثانية"))))).hasSize(1);
  }

  @Test
  void theSamePeopleDoingSomethingElseIsNoConflict() {
    Article signed = sentence("a", "وقع سالم الهاشمي ونور عبدالله اتفاقية الموانئ الأحد في العاصمة.",
        PEOPLE[0], PEOPLE[1], "الأحد", "2022-05-08");
    Article opened = sentence("b", "افتتح سالم الهاشمي ونور عبدالله معرض الكتاب الإثنين بحضور الطلاب.",
        PEOPLE[0], PEOPLE[1], "الإثنين", "2022-05-09");
    Article signedMonday = sentence("c", "وقع سالم الهاشمي ونور عبدالله اتفاقية الموانئ الإثنين في العاصمة.",
        PEOPLE[0], PEOPLE[1], "الإثنين", "2022-05-09");
    assertThat(DateConflicts.of(List.of(signed, opened))).isEmpty();
    assertThat(DateConflicts.of(List.of(signed, signedMonday))).hasSize(1);
  }

  @Test
  void daysThreeApartAreTwoHappenings() {
    assertThat(DateConflicts.of(List.of(
        article("a", "سالم الهاشمي", "نور عبدالله", "الأحد", "2022-05-08"),
        article("b", "سالم الهاشمي", "نور عبدالله", "الأربعاء", "2022-05-11")))).isEmpty();
  }

  @Test
  void theSameDayIsNoConflict() {
    assertThat(DateConflicts.of(List.of(
        article("a", "سالم الهاشمي", "نور عبدالله", "الأحد", "2022-05-08"),
        article("b", "سالم الهاشمي", "نور عبدالله", "يوم الأحد", "2022-05-08")))).isEmpty();
  }

  @Test
  void oneSharedPersonIsNotEnough() {
    assertThat(DateConflicts.of(List.of(
        article("a", "سالم الهاشمي", "نور عبدالله", "الأحد", "2022-05-08"),
        article("b", "سالم الهاشمي", "رامي خليل", "اليوم الإثنين", "2022-05-09")))).isEmpty();
  }

  @Test
  void daysWeeksApartAreDifferentHappenings() {
    assertThat(DateConflicts.of(List.of(
        article("a", "سالم الهاشمي", "نور عبدالله", "الأحد", "2022-05-08"),
        article("b", "سالم الهاشمي", "نور عبدالله", "الإثنين", "2022-06-20")))).isEmpty();
  }

  @Test
  void aMalformedDayIsSkippedNotThrown() {
    assertThat(DateConflicts.of(List.of(
        article("a", "سالم الهاشمي", "نور عبدالله", "الأحد", "2022-13-45"),
        article("b", "سالم الهاشمي", "نور عبدالله", "اليوم الإثنين", "2022-05-09")))).isEmpty();
  }
}
