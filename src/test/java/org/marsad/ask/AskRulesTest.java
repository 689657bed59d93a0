package org.marsad.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Metadata;
import org.marsad.model.Quantity;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

/**
 * One test per rule of ask, over small articles written here (invented facts) with their mentions given by hand, so
 * each rule is checked apart from the extraction stages.
 */
class AskRulesTest {
  private final AskEngine engine = new AskEngine();

  /** Builds an article whose body is the whole text; mentions are added by the text they cover. */
  private static final class Doc {
    final String id;
    final String text;
    String outlet = "صحيفة المثال";
    String published;
    final List<Entity> entities = new ArrayList<>();
    final List<Quantity> quantities = new ArrayList<>();
    final List<DateMention> dates = new ArrayList<>();

    Doc(String id, String published, String text) {
      this.id = id;
      this.published = published;
      this.text = text;
    }

    Span span(String part, int nth) {
      int at = -1;
      for (int i = 0; i <= nth; i++) at = text.indexOf(part, at + 1);
      if (at < 0) throw new IllegalArgumentException("no " + part + " in " + id);
      return new Span(at, at + part.length());
    }

    Doc entity(EntityType type, String part, String canonical, String role) {
      entities.add(new Entity(type, span(part, 0), part, canonical, role));
      return this;
    }

    Doc quantity(String part, double value, String unit, String of) {
      quantities.add(new Quantity(span(part, 0), part, value, unit, of));
      return this;
    }

    Doc date(String part, String value) {
      dates.add(new DateMention(span(part, 0), part, value, 0));
      return this;
    }

    Article article() {
      return new Article(id, id, SourceFormat.TEXT, "UTF-8", text, new Metadata("عنوان " + id, outlet, null, null, published, null, null),
          List.of(new Span(0, text.length())), entities, dates, quantities, List.of(), List.of());
    }
  }

  private AskResult ask(String q, Doc... docs) {
    List<Article> articles = new ArrayList<>();
    for (Doc d : docs) articles.add(d.article());
    return engine.ask(q, articles);
  }

  private static List<String> values(AskResult r) {
    return r.answers().stream().map(AskResult.Answer::value).toList();
  }

  private static Doc factory() {
    return new Doc("f1", "2024-05-10T09:00", "أصيب 40 شخصاً وقتل 5 آخرون في انفجار بمصنع للأسمدة قرب بلدة الريحان مساء الخميس. "
        + "وقال مدير الدفاع المدني سالم الهاشمي إن فرق الإنقاذ ما زالت تعمل في موقع الانفجار.")
        .quantity("40 شخصاً", 40, null, "شخص").quantity("5 آخرون", 5, null, "اخرون")
        .entity(EntityType.LOC, "الريحان", null, null).entity(EntityType.PER, "سالم الهاشمي", null, null)
        .date("مساء الخميس", "2024-05-09");
  }

  @Test
  void everyResourceLoads() {
    for (String r : AskLexicon.RESOURCES) assertThat(AskLexicon.class.getResource(r)).as(r).isNotNull();
    assertThat(AskLexicon.INSTANCE.isQuestionWord(TermAnalysis.INSTANCE.stems("متى").get(0))).isTrue();
  }

  @Test
  void theInterrogativeGivesTheKind() {
    assertThat(Question.kindOf("من أين انطلق القطار؟")).isEqualTo(Question.Kind.PLACE);
    assertThat(Question.kindOf("ماذا قرر المجلس؟")).isEqualTo(Question.Kind.WHAT);
    assertThat(Question.kindOf("ما عدد الركاب؟")).isEqualTo(Question.Kind.COUNT);
    assertThat(Question.kindOf("في أي عام افتتح الجسر؟")).isEqualTo(Question.Kind.DATE);
    assertThat(Question.kindOf("هل افتتح الجسر؟")).isEqualTo(Question.Kind.OTHER);
  }

  @Test
  void aCountQuestionNamesTheNounItCounts() {
    assertThat(Question.parse("كم عدد القتلى في الانفجار؟").askedClass()).isEqualTo("dead");
    assertThat(Question.parse("كم من الجرحى نقلوا إلى المستشفى؟").askedClass()).isEqualTo("injured");
    assertThat(Question.parse("كم بلغت التعهدات المالية؟").askedClass()).isEqualTo("money");
    assertThat(Question.parse("ما نسبة البطالة؟").askedClass()).isEqualTo("percent");
  }

  @Test
  void aDecimalPointDoesNotEndASentence() {
    String text = "بلغ النمو 2.5 بالمئة. وتراجع العجز.";
    List<Span> s = AnswerSentences.split(text, List.of(new Span(0, text.length())));
    assertThat(s).hasSize(2);
    assertThat(s.get(0).of(text)).isEqualTo("بلغ النمو 2.5 بالمئة.");
  }

  @Test
  void theTanweenAlefIsNotPartOfTheWord() {
    assertThat(TermAnalysis.INSTANCE.stems("مصاباً")).isEqualTo(TermAnalysis.INSTANCE.stems("مصاب"));
  }

  /** Injured and dead in one sentence: the counted noun and the verb before the number decide, not the order. */
  @Test
  void theCountedNounPicksTheQuantity() {
    assertThat(values(ask("كم عدد القتلى في انفجار المصنع؟", factory()))).containsExactly("5");
    assertThat(values(ask("كم عدد المصابين في انفجار المصنع؟", factory()))).containsExactly("40");
  }

  /**
   * The verb that opens the number's clause decides when both counts are of persons: "قتل … 9 أشخاص، وأصيب أكثر من
   * 60 آخرين".
   */
  @Test
  void theVerbOfTheClauseSaysWhoIsCounted() {
    Doc d = new Doc("v", "2024-03-03", "وقتل في القصف الليلي 9 أشخاص على الأقل، وأصيب أكثر من 60 آخرين في أحياء البلدة.")
        .quantity("9 أشخاص", 9, null, "شخص").quantity("60 آخرين", 60, null, "اخرين").entity(EntityType.LOC, "البلدة", null, null);
    assertThat(values(ask("كم عدد القتلى في القصف؟", d))).containsExactly("9");
    assertThat(values(ask("كم عدد المصابين في القصف؟", d))).containsExactly("60");
  }

  /** A noun asked with a verb ("رجال الأمن الذين قتلوا"): a count of the noun that says another fate is no answer. */
  @Test
  void theVerbOfTheQuestionSaysWhichCountOfTheNoun() {
    Doc d = new Doc("g", "2024-03-03", "قتل ثلاثة رجال أمن في الهجوم على الحاجز. وأسفر الهجوم عن إصابة خمسة من رجال الأمن.")
        .quantity("ثلاثة رجال", 3, null, "رجال").quantity("خمسة", 5, null, "رجال").entity(EntityType.LOC, "الحاجز", null, null);
    assertThat(values(ask("كم عدد رجال الأمن الذين قتلوا في الهجوم؟", d))).containsExactly("3");
  }

  /** "3 قتلى و20 مصابا": the 20 counts the injured by its own noun, though the dead come just before it. */
  @Test
  void aNumbersOwnNounOfAnotherClassIsNoAnswer() {
    Doc d = new Doc("n", "2024-03-03", "قالت الشرطة إن الحصيلة بلغت 3 قتلى و20 مصابا في الحادث.")
        .quantity("3 قتلى", 3, null, "قتلى").quantity("20 مصابا", 20, null, "مصاب");
    assertThat(values(ask("كم عدد القتلى في الحادث؟", d))).containsExactly("3");
    assertThat(values(ask("كم عدد المصابين في الحادث؟", d))).containsExactly("20");
  }

  /** Members are often counted as states: "تضم الرابطة 14 دولة" answers how many members. */
  @Test
  void aRelatedNounAnswersWhenNoneCountsTheVeryThing() {
    Doc d = new Doc("r1", "2024-02-01", "تضم رابطة الموانئ الشمالية 14 دولة منذ توسعها الأخير.").quantity("14 دولة", 14, null, "دولة");
    assertThat(values(ask("كم عدد أعضاء رابطة الموانئ الشمالية؟", d))).containsExactly("14");
  }

  /** "بحضور 30 عضواً" counts those attending; "تضم الهيئة 45 عضواً" counts the members. */
  @Test
  void theSentenceSaysWhetherACountIsOfMembers() {
    Doc d = new Doc("h", "2024-03-01", "عقدت هيئة المحامين اجتماعها السنوي بحضور 30 عضواً. وتضم هيئة المحامين 45 عضواً منذ تأسيسها.")
        .quantity("30 عضواً", 30, null, "عضو").quantity("45 عضواً", 45, null, "عضو");
    assertThat(values(ask("كم عدد أعضاء هيئة المحامين؟", d))).containsExactly("45");
  }

  @Test
  void disagreeingSourcesGiveOneAnswerEachWithTheirSourcesAndOutlets() {
    Doc a = new Doc("a", "2024-03-02", "ارتفع عدد ضحايا انهيار الجسر في وادي السدر إلى 12 قتيلاً.").quantity("12 قتيلاً", 12, null, "قتيل");
    Doc b = new Doc("b", "2024-03-02", "قالت السلطات إن انهيار الجسر في وادي السدر أوقع 9 قتلى.").quantity("9 قتلى", 9, null, "قتلي");
    b.outlet = "إذاعة الوادي";
    AskResult r = ask("كم عدد قتلى انهيار الجسر في وادي السدر؟", a, b);
    assertThat(values(r)).containsExactlyInAnyOrder("12", "9");
    AskResult.Answer nine = r.answers().stream().filter(x -> x.value().equals("9")).findFirst().orElseThrow();
    assertThat(nine.sources()).containsExactly("b");
    assertThat(nine.outlets()).containsExactly("إذاعة الوادي");
    assertThat(nine.holdsFor()).isEqualTo("2024-03");
    assertThat(nine.text()).contains("9 قتلى");
  }

  /** The same value reported in different months is two answers: each holds for its own time. */
  @Test
  void theSameValueInTwoMonthsIsTwoAnswers() {
    Doc a = new Doc("a", "2023-01-15", "يضم اتحاد المزارعين 300 عضو في المحافظة.").quantity("300 عضو", 300, null, "عضو");
    Doc b = new Doc("b", "2023-09-20", "ما زال اتحاد المزارعين يضم 300 عضو في المحافظة.").quantity("300 عضو", 300, null, "عضو");
    AskResult r = ask("كم عدد أعضاء اتحاد المزارعين؟", a, b);
    assertThat(r.answers()).extracting(AskResult.Answer::holdsFor).containsExactlyInAnyOrder("2023-01", "2023-09");
  }

  @Test
  void whoReadsTheRoleWrittenBeforeTheName() {
    AskResult r = ask("من هو مدير الدفاع المدني؟", factory());
    assertThat(values(r)).containsExactly("سالم الهاشمي");
    assertThat(r.answers().get(0).role()).isEqualTo("مدير الدفاع المدني");
  }

  @Test
  void thePersonTheQuestionNamesIsNeverItsAnswer() {
    Doc d = new Doc("p", "2024-01-01", "التقى الوزير نادر الفاسي نظيره كمال الزين في العاصمة.")
        .entity(EntityType.PER, "نادر الفاسي", null, null).entity(EntityType.PER, "كمال الزين", null, null);
    assertThat(values(ask("من التقى نادر الفاسي في العاصمة؟", d))).containsExactly("كمال الزين");
  }

  /** A role of another country does not answer for the country asked; one without a country still may. */
  @Test
  void aRoleOfAnotherCountryIsNoAnswer() {
    Doc d = new Doc("c", "2024-02-02", "استقبل رئيس وزراء الأردن هشام الرفاعي في عمان رئيسة الوزراء النرويجية إنغريد هولم. "
        + "وقال رئيس الوزراء الأردني هشام الرفاعي إن المحادثات كانت مثمرة.")
        .entity(EntityType.PER, "هشام الرفاعي", null, null).entity(EntityType.PER, "إنغريد هولم", null, null);
    assertThat(values(ask("من هو رئيس وزراء الأردن؟", d))).containsExactly("هشام الرفاعي");
    assertThat(values(ask("من هي رئيسة وزراء النرويج؟", d))).containsExactly("إنغريد هولم");
    // without a country in the question both are answers
    assertThat(values(ask("من هو رئيس الوزراء؟", d))).contains("هشام الرفاعي", "إنغريد هولم");
  }

  /** "Who met the minister?" is not answered by the minister: a role the question names is who it asks about. */
  @Test
  void theHolderOfTheRoleAskedAboutIsNotTheAnswer() {
    Doc d = new Doc("r", "2024-02-02", "التقى وزير المالية الأردني هشام الرفاعي رئيس البنك الدولي كارل لوند في عمان.")
        .entity(EntityType.PER, "هشام الرفاعي", null, null).entity(EntityType.PER, "كارل لوند", null, null);
    assertThat(values(ask("من التقى وزير المالية الأردني في عمان؟", d))).containsExactly("كارل لوند");
    // "who is …" asks for the holder himself
    assertThat(values(ask("من هو وزير المالية الأردني؟", d))).containsExactly("هشام الرفاعي");
  }

  /** A lone definite word the tagger called a person ("للخارجية") is no answer. */
  @Test
  void aDefiniteWordIsNoPerson() {
    Doc d = new Doc("w", "2024-02-02", "أصدر الرئيس سامي الخوري قرارا أعفى بموجبه نادر الفاسي من منصبه كوزير للخارجية.")
        .entity(EntityType.PER, "سامي الخوري", null, null).entity(EntityType.PER, "للخارجية", null, null);
    assertThat(values(ask("من أعفى الفاسي من منصبه؟", d))).containsExactly("سامي الخوري");
  }

  /** The tagger sometimes runs a name into the organisation before it: the name is still found. */
  @Test
  void aPersonRunIntoAnOrganisationIsFound() {
    Doc d = new Doc("o", "2024-01-01", "أعلنت هيئة الطيران المدني خفض الرسوم. وقال رئيس هيئة الطيران المدني منير الخطيب إن القرار نهائي.");
    d.entities.add(new Entity(EntityType.ORG, d.span("هيئة الطيران المدني", 0), "هيئة الطيران المدني", null, null));
    d.entities.add(new Entity(EntityType.ORG, d.span("هيئة الطيران المدني منير الخطيب", 0), "هيئة الطيران المدني منير الخطيب", null, null));
    assertThat(values(ask("من هو رئيس هيئة الطيران المدني؟", d))).containsExactly("منير الخطيب");
  }

  @Test
  void aMonthNameInsideAPersonsNameIsNotADate() {
    Doc d = new Doc("m", "2024-07-03", "افتتح الوزير لويس دي مايو معرض الكتاب الدولي اليوم الأربعاء.")
        .entity(EntityType.PER, "لويس دي مايو", null, null).date("مايو", "2024-05").date("اليوم الأربعاء", "2024-07-03");
    assertThat(values(ask("متى افتتح معرض الكتاب الدولي؟", d))).containsExactly("2024-07-03");
  }

  @Test
  void wherePrefersThePlaceItHappenedInOverWhereItCameFrom() {
    Doc d = new Doc("t", "2024-04-04", "انحرفت حافلة قادمة من مدينة الصفا عن الطريق في بلدة الكرمة ليلة أمس.")
        .entity(EntityType.LOC, "الصفا", null, null).entity(EntityType.LOC, "الكرمة", null, null);
    assertThat(ask("أين انحرفت الحافلة عن الطريق؟", d).answers().get(0).value()).isEqualTo("الكرمة");
  }

  /** Asked about the third round, a sentence about the second says nothing: "لا أعرف", not the second's date. */
  @Test
  void anotherOrdinalIsAnotherThing() {
    Doc d = new Doc("o", "2024-02-11", "تعقد الجولة الثانية من مفاوضات المياه في شهر مارس المقبل.").date("شهر مارس المقبل", "2024-03");
    assertThat(values(ask("متى تعقد الجولة الثانية من مفاوضات المياه؟", d))).containsExactly("2024-03");
    AskResult third = ask("متى تعقد الجولة الثالثة من مفاوضات المياه؟", d);
    assertThat(third.answers()).isEmpty();
    assertThat(third.message()).isEqualTo(AskResult.DONT_KNOW);
  }

  /** A thing named with ال that no source mentions means the corpus does not know; an unknown verb does not. */
  @Test
  void anUnknownDefiniteNounGivesIDontKnowButAnUnknownVerbDoesNot() {
    AskResult r = ask("من هو مدير الدفاع المدني في المريخ؟", factory());
    assertThat(r.answers()).isEmpty();
    assertThat(r.message()).isEqualTo(AskResult.DONT_KNOW);
    assertThat(r.nearest()).containsExactly("f1");
    assertThat(values(ask("من هو مدير الدفاع المدني الذي صرح بأن فرق الإنقاذ تعمل؟", factory()))).containsExactly("سالم الهاشمي");
  }

  /** A definite word right after another is its adjective: an unknown adjective does not make the question unknown. */
  @Test
  void anUnknownAdjectiveIsNotAnUnknownThing() {
    assertThat(Question.parse("كم عدد دول الخليج المؤسسة للمجلس؟").definiteTerms())
        .containsExactlyInAnyOrderElementsOf(TermAnalysis.INSTANCE.stems("الخليج للمجلس"));
  }

  /** "كم يوماً" counts days: a quantity whose unit is days answers, whatever noun follows the number. */
  @Test
  void aTimeUnitQuestionReadsTheUnit() {
    Doc d = new Doc("d", "2024-01-01", "أعلن المجلس البلدي تعطيل المدارس ثلاثة أيام بسبب الثلوج.").quantity("ثلاثة أيام", 3, "days", null);
    assertThat(values(ask("كم يوما عطل المجلس البلدي المدارس؟", d))).containsExactly("3");
  }

  @Test
  void aYearInTheQuestionKeepsSourcesOfThatYear() {
    Doc old = new Doc("y1", "2019-06-01", "بلغ عدد أعضاء نادي الفروسية 50 عضواً.").quantity("50 عضواً", 50, null, "عضو");
    Doc now = new Doc("y2", "2023-06-01", "بلغ عدد أعضاء نادي الفروسية 80 عضواً.").quantity("80 عضواً", 80, null, "عضو");
    assertThat(values(ask("كم عدد أعضاء نادي الفروسية عام 2023؟", old, now))).containsExactly("80");
  }

  /** Two sources date one meeting of the same two people differently; the weaker wording is still shown. */
  @Test
  void sourcesDisagreeingOnOneHappeningAreAllShown() {
    Doc a = new Doc("a", "2024-06-11", "اجتمع الوزير رامز العطار اليوم الثلاثاء مع السفير فهد المري لبحث اتفاقية الصيد البحري.")
        .entity(EntityType.PER, "رامز العطار", null, null).entity(EntityType.PER, "فهد المري", null, null).date("اليوم الثلاثاء", "2024-06-11");
    Doc b = new Doc("b", "2024-06-11", "وكان رامز العطار قد استقبل فهد المري الإثنين.")
        .entity(EntityType.PER, "رامز العطار", null, null).entity(EntityType.PER, "فهد المري", null, null).date("الإثنين", "2024-06-10");
    assertThat(values(ask("متى اجتمع الوزير رامز العطار مع السفير فهد المري لبحث اتفاقية الصيد البحري؟", a, b)))
        .containsExactlyInAnyOrder("2024-06-11", "2024-06-10");
  }

  @Test
  void whatGivesTheClauseAfterTheSubject() {
    Doc d = new Doc("w", "2024-01-01", "وأعلن محافظ الساحل هاني العلي إغلاق الميناء ثلاثة أيام بسبب العاصفة.")
        .entity(EntityType.PER, "هاني العلي", null, null);
    assertThat(values(ask("ماذا أعلن محافظ الساحل؟", d))).containsExactly("إغلاق الميناء ثلاثة أيام بسبب العاصفة");
  }

  /** "What" is answered only where the question's verb or noun is said: sand without colour is not a colour. */
  @Test
  void whatNeedsTheAskedWordInTheSentence() {
    Doc d = new Doc("s", "2024-01-01", "غطت الرمال الحمراء شوارع المدينة بعد العاصفة الترابية أمس.");
    assertThat(ask("ما لون الرمال في شوارع المدينة بعد العاصفة؟", d).message()).isEqualTo(AskResult.DONT_KNOW);
    assertThat(values(ask("ماذا غطت الرمال الحمراء؟", d))).containsExactly("شوارع المدينة بعد العاصفة الترابية أمس");
  }

  @Test
  void emptyOrBareQuestionsAndEmptyCorporaGiveIDontKnow() {
    assertThat(ask("", factory()).message()).isEqualTo(AskResult.DONT_KNOW);
    assertThat(engine.ask(null, List.of()).message()).isEqualTo(AskResult.DONT_KNOW);
    assertThat(ask("متى؟", factory()).message()).isEqualTo(AskResult.DONT_KNOW);
    Article blank = Article.ingested("e", "e", SourceFormat.TEXT, "UTF-8", "", Metadata.EMPTY);
    assertThat(engine.ask("كم عدد القتلى؟", List.of(blank)).message()).isEqualTo(AskResult.DONT_KNOW);
  }

  @Test
  void theSameArticlesAreIndexedOnce() {
    List<Article> one = List.of(factory().article());
    assertThat(AskEngine.indexFor(one)).isSameAs(AskEngine.indexFor(List.copyOf(one)));
    List<Article> two = List.of(factory().article(), new Doc("x", null, "نص آخر قصير.").article());
    assertThat(AskEngine.indexFor(two)).isNotSameAs(AskEngine.indexFor(one));
  }
}
