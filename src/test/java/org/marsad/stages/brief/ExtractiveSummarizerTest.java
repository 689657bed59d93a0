package org.marsad.stages.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Span;
import org.marsad.testing.RandomText;

class ExtractiveSummarizerTest {
  /** Centrality alone, no redundancy penalty beyond exact repeats. */
  private static final ExtractiveSummarizer CENTRALITY =
      new ExtractiveSummarizer(ExtractiveSummarizer.Settings.DEFAULTS.withPositionWeight(0).withMmrLambda(1));

  private static final Article FLOOD_A = BriefFixtures.article("a",
      "أعلن الدفاع المدني عن وصول مضخات جديدة إلى المدينة.",
      "غمرت مياه الفيضان أحياء المدينة الشرقية بعد أمطار غزيرة استمرت ليلتين.");
  private static final Article FLOOD_B = BriefFixtures.article("b",
      "قال رئيس البلدية إن مياه الفيضان غمرت الأحياء الشرقية بعد الأمطار الغزيرة.",
      "وتستعد المدارس لاستقبال الطلاب الأسبوع المقبل.");
  private static final Article FLOOD_C = BriefFixtures.article("c",
      "بدأت فرق الإغاثة توزيع الخبز على السكان.",
      "أكد السكان أن مياه الفيضان غمرت منازلهم في الأحياء الشرقية بعد أمطار غزيرة.");

  @Test
  void whatSeveralSourcesSayIsPickedFirst() {
    List<ExtractiveSummarizer.Picked> p = CENTRALITY.summarize(List.of(FLOOD_A, FLOOD_B, FLOOD_C), 1, 1000);
    assertThat(p).singleElement().satisfies(s -> assertThat(s.text()).contains("الفيضان"));
  }

  @Test
  void aPositionWeightOfOneTakesLeadsFirst() {
    ExtractiveSummarizer lead = new ExtractiveSummarizer(ExtractiveSummarizer.Settings.DEFAULTS.withPositionWeight(1).withMmrLambda(1));
    List<ExtractiveSummarizer.Picked> p = lead.summarize(List.of(FLOOD_A), 1, 1000);
    assertThat(p.get(0).position()).isZero();
  }

  @Test
  void theSameSentenceInTwoOutletsIsTakenOnce() {
    String wire = "وقعت الحكومة والنقابة اتفاقا ينهي إضراب عمال الموانئ بعد ثلاثة أسابيع.";
    Article x = BriefFixtures.article("x", wire, "وقال الوزير إن الموانئ ستعمل بكامل طاقتها غدا.");
    Article y = BriefFixtures.article("y", wire, "ورحبت غرفة التجارة بالاتفاق ودعت إلى تعويض المصدرين.");
    List<ExtractiveSummarizer.Picked> p = new ExtractiveSummarizer().summarize(List.of(x, y), 4, 1000);
    assertThat(p.stream().filter(s -> s.text().equals(wire)).count()).isEqualTo(1);
    assertThat(p).hasSize(3);
  }

  @Test
  void everySentenceCarriesItsArticleAndItsPlaceInTheOriginal() {
    List<Article> all = List.of(FLOOD_A, FLOOD_B, FLOOD_C);
    for (ExtractiveSummarizer.Picked s : new ExtractiveSummarizer().summarize(all, 6, 1000)) {
      Article from = all.stream().filter(a -> a.id().equals(s.articleId())).findFirst().orElseThrow();
      assertThat(from.textOf(s.span())).isEqualTo(s.text());
    }
  }

  @Test
  void theSentenceAndWordBudgetsHold() {
    List<Article> all = List.of(FLOOD_A, FLOOD_B, FLOOD_C);
    assertThat(new ExtractiveSummarizer().summarize(all, 2, 1000)).hasSize(2);
    // one sentence already passes 5 words: the summary stops there
    assertThat(new ExtractiveSummarizer().summarize(all, 6, 5)).hasSize(1);
    assertThat(new ExtractiveSummarizer().summarize(all, 0, 100)).isEmpty();
  }

  @Test
  void bigEventsReadFewerSentencesPerArticle() {
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      many.add(BriefFixtures.article("m" + i, "الجملة الأولى في الخبر رقم " + i + " هنا.", "الجملة الثانية في الخبر نفسه هنا.",
          "الجملة الثالثة في الخبر نفسه هنا.", "الجملة الرابعة في الخبر نفسه هنا."));
    }
    ExtractiveSummarizer s = new ExtractiveSummarizer();
    SentencePool pool = s.pool(many);
    // 400 / 200 = 2 per article, but never fewer than 3
    assertThat(pool.size()).isEqualTo(600);
    for (int i = 0; i < pool.size(); i++) assertThat(pool.candidate(i).position()).isLessThan(3);
  }

  @Test
  void articlesWithoutBodyGiveAnEmptySummary() {
    assertThat(new ExtractiveSummarizer().summarize(List.of(FLOOD_A.withBody(List.of())), 3, 100)).isEmpty();
    assertThat(new ExtractiveSummarizer().summarize(List.of(), 3, 100)).isEmpty();
  }

  @Test
  void randomTextNeverThrowsAndSpansStayInBounds() {
    RandomText.Mix chars = RandomText.mix().range('\u0621', '\u064A').range('\u064B', '\u0652').chars(" .،؟!\n0123456789٣abc\u00A0\u200F");
    for (int seed = 0; seed < 300; seed++) {
      Random r = new Random(seed);
      List<Article> articles = new ArrayList<>();
      int n = 1 + r.nextInt(4);
      for (int k = 0; k < n; k++) {
        String text = RandomText.string(r, chars, 0, 400);
        int cut = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
        articles.add(BriefFixtures.article("r" + k, text.substring(0, cut), text.substring(cut)));
      }
      String context = "seed " + seed;
      for (ExtractiveSummarizer.Picked p : new ExtractiveSummarizer().summarize(articles, 5, 80)) {
        Article from = articles.stream().filter(a -> a.id().equals(p.articleId())).findFirst().orElseThrow();
        Span s = p.span();
        assertThat(s.end()).as(context).isLessThanOrEqualTo(from.text().length());
        assertThat(from.textOf(s)).as(context).isEqualTo(p.text()).isNotBlank();
      }
    }
  }
}
