package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;
import org.marsad.pipeline.StageContext;

/** Rules of {@link NerStage}, {@link Roles} and {@link EntityResolver}, on sentences written for the test. */
class NerStageTest {
  private static ParagraphTokens tokens(String text) {
    return new ParagraphTokens(text, new Span(0, text.length()));
  }

  private static int indexOf(ParagraphTokens p, String word) {
    for (int i = 0; i < p.size(); i++) if (p.original(i).equals(word)) return i;
    throw new AssertionError(word);
  }

  @Test
  void roleFromTriggerAndDemonym() {
    ParagraphTokens p = tokens("وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد");
    assertThat(Roles.roleBefore(p, indexOf(p, "أيمن"))).isEqualTo("Jordan foreign minister");
  }

  @Test
  void honorificGivesWayToTheOfficeBeforeIt() {
    ParagraphTokens p = tokens("استقبل رئيس مجلس الوزراء الكويتي الشيخ فلان الفلاني الوفد");
    assertThat(Roles.roleBefore(p, indexOf(p, "فلان"))).isEqualTo("Kuwait prime minister");
    ParagraphTokens alone = tokens("استقبل الشيخ فلان الفلاني الوفد");
    assertThat(Roles.roleBefore(alone, indexOf(alone, "فلان"))).isEqualTo("sheikh");
  }

  @Test
  void roleWithCountryNameAfterTrigger() {
    ParagraphTokens p = tokens("قال وزير خارجية عمان بدر البوسعيدي");
    assertThat(Roles.roleBefore(p, indexOf(p, "بدر"))).isEqualTo("Oman foreign minister");
  }

  @Test
  void longTriggerPhrase() {
    ParagraphTokens p = tokens("التقى المبعوث الأممي الخاص إلى سوريا فلان بالوفد");
    assertThat(Roles.roleBefore(p, indexOf(p, "فلان"))).isEqualTo("UN special envoy for Syria");
  }

  @Test
  void noTriggerNoRole() {
    ParagraphTokens p = tokens("كتب فلان الفلاني مقالا");
    assertThat(Roles.roleBefore(p, indexOf(p, "فلان"))).isNull();
  }

  private static Entity per(String text) {
    return new Entity(EntityType.PER, new Span(0, text.length()), text, null, null);
  }

  @Test
  void shortFormLinksToTheLongerNameInTheArticle() {
    List<Entity> r = EntityResolver.resolveWithinArticle(List.of(
        new Entity(EntityType.PER, new Span(0, 1), "جوزيب بوريل", null, "EU foreign policy chief"), per("بوريل")));
    assertThat(r.get(1).canonical()).isEqualTo("جوزيب بوريل");
    assertThat(r.get(1).role()).isEqualTo("EU foreign policy chief");
  }

  @Test
  void spellingVariantsMeet() {
    List<Entity> r = EntityResolver.resolveWithinArticle(List.of(per("الشيخ خالد بن عبد الله"), per("خالد بن عبدالله")));
    assertThat(r.get(0).canonical()).isEqualTo(r.get(1).canonical());
    assertThat(r.get(0).canonical()).isEqualTo("خالد بن عبدالله");
  }

  @Test
  void organisationAliases() {
    Entity a = new Entity(EntityType.ORG, new Span(0, 1), "تنظيم الدولة", null, null);
    Entity b = new Entity(EntityType.ORG, new Span(0, 1), "داعش", null, null);
    Entity c = new Entity(EntityType.ORG, new Span(0, 1), "الناتو", null, null);
    List<Entity> r = EntityResolver.resolveWithinArticle(List.of(a, b, c));
    assertThat(r.get(0).canonical()).isEqualTo("Islamic State (ISIS/Daesh)").isEqualTo(r.get(1).canonical());
    assertThat(r.get(2).canonical()).isEqualTo("NATO");
  }

  @Test
  void countryCanonicalIsEnglish() {
    Entity e = new Entity(EntityType.LOC, new Span(0, 1), "الأردن", null, null);
    assertThat(EntityResolver.resolveWithinArticle(List.of(e)).get(0).canonical()).isEqualTo("Jordan");
  }

  @Test
  void stageKeepsSpansOnTheTextAndDropsTheProclitic() {
    String text = "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا ستدعم لبنان. وأضاف وماكرون يزور بيروت.";
    Article a = Article.ingested("t", "t", SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY).withBody(List.of(new Span(0, text.length())));
    List<Entity> es = new NerStage().process(a, StageContext.NONE).entities();
    assertThat(es).isNotEmpty();
    for (Entity e : es) {
      assertThat(e.text()).isEqualTo(text.substring(e.span().start(), e.span().end()));
      assertThat(e.text()).doesNotStartWith("و");
    }
    assertThat(es).anySatisfy(e -> {
      assertThat(e.text()).isEqualTo("إيمانويل ماكرون");
      assertThat(e.role()).isEqualTo("France president");
    });
  }

  @Test
  void countryTitleReplacesTheGenericRole() {
    ParagraphTokens p = tokens("وصل وزير الخارجية الأمريكي فلان الفلاني إلى عمان");
    assertThat(Roles.roleBefore(p, indexOf(p, "فلان"))).isEqualTo("US Secretary of State");
  }

  @Test
  void loneGivenNameDoesNotLinkInsideALongerName() {
    List<Entity> r = EntityResolver.resolveWithinArticle(List.of(per("سعيد بن عبدالله الحارثي"), per("عبدالله"), per("الحارثي")));
    assertThat(r.get(1).canonical()).isEqualTo("عبدالله");
    assertThat(r.get(2).canonical()).isEqualTo("سعيد بن عبدالله الحارثي");
  }

  @Test
  void officeBeforeUntaggedWordsGivesAPerson() {
    String text = "وشارك في الجلسة وزير خارجية هولندا يان بيترز، إضافة إلى وفود أخرى.";
    Article a = Article.ingested("t", "t", SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY).withBody(List.of(new Span(0, text.length())));
    List<Entity> es = new NerStage().process(a, StageContext.NONE).entities();
    assertThat(es).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EntityType.PER);
      assertThat(e.text()).isEqualTo("يان بيترز");
      assertThat(e.role()).isEqualTo("Netherlands foreign minister");
    });
  }

  @Test
  void commaBetweenRoleAndName() {
    ParagraphTokens p = tokens("التقى وزير الخارجية الإيطالي، فلان الفلاني");
    assertThat(Roles.roleBefore(p, indexOf(p, "فلان"))).isEqualTo("Italy foreign minister");
  }

  @Test
  void multiWordCountryAfterTrigger() {
    ParagraphTokens p = tokens("يرأس الوفد وزير خارجية المملكة المتحدة فلان الفلاني");
    assertThat(Roles.roleBefore(p, indexOf(p, "فلان"))).isEqualTo("UK Foreign Secretary");
  }

  @Test
  void counterpartTakesTheOfficeOfThePersonBefore() {
    ParagraphTokens p = tokens("بحث ونظيره الكندي فلان الفلاني");
    String role = Roles.roleBefore(p, indexOf(p, "فلان"));
    assertThat(Roles.isCounterpart(role)).isTrue();
    assertThat(Roles.counterpart("Qatar foreign minister", Roles.counterpartCountry(role))).isEqualTo("Canada foreign minister");
    assertThat(Roles.counterpart("US Secretary of State", "France")).isEqualTo("France foreign minister");
  }

  @Test
  void aNameStartingWithSeenKeepsItsFirstLetter() {
    String text = "وصرح وزير خارجية النرويج سيفرين هولم، في مؤتمر صحفي.";
    Article a = Article.ingested("t", "t", SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY).withBody(List.of(new Span(0, text.length())));
    List<Entity> es = new NerStage().process(a, StageContext.NONE).entities();
    assertThat(es).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EntityType.PER);
      assertThat(e.text()).isEqualTo("سيفرين هولم");
    });
  }

  @Test
  void aPersonRunsOnOverAFamilyNameParticle() {
    ParagraphTokens p = tokens("التقى الوزير جان دي لاكروا أمس");
    String[] tags = {"O", "O", "B-PER", "O", "O", "O"};
    NerStage.joinNameParticles(p, 0, tags);
    assertThat(tags).containsExactly("O", "O", "B-PER", "I-PER", "I-PER", "O");
  }

  @Test
  void anUntaggedWordParticleWordIsAPersonButNotAfterTheArticle() {
    String[] tags = {"O", "O", "O", "O", "O", "O"};
    NerStage.joinNameParticles(tokens("وصل المدرب مارك فان هولت إلى"), 0, tags);
    assertThat(tags).containsExactly("O", "O", "B-PER", "I-PER", "I-PER", "O");
    String[] definite = {"O", "O", "O", "O"};
    NerStage.joinNameParticles(tokens("زار الوفد دي المدينة"), 0, definite);
    assertThat(definite).containsExactly("O", "O", "O", "O");
  }
}
