package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;

class RoleConflictsTest {
  private static Article named(String id, String outlet, String name, String role) {
    return StoryTestArticles.of(id, "وصل وزير الخارجية العماني " + name + " إلى العاصمة صباح اليوم.")
        .outlet(outlet).person(name, name, role).build();
  }

  @Test
  void twoOutletsNamingDifferentPeopleToOneOfficeIsAConflict() {
    List<Event.Conflict> c = RoleConflicts.of(List.of(
        named("a", "الأولى", "سالم الهاشمي", "Oman foreign minister"),
        named("b", "الثانية", "خالد المعمري", "Oman foreign minister"),
        named("c", "الثالثة", "سالم الهاشمي", "Oman foreign minister")));
    assertThat(c).singleElement().satisfies(conflict -> {
      assertThat(conflict.about()).isEqualTo("role: Oman foreign minister");
      assertThat(conflict.claims()).extracting(Event.Claim::value).containsExactly("سالم الهاشمي", "خالد المعمري");
      assertThat(conflict.claims()).extracting(Event.Claim::articleIds).containsExactly(List.of("a", "c"), List.of("b"));
      assertThat(conflict.claims().get(1).text()).contains("خالد المعمري");
    });
  }

  @Test
  void onePersonSpelledTwoWaysOrNamedInPartIsOneHolder() {
    assertThat(RoleConflicts.of(List.of(
        named("a", "الأولى", "نور عبدالله", "Oman foreign minister"),
        named("b", "الثانية", "نور عبد الله", "Oman foreign minister")))).isEmpty();
    assertThat(RoleConflicts.of(List.of(
        named("a", "الأولى", "سالم بن راشد الهاشمي", "Oman foreign minister"),
        named("b", "الثانية", "سالم", "Oman foreign minister")))).isEmpty();
  }

  @Test
  void transliterationsAndHashtagsOfOneNameAreOneHolder() {
    assertThat(RoleConflicts.of(List.of(
        named("a", "الأولى", "فلاديمير بوتن", "Russia president"),
        named("b", "الثانية", "فلاديمير #بوتين", "Russia president")))).isEmpty();
    assertThat(RoleConflicts.of(List.of(
        named("a", "الأولى", "أنطونيو غوتيريس", "UN secretary-general"),
        named("b", "الثانية", "أنطونيو غوتيريش", "UN secretary-general")))).isEmpty();
    assertThat(RoleConflicts.of(List.of(
        named("a", "الأولى", "سالم الهاشمي", "Oman foreign minister"),
        named("b", "الثانية", "سا لم الهاشمي", "Oman foreign minister")))).isEmpty();
    assertThat(RoleConflicts.sameNameWord("سالم", "خالد")).isFalse();
  }

  @Test
  void aRivalClaimNamesSomeoneInFull() {
    assertThat(RoleConflicts.of(List.of(
        named("a", "الأولى", "سالم الهاشمي", "Oman foreign minister"),
        named("b", "الثانية", "خالد", "Oman foreign minister")))).isEmpty();
    assertThat(RoleConflicts.fullName("والزعيم الكوري الشمالي")).isFalse();
    assertThat(RoleConflicts.fullName("سالم الهاشمي")).isTrue();
  }

  @Test
  void anArticleGivingOneOfficeToTwoPeopleIsLeftOutOfIt() {
    Article confused = StoryTestArticles.of("b", "داهمت الشرطة مكتب خالد المعمري محامي وزير الخارجية العماني سالم الهاشمي.")
        .outlet("الثانية")
        .person("خالد المعمري", "خالد المعمري", "Oman foreign minister")
        .person("سالم الهاشمي", "سالم الهاشمي", "Oman foreign minister").build();
    assertThat(RoleConflicts.of(List.of(named("a", "الأولى", "سالم الهاشمي", "Oman foreign minister"), confused))).isEmpty();
  }

  @Test
  void aFormerHolderIsNoRivalClaim() {
    Article former = StoryTestArticles.of("b", "وحضر وزير الخارجية العماني السابق خالد المعمري الحفل.")
        .outlet("الثانية").person("خالد المعمري", "خالد المعمري", "Oman foreign minister").build();
    assertThat(RoleConflicts.of(List.of(named("a", "الأولى", "سالم الهاشمي", "Oman foreign minister"), former))).isEmpty();
  }

  @Test
  void anOfficeWithoutItsCountryIsNotCompared() {
    assertThat(RoleConflicts.of(List.of(
        named("a", "الأولى", "سالم الهاشمي", "foreign minister"),
        named("b", "الثانية", "خالد المعمري", "foreign minister")))).isEmpty();
  }

  @Test
  void officesManyHoldAtOnceAreNotCompared() {
    assertThat(RoleConflicts.of(List.of(
        named("a", "الأولى", "سالم الهاشمي", "Oman ambassador"),
        named("b", "الثانية", "خالد المعمري", "Oman ambassador")))).isEmpty();
    assertThat(RoleConflicts.of(List.of(
        named("a", "الأولى", "سالم الهاشمي", "Oman deputy prime minister"),
        named("b", "الثانية", "خالد المعمري", "Oman deputy prime minister")))).isEmpty();
  }

  @Test
  void oneOutletNamingTwoHoldersIsNotTwoSourcesDisagreeing() {
    assertThat(RoleConflicts.of(List.of(
        named("a", "الأولى", "سالم الهاشمي", "Oman foreign minister"),
        named("b", "الأولى", "خالد المعمري", "Oman foreign minister")))).isEmpty();
  }

  @Test
  void singleHolderOfficesNeedWhoseOfficeItIs() {
    assertThat(RoleConflicts.singleHolderWithCountry("US Secretary of State")).isTrue();
    assertThat(RoleConflicts.singleHolderWithCountry("France president")).isTrue();
    assertThat(RoleConflicts.singleHolderWithCountry("president")).isFalse();
    assertThat(RoleConflicts.singleHolderWithCountry("US vice president")).isFalse();
    assertThat(RoleConflicts.singleHolderWithCountry("Qatar minister")).isFalse();
  }

  @Test
  void oneForeignNameTransliteratedTwoWaysIsOneHolder() {
    assertThat(RoleConflicts.sameTransliteration("مون جيه", "مون جي")).isTrue();
    assertThat(RoleConflicts.sameTransliteration("مون جاي", "مون جيه")).isTrue();
    assertThat(RoleConflicts.sameTransliteration("شي جين بينغ", "شي جن بينج")).isTrue();
    assertThat(RoleConflicts.sameTransliteration("كمال الزين", "كمال الدين")).isFalse();
    assertThat(RoleConflicts.sameTransliteration("مون جيه", "لي جيه")).isFalse();
  }
}
