package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.stages.cluster.TrendMeasures.Bound;
import org.marsad.stages.cluster.TrendMeasures.Claim;
import org.marsad.stages.cluster.TrendMeasures.Measure;

class TrendMeasuresTest {
  private static final Measure COALITION_MEMBERS = new Measure(TrendMeasures.MEMBERS, "التحالف", "");

  private static List<Claim> claims(Article a) {
    return TrendMeasures.claims(a);
  }

  @Test
  void statesCountriesAndMembersThatTheCoalitionComprisesAreOneMeasure() {
    Article states = StoryTestArticles.of("a", "ويضم التحالف اليوم 30 دولة من القارات كلها.")
        .count("30 دولة", 30, "دولة (التحالف)").build();
    Article countries = StoryTestArticles.of("b", "وقد انضم إلى التحالف حتى الآن 31 بلدا.")
        .count("31 بلدا", 31, "بلد (التحالف)").build();
    Article members = StoryTestArticles.of("c", "وهو التحالف الذي يتألف من 29 عضوا منذ تأسيسه.")
        .count("29 عضوا", 29, "عضو (التحالف)").build();
    for (Article a : List.of(states, countries, members)) {
      assertThat(claims(a)).as(a.id()).singleElement().satisfies(c -> {
        assertThat(c.measure()).isEqualTo(COALITION_MEMBERS);
        assertThat(c.strength()).isEqualTo(2);
      });
    }
  }

  @Test
  void theOrganisationMayStandAfterTheCount() {
    Article a = StoryTestArticles.of("a", "أكدت 40 دولة شاركت في اجتماع التحالف أمس دعمها للخطة.")
        .count("40 دولة", 40, "دولة").build();
    assertThat(claims(a)).singleElement().satisfies(c -> assertThat(c.measure()).isEqualTo(COALITION_MEMBERS));
  }

  @Test
  void takingPartCountsAsMembersWhenNothingStrongerIsSaid() {
    Article a = StoryTestArticles.of("a", "انعقد اجتماع التحالف في المدينة بمشاركة 40 عضوا.")
        .count("40 عضوا", 40, "عضو (التحالف)").build();
    assertThat(claims(a)).singleElement().satisfies(c -> {
      assertThat(c.measure()).isEqualTo(COALITION_MEMBERS);
      assertThat(c.strength()).isEqualTo(1);
    });
  }

  @Test
  void anExplicitMembershipOutranksAParticipationCountInTheSameArticle() {
    Article a = StoryTestArticles.of("a", "انعقد اجتماع التحالف بحضور 25 عضوا. ويضم التحالف 40 دولة.")
        .count("25 عضوا", 25, "عضو (التحالف)").count("40 دولة", 40, "دولة (التحالف)").build();
    assertThat(claims(a)).filteredOn(c -> c.measure().equals(COALITION_MEMBERS)).singleElement()
        .satisfies(c -> assertThat(c.value()).isEqualTo(40));
  }

  @Test
  void aPartIsNotTheWhole() {
    Article partitive = StoryTestArticles.of("a", "وحضر الاجتماع وزراء 12 دولة من أعضائه في التحالف.")
        .count("12 دولة", 12, "دولة (التحالف)").build();
    Article outOf = StoryTestArticles.of("b", "وشارك في تصويت التحالف 20 عضوا من أصل 25.")
        .count("20 عضوا", 20, "عضو (التحالف)").build();
    Article afterAnAdjective = StoryTestArticles.of("c", "وحضر الاجتماع وزراء 12 دولة كبرى من أعضائه في التحالف.")
        .count("12 دولة", 12, "دولة (التحالف)").build();
    assertThat(claims(partitive)).isEmpty();
    assertThat(claims(afterAnAdjective)).isEmpty();
    assertThat(claims(outOf)).isEmpty();
  }

  @Test
  void aGatheringHasParticipantsNotMembers() {
    Article a = StoryTestArticles.of("a", "وشاركت 15 دولة في المؤتمر الذي عقد في المدينة.")
        .count("15 دولة", 15, "دولة (المؤتمر)").build();
    assertThat(claims(a)).singleElement().satisfies(c -> {
      assertThat(c.measure().counted()).isNotEqualTo(TrendMeasures.MEMBERS);
      assertThat(c.measure().whom()).isEqualTo("المؤتمر");
      assertThat(c.measure().predicate()).isEqualTo("participation");
    });
  }

  @Test
  void killedAndInjuredAreTwoMeasuresOfOneNoun() {
    Article a = StoryTestArticles.of("a", "لقي 4 أشخاص حتفهم وأصيب 11 شخصا في الحادث.")
        .count("4 أشخاص", 4, "اشخاص").count("11 شخصا", 11, "شخص").build();
    assertThat(claims(a)).extracting(c -> c.measure().predicate()).containsExactly("killed", "injured");
    assertThat(claims(a)).extracting(c -> c.measure().counted()).containsOnly("شخص");
  }

  @Test
  void aNounThatSaysWhatHappenedIsThatMeasure() {
    Article dead = StoryTestArticles.of("a", "سقط 3 قتلى في الهجوم.").count("3 قتلى", 3, "قتلي").build();
    Article killed = StoryTestArticles.of("b", "أدى الهجوم إلى مقتل 4 أشخاص.").count("4 أشخاص", 4, "اشخاص").build();
    assertThat(claims(dead).get(0).measure()).isEqualTo(claims(killed).get(0).measure());
  }

  /** "رجال أمن", "عناصر الأمن", "شرطيين": security personnel, one measure whatever the outlet's word. */
  @Test
  void securityPersonnelAreOneMeasureWhateverTheNoun() {
    Article men = StoryTestArticles.of("a", "أعلنت الوزارة مقتل خمسة رجال أمن في الهجوم.").count("خمسة رجال", 5, "رجال").build();
    Article elements = StoryTestArticles.of("b", "قتل ستة عناصر من الأمن في الهجوم.").count("ستة عناصر", 6, "عناصر").build();
    Article police = StoryTestArticles.of("c", "قتل 6 شرطيين في الهجوم.").count("6 شرطيين", 6, "شرطيين").build();
    Measure m = claims(men).get(0).measure();
    assertThat(m.counted()).isEqualTo(StoryLexicons.normalize("أمني"));
    assertThat(m.predicate()).isEqualTo("killed");
    assertThat(claims(police).get(0).measure()).isEqualTo(m);
    // "عناصر من الأمن": the noun's own words decide only when they follow it directly
    assertThat(claims(elements).get(0).measure().counted()).isNotEqualTo(m.counted());
    // men with no word after them stay men
    Article plain = StoryTestArticles.of("d", "قتل خمسة رجال في الهجوم.").count("خمسة رجال", 5, "رجال").build();
    assertThat(claims(plain).get(0).measure().counted()).isNotEqualTo(m.counted());
  }

  @Test
  void singularAndPluralOfANounAreOneMeasure() {
    Article a = StoryTestArticles.of("a", "قتل 3 أشخاص.").count("3 أشخاص", 3, "اشخاص").build();
    Article b = StoryTestArticles.of("b", "قتل شخص واحد و4 أشخاص آخرين.").count("4 أشخاص", 4, "شخص").build();
    assertThat(claims(a).get(0).measure()).isEqualTo(claims(b).get(0).measure());
  }

  @Test
  void theFirstCountOfAMeasureInAnArticleIsItsClaim() {
    Article a = StoryTestArticles.of("a", "قتل 9 أشخاص في الانفجار. وقتل 2 منهم داخل السوق.")
        .count("9 أشخاص", 9, "اشخاص").count("2 منهم", 2, "اشخاص").build();
    assertThat(claims(a)).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(9));
  }

  @Test
  void boundsAndEstimatesAreRead() {
    Article a = StoryTestArticles.of("a", "أصيب أكثر من 40 شخصا. وقتل نحو 100 جندي. وحضر 7 نواب.")
        .count("40 شخصا", 40, "شخص").count("100 جندي", 100, "جندي").count("7 نواب", 7, "نواب").build();
    assertThat(claims(a)).extracting(Claim::bound).containsExactly(Bound.AT_LEAST, Bound.ABOUT, Bound.EXACT);
  }

  @Test
  void aLowerBoundMayFollowTheCount() {
    Article a = StoryTestArticles.of("a", "قتل 180 شخصا على الأقل في الحادث.").count("180 شخصا", 180, "شخص").build();
    assertThat(claims(a)).extracting(Claim::bound).containsExactly(Bound.AT_LEAST);
  }

  @Test
  void aBoundOrAnEstimateIsCompatibleWithTheValuesItAllows() {
    Measure m = new Measure("شخص", "", "killed");
    Claim atLeast40 = new Claim(m, 40, Bound.AT_LEAST, 1, false, "a", "", null);
    Claim about100 = new Claim(m, 100, Bound.ABOUT, 1, false, "b", "", null);
    assertThat(atLeast40.compatibleWith(claim(m, 45))).isTrue();
    assertThat(atLeast40.compatibleWith(claim(m, 35))).isFalse();
    assertThat(about100.compatibleWith(claim(m, 95))).isTrue();
    assertThat(about100.compatibleWith(claim(m, 80))).isFalse();
    assertThat(claim(m, 80).compatibleWith(claim(m, 81))).isFalse();
  }

  private static Claim claim(Measure m, double v) {
    return new Claim(m, v, Bound.EXACT, 1, false, "x", "", null);
  }

  @Test
  void aTollSinceAStartIsARunningTotalACountOfOneHappeningIsNot() {
    Article toll = StoryTestArticles.of("a", "وبذلك ارتفعت حصيلة القتلى منذ بدء الاحتجاجات إلى 40 شخصا.").count("40 شخصا", 40, "شخص").build();
    Article once = StoryTestArticles.of("b", "وقتل في الهجوم 12 شخصا.").count("12 شخصا", 12, "شخص").build();
    assertThat(claims(toll)).singleElement().satisfies(c -> assertThat(c.running()).isTrue());
    assertThat(claims(once)).singleElement().satisfies(c -> assertThat(c.running()).isFalse());
  }

  @Test
  void countsWithoutACountedNounMakeNoClaim() {
    Article a = StoryTestArticles.of("a", "ارتفع المؤشر 12 نقطة في 2019.").count("2019", 2019, null).build();
    assertThat(claims(a)).isEmpty();
  }

  @Test
  void cliticsAreLookedThrough() {
    assertThat(TrendMeasures.forms("وبمشاركة")).contains("مشاركة");
    assertThat(TrendMeasures.forms("للتحالف")).contains("التحالف");
    assertThat(TrendMeasures.forms("ولد")).containsExactly("ولد");
  }
}
