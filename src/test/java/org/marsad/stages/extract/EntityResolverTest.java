package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

/** Rules of {@link EntityResolver#resolve(List)} across articles, one test per rule, on names written for the test. */
class EntityResolverTest {

  /** A mention: type, text, role (may be null). */
  private record M(EntityType type, String text, String role) {}

  private static M per(String text) { return new M(EntityType.PER, text, null); }
  private static M per(String text, String role) { return new M(EntityType.PER, text, role); }
  private static M org(String text) { return new M(EntityType.ORG, text, null); }

  /** An article whose text is its mentions joined by " و ", each entity spanning its mention. */
  private static Article article(String id, M... mentions) {
    StringBuilder text = new StringBuilder();
    List<Entity> es = new ArrayList<>();
    for (M m : mentions) {
      if (text.length() > 0) text.append(" و ");
      int start = text.length();
      text.append(m.text());
      es.add(new Entity(m.type(), new Span(start, text.length()), m.text(), EntityResolver.personName(m.text()), m.role()));
    }
    return Article.ingested(id, id, SourceFormat.TEXT, "UTF-8", text.toString(), null).withEntities(es);
  }

  private static String canonical(List<Article> out, int article, int entity) {
    return out.get(article).entities().get(entity).canonical();
  }

  @Test
  void honorificsAndSplitAbdAreOneName() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("الشيخ خالد بن عبد الله الراشد")), article("b", per("خالد بن عبدالله الراشد"))));
    assertThat(canonical(out, 0, 0)).isEqualTo(canonical(out, 1, 0)).isEqualTo("خالد بن عبد الله الراشد"); // as written; ties go to the longer spelling
  }

  @Test
  void nasabChainLinksToTheLongerNameAndTakesIt() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("الأمير سلطان بن زايد")), article("b", per("سلطان بن زايد بن مقرن"))));
    assertThat(canonical(out, 0, 0)).isEqualTo(canonical(out, 1, 0)).isEqualTo("سلطان بن زايد بن مقرن");
  }

  @Test
  void nasabWithSkippedWordsStillLinks() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("تميم آل ثاني")), article("b", per("تميم بن حمد آل ثاني"))));
    assertThat(canonical(out, 0, 0)).isEqualTo(canonical(out, 1, 0));
  }

  @Test
  void familyNameAloneLinksToTheUniqueFullNameOfTheCorpus() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("كارتر")), article("b", per("جيمي كارتر")), article("c", per("كارتر"))));
    assertThat(canonical(out, 0, 0)).isEqualTo(canonical(out, 2, 0)).isEqualTo(canonical(out, 1, 0)).isEqualTo("جيمي كارتر");
  }

  @Test
  void particleFamilyNamesLink() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("دي لورنزو"), per("بن مقرن")), article("b", per("ماريو دي لورنزو"), per("سعود بن مقرن"))));
    assertThat(canonical(out, 0, 0)).isEqualTo("ماريو دي لورنزو");
    assertThat(canonical(out, 0, 1)).isEqualTo("سعود بن مقرن");
  }

  @Test
  void twoFullNamesSharingOnlyAFamilyNameStayTwo() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("حمد بن جاسم آل ثاني")), article("b", per("تميم بن حمد آل ثاني")), article("c", per("آل ثاني"))));
    assertThat(canonical(out, 0, 0)).isNotEqualTo(canonical(out, 1, 0));
    // the bare family name fits both and neither is in its article: it stays alone
    assertThat(canonical(out, 2, 0)).isEqualTo("آل ثاني");
  }

  @Test
  void ambiguousFamilyNameTakesThePersonOfItsOwnArticle() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("جيمي كارتر")),
        article("b", per("آشتون كارتر"), per("كارتر")),
        article("c", per("كارتر"))));
    assertThat(canonical(out, 1, 1)).isEqualTo("آشتون كارتر");
    assertThat(canonical(out, 2, 0)).isEqualTo("كارتر");
  }

  @Test
  void ambiguousShortNameTakesThePersonOfItsOwnArticle() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("حمد بن جاسم آل ثاني")),
        article("b", per("حمد بن خليفة آل ثاني"), per("حمد آل ثاني")),
        article("c", per("حمد آل ثاني"))));
    assertThat(canonical(out, 1, 1)).isEqualTo("حمد بن خليفة آل ثاني");
    assertThat(canonical(out, 2, 0)).isEqualTo("حمد آل ثاني");
  }

  @Test
  void loneGivenNameLinksToNobody() {
    List<Article> out = EntityResolver.resolve(List.of(article("a", per("محمد")), article("b", per("سعيد محمد"))));
    assertThat(canonical(out, 0, 0)).isEqualTo("محمد");
  }

  @Test
  void fathersNameIsNotAFamilyName() {
    List<Article> out = EntityResolver.resolve(List.of(article("a", per("مقرن")), article("b", per("سلطان بن فهد بن مقرن"))));
    assertThat(canonical(out, 0, 0)).isEqualTo("مقرن");
  }

  @Test
  void mentionWithoutRoleTakesItsPersonsRoleAndOwnRoleIsKept() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("الدكتور نبيل الحكيم", "health minister")),
        article("b", per("الحكيم")),
        article("c", per("نبيل الحكيم", "physician"))));
    assertThat(out.get(1).entities().get(0).role()).isEqualTo("health minister");
    assertThat(out.get(2).entities().get(0).role()).isEqualTo("physician");
  }

  @Test
  void canonicalIsTheMostFrequentSpellingOfTheLongestName() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("ماريو جارنو")), article("b", per("ماريو غارنو")), article("c", per("ماريو غارنو"))));
    assertThat(canonical(out, 0, 0)).isEqualTo(canonical(out, 1, 0)).isEqualTo("ماريو غارنو");
  }

  @Test
  void otherEntitiesMeetingUnderTheSpellingKeyShareTheirMostFrequentCanonical() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", org("الجمعية الوطنية")), article("b", org("الجمعيه الوطنيه")), article("c", org("الجمعية الوطنية"))));
    assertThat(canonical(out, 1, 0)).isEqualTo(canonical(out, 0, 0));
  }

  @Test
  void spansTextsAndOrderAreKept() {
    Article a = article("a", per("جيمي كارتر"), org("الجمعية الوطنية"), per("كارتر"));
    Article r = EntityResolver.resolve(List.of(a)).get(0);
    assertThat(r.entities()).extracting(Entity::span).containsExactlyElementsOf(a.entities().stream().map(Entity::span).toList());
    for (Entity e : r.entities()) assertThat(e.text()).isEqualTo(r.textOf(e.span()));
    assertThat(EntityResolver.resolve(List.of())).isEmpty();
  }

  @Test
  void noBreakSpaceSeparatesNameWords() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("لويجي\u00A0دي مايو")), article("b", per("دي مايو", "minister"))));
    assertThat(canonical(out, 1, 0)).isEqualTo("لويجي دي مايو");
    assertThat(out.get(0).entities().get(0).role()).isEqualTo("minister");
  }

  @Test
  void courtesyTitleGivesWayToThePersonsOffice() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("الشيخ نبيل الحكيم", "sheikh")), article("b", per("نبيل الحكيم", "Oman foreign minister"))));
    assertThat(out.get(0).entities().get(0).role()).isEqualTo("Oman foreign minister");
  }

  @Test
  void aKeptShaddaTellsTheCityFromTheCountry() {
    assertThat(EntityResolver.lookup("عمّان")).isEqualTo("Amman");
    assertThat(EntityResolver.lookup("عمَّان")).isEqualTo("Amman");
    assertThat(EntityResolver.lookup("عمان")).isEqualTo("Oman");
  }

  @Test
  void theCanonicalKeepsTheSpellingASourceWrites() {
    List<Article> out = EntityResolver.resolve(List.of(
        article("a", per("الدكتورة ليلى الأمين")), article("b", per("ليلى الأمين"))));
    assertThat(canonical(out, 0, 0)).isEqualTo(canonical(out, 1, 0)).isEqualTo("ليلى الأمين");
  }
}
